import { describe, expect, it } from 'vitest';
import { reviewRegion } from '../../src/review/review.js';
import { buildReport } from '../../src/review/report.js';
import { renderReviewText } from '../../src/review/render/text.js';
import { renderJson, renderReviewHtml, renderReviewMarkdown } from '../../src/review/render/report.js';
import { renderDiffMarkdown, renderDiffText } from '../../src/review/render/diff.js';
import { diffRegions } from '../../src/review/diff.js';
import { reviewOutputValidator } from '../../src/review/schema.js';
import { completeRegion, HOSTILE, load, loadFile } from './helpers.js';
import { done } from '../helpers/complete.js';

function hostileRegion() {
  const region = structuredClone(completeRegion());
  region.region.name = HOSTILE.region;
  region.agencies[0].name = HOSTILE.agency;
  delete region.agencies[0].shortName;
  region.services[1].name = HOSTILE.service;
  delete region.services[1].standard!.fee;
  region.agencies[0].plannedCounters -= 1;
  return load(JSON.stringify(region));
}

/** Pipes that end Markdown table cells (not escaped with a backslash). */
function cellPipes(line: string): number {
  return (line.match(/(?<!\\)\|/g) ?? []).length;
}

describe('review rendering', () => {
  const report = buildReport([{ file: 'a/mpp.yaml', review: reviewRegion(hostileRegion()) }, { file: 'b/mpp.yaml', review: reviewRegion(loadFile('examples/jeneponto/mpp.yaml')) }]);

  it('ranks by score, then name, and puts the detail in ranking order', () => {
    expect(report.ranking.map((r) => r.rank)).toEqual([1, 2]);
    expect(report.ranking[0].score).toBeGreaterThanOrEqual(report.ranking[1].score);
    expect(report.regions.map((r) => r.file)).toEqual(report.ranking.map((r) => r.file));
    const tie = buildReport([
      { file: 'z.yaml', review: { ...report.regions[0].review, region: { ...report.regions[0].review.region, name: 'Beta' }, score: 70 } },
      { file: 'y.yaml', review: { ...report.regions[0].review, region: { ...report.regions[0].review.region, name: 'Alfa' }, score: 70 } },
      { file: 'x.yaml', review: { ...report.regions[0].review, score: 90 } },
    ]);
    expect(tie.ranking.map((r) => r.file)).toEqual(['x.yaml', 'y.yaml', 'z.yaml']);
  });

  it('escapes hostile names in HTML: no markup from the answers, a standalone page', () => {
    const html = renderReviewHtml(report, 'en');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toContain('<Dinas');
    expect(html).not.toContain('<b>bold');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<link|<img|\ssrc=/);
    // Several regions: the consultants' dashboard carries exactly one script of its own (sorting and filtering).
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script>\n/* Sorting and filtering');
    const single = renderReviewHtml(buildReport([report.regions[0]]), 'en');
    expect(single).not.toMatch(/<script|<link|<img|\ssrc=/);
    expect(single).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes hostile names in Markdown: every table row keeps its cells, no raw HTML or headings', () => {
    const md = renderReviewMarkdown(report, 'id');
    expect(md).not.toContain('<script');
    expect(md).not.toContain('<b>');
    expect(md).not.toMatch(/^# Heading/m);
    // Each table (consecutive lines starting with a pipe) keeps its header's number of cell pipes on every row.
    const blocks: string[][] = [];
    let current: string[] = [];
    for (const line of md.split('\n')) {
      if (line.startsWith('|')) current.push(line);
      else if (current.length > 0) {
        blocks.push(current);
        current = [];
      }
    }
    if (current.length > 0) blocks.push(current);
    expect(blocks.length).toBe(3); // ranking, then the categories of each region (findings are grouped lists)
    for (const block of blocks) {
      const columns = cellPipes(block[0]);
      for (const line of block) expect(cellPipes(line), line).toBe(columns);
    }
  });

  it('writes JSON that validates against schemas/review.schema.json and keeps names as they are', () => {
    const json = renderJson(report);
    const data = JSON.parse(json);
    const validate = reviewOutputValidator();
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.regions.map((r: { review: { region: { name: string } } }) => r.review.region.name)).toContain(HOSTILE.region);
    expect(validate({ ...data, kind: 'other' })).toBe(false);
  });

  it('prints a terminal report without control characters, in the chosen language', () => {
    const id = renderReviewText(report, 'id');
    const en = renderReviewText(report, 'en');
    expect(id).toContain('Tinjauan kesiapan 2 daerah');
    expect(en).toContain('Readiness review of 2 regions');
    expect(en).toContain('Facility missing');
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(en)).toBe(false);
  });

  it('renders a diff in text and Markdown with the hostile names escaped', () => {
    const before = done(completeRegion());
    const after = hostileRegion();
    const diff = diffRegions(before, after, { before: reviewRegion(before), after: reviewRegion(after) }, { before, after });
    const diffReport = { schemaVersion: 1 as const, kind: 'diff' as const, old: { file: 'old.yaml', review: reviewRegion(before) }, new: { file: 'new.yaml', review: reviewRegion(after) }, diff };
    const text = renderDiffText(diffReport, 'en');
    expect(text).toContain('Readiness: 100 -> ');
    expect(text).toMatch(/~ dukcapil .*plannedCounters: \d+ -> \d+/);
    expect(text).toContain('~ pkb');
    const md = renderDiffMarkdown(diffReport, 'en');
    expect(md).not.toContain('<script');
    expect(md).toContain('&#60;Dinas &#123;A&#125;&#62;');
  });
});
