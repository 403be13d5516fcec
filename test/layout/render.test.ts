import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createAjv } from '../../src/config/ajv.js';
import layoutSchema from '../../schemas/layout.schema.json' with { type: 'json' };
import { planLayout } from '../../src/layout/plan.js';
import { layoutDocument, renderLayoutFiles } from '../../src/layout/render.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { loadAnswers, minimal, root, syntheticRegion } from './helpers.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { xmlProblems } from '../helpers/xml.js';

const HOSTILE = '</svg><script>alert(1)</script> | `x` {A} & "q" \'s\' --- # h =1+2';

function hostileRegion(): RegionAnswers {
  const r = minimal();
  r.region.name = HOSTILE;
  r.mpp.name = `MPP ${HOSTILE}`;
  r.mpp.floors[0].name = `Lantai ${HOSTILE}`;
  r.agencies[0] = { ...r.agencies[0], name: HOSTILE };
  r.agencies[1] = { ...r.agencies[1], shortName: `<b>${HOSTILE}</b>` };
  return r;
}

function tooSmall(): RegionAnswers {
  const r = minimal();
  r.mpp.floors = [{ id: 'lt1', name: 'Lantai 1', level: 1, width: 9, depth: 7, entrance: true }];
  return r;
}

const regions: Array<[string, RegionAnswers]> = [
  ['minimal', minimal()],
  ['hostile', hostileRegion()],
  ['too-small', tooSmall()],
  ['synthetic-40', syntheticRegion(40)],
];
if (existsSync(join(root, 'examples/badung/mpp.yaml'))) regions.push(['badung', loadAnswers('examples/badung/mpp.yaml')]);

describe('the XML check itself', () => {
  it('accepts well-formed XML and rejects broken markup', () => {
    expect(xmlProblems('<?xml version="1.0"?>\n<svg a="1"><g><title>a &amp; b</title></g></svg>')).toEqual([]);
    expect(xmlProblems('<svg><g></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><title>a < b</title></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><title>a & b</title></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg a="1" a="2"></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg></svg><script></script>')).not.toEqual([]);
  });
});

describe('renderLayoutFiles', () => {
  const ajv = createAjv();
  const validate = ajv.compile(layoutSchema);

  for (const [name, region] of regions) {
    describe(name, () => {
      const plan = planLayout(region);
      const files = renderLayoutFiles(plan, region, region.lang ?? 'id');

      it('writes layout.yaml, one SVG per floor and sizing.md', () => {
        const expected = ['layout/layout.yaml', 'layout/sizing.md', ...region.mpp.floors.map((f) => `layout/floorplan-${f.id}.svg`)].sort();
        expect(Object.keys(files).sort()).toEqual(expected);
      });
      it('layout.yaml is valid against schemas/layout.schema.json and round-trips without aliases', () => {
        const data = parse(files['layout/layout.yaml']);
        const ok = validate(data);
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
        expect(data).toEqual(JSON.parse(JSON.stringify(layoutDocument(plan))));
        expect(files['layout/layout.yaml']).not.toMatch(/(^|\s)[&*]a\d+\b/);
      });
      it('every SVG is well-formed standalone SVG with title, legend, scale bar and one labelled block per placed agency', () => {
        const blockIds = new Set<string>();
        for (const floor of plan.floors) {
          const svg = files[`layout/floorplan-${floor.floor}.svg`];
          expect(xmlProblems(svg)).toEqual([]);
          expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
          expect(svg).toMatch(/<title id="plan-title">[^<]+<\/title>/);
          expect(svg).toContain('id="legend"');
          expect(svg).toContain('id="scale-bar"');
          expect(svg).not.toMatch(/<script/i);
          for (const zone of floor.zones.filter((z) => z.kind === 'agency-counters')) {
            expect(svg).toContain(`<g id="${zone.id}" class="zone zone-agency-counters" data-kind="agency-counters" data-agency="${zone.agency}">`);
            expect(blockIds.has(zone.id)).toBe(false);
            blockIds.add(zone.id);
          }
        }
        const placed = new Set(plan.floors.flatMap((f) => f.zones.map((z) => z.agency)));
        const lost = new Set(plan.floors.flatMap((f) => f.overflow.map((o) => o.agency)));
        for (const a of region.agencies) expect(placed.has(a.id) || lost.has(a.id)).toBe(true);
      });
      it('is byte-identical on a second run', () => {
        expect(renderLayoutFiles(planLayout(region), region, region.lang ?? 'id')).toEqual(files);
      });
    });
  }

  it('hostile names render as text in SVG and Markdown', () => {
    const region = hostileRegion();
    const files = renderLayoutFiles(planLayout(region), region, 'en');
    const svg = files['layout/floorplan-lt1.svg'];
    expect(svg).toContain('&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg.match(/<\/svg>/g)).toHaveLength(1);
    const md = files['layout/sizing.md'];
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('</svg>');
    expect(md).not.toMatch(/\{A\}/);
    expect(md).not.toMatch(/^(---|# h)/m);
    // Every table keeps its column count on every row: a `|` in a name is escaped.
    const cols = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const blocks: string[][] = [[]];
    for (const line of md.split('\n')) {
      if (line.startsWith('|')) blocks[blocks.length - 1].push(line);
      else if (blocks[blocks.length - 1].length > 0) blocks.push([]);
    }
    const tables = blocks.filter((b) => b.length > 1);
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const table of tables) for (const row of table) expect(cols(row), row).toBe(cols(table[0]));
    expect(md).toContain('## Counters per agency');
  });

  it('the too-small building still writes everything, with the missing m² in sizing.md', () => {
    const region = tooSmall();
    const plan = planLayout(region);
    const files = renderLayoutFiles(plan, region, 'en');
    expect(plan.area.missingArea).toBeGreaterThan(0);
    expect(files['layout/sizing.md']).toContain(`short by ${plan.area.missingArea} m²`);
    expect(files['layout/floorplan-lt1.svg']).toContain('id="overflow-note"');
    expect(parse(files['layout/layout.yaml']).area.missingArea).toBe(plan.area.missingArea);
  });
});
