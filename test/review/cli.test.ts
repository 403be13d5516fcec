import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { reviewOutputValidator } from '../../src/review/schema.js';
import { checklistFor, completeRegion, root } from './helpers.js';
import { BLOCK_YEOMAN_IMPORT } from '../helpers/cli.js';

/** Black-box tests of the built CLI (`npm test` builds first: `tsc -p tsconfig.json && vitest run`). */
const bin = join(root, 'bin', 'mpp.js');

function mpp(args: string[], cwd = root, nodeArgs: string[] = []) {
  const run = spawnSync(process.execPath, [...nodeArgs, bin, 'review', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const examples = readdirSync(join(root, 'examples'))
  .filter((d) => existsSync(join(root, 'examples', d, 'mpp.yaml')))
  .sort()
  .map((d) => `examples/${d}/mpp.yaml`);

let dir: string;
beforeAll(() => {
  if (!existsSync(join(root, 'dist/src/cli/commands/review.js'))) throw new Error('build first: npx tsc -p tsconfig.json');
  dir = mkdtempSync(join(tmpdir(), 'mpp-review-'));
  const complete = completeRegion();
  writeFileSync(join(dir, 'complete.yaml'), stringify(complete));
  const defective = structuredClone(complete);
  defective.facilities = defective.facilities!.filter((f) => f !== 'accessible-toilet');
  writeFileSync(join(dir, 'defective.yaml'), stringify(defective));
  const next = structuredClone(complete);
  next.agencies.push({ id: 'bpjs', name: 'BPJS Kesehatan', kind: 'bumn', plannedCounters: 1 });
  next.services.push({ id: 'kis', agency: 'bpjs', name: 'Kartu Indonesia Sehat', visitorsPerDay: 5, handlingMinutes: 10 });
  next.services = next.services.filter((s) => s.id !== 'pkb');
  next.agencies = next.agencies.filter((a) => a.id !== 'samsat');
  next.agencies[0].plannedCounters += 2;
  writeFileSync(join(dir, 'next.yaml'), stringify(next));
  writeFileSync(join(dir, 'broken.yaml'), 'schemaVersion: 1\nregion: [unclosed\n');
  mkdirSync(join(dir, 'deployment', 'checklist'), { recursive: true });
  writeFileSync(join(dir, 'deployment', 'mpp.yaml'), stringify(complete));
  writeFileSync(join(dir, 'deployment', 'checklist', 'checklist.yaml'), stringify(checklistFor()));
});

describe('mpp review (black box)', () => {
  it('prints a ranked table over the examples, sorted by score then name', () => {
    const json = mpp([...examples, '--format', 'json']);
    const report = JSON.parse(json.out);
    const table = mpp([...examples, '--lang', 'en']);
    expect(table.code).toBe(json.code);
    const anyBlocker = report.ranking.some((r: { blockers: number }) => r.blockers > 0);
    expect(table.code).toBe(anyBlocker ? 1 : 0);
    expect(table.out).toContain(`Readiness review of ${examples.length} regions`);
    const rows = table.out.split('\n').filter((l) => /^\s*\d+\s+(Regency|City) /.test(l));
    expect(rows.length).toBe(examples.length);
    const scores = rows.map((l) => Number(l.trim().split(/\s{2,}/)[2]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores).toEqual(report.ranking.map((r: { score: number }) => r.score));
  });

  it('writes JSON that validates against schemas/review.schema.json', () => {
    const run = mpp([...examples, '--format', 'json']);
    const data = JSON.parse(run.out);
    const validate = reviewOutputValidator();
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.regions).toHaveLength(examples.length);
  });

  it('exits 0 without blockers, 1 with a blocker or a score under --min-score', () => {
    expect(mpp([join(dir, 'complete.yaml')]).code).toBe(0);
    expect(mpp([join(dir, 'complete.yaml'), '--min-score', '100']).code).toBe(0);
    const defective = mpp([join(dir, 'defective.yaml'), '--lang', 'en']);
    expect(defective.code).toBe(1);
    expect(defective.out).toContain('[blocker] facilities: Facility missing: Accessible toilet.');
    expect(mpp(['examples/jeneponto/mpp.yaml', '--min-score', '100']).code).toBe(1);
  });

  it('exits 2 on invalid input, printing the issues as mpp validate does, and writes nothing', () => {
    const broken = mpp([join(dir, 'broken.yaml'), join(dir, 'complete.yaml'), '--out', join(dir, 'never.md')]);
    expect(broken.code).toBe(2);
    expect(broken.out).toBe('');
    expect(broken.err).toMatch(/broken\.yaml:\d+:\d+ /);
    expect(existsSync(join(dir, 'never.md'))).toBe(false);
    expect(mpp(['no/such/file.yaml']).code).toBe(2);
    expect(mpp([join(dir, 'complete.yaml'), '--format', 'pdf']).code).toBe(2);
    expect(mpp([join(dir, 'complete.yaml'), '--min-score', 'lots']).code).toBe(2);
    expect(mpp([join(dir, 'complete.yaml'), '--bogus']).code).toBe(2);
    expect(mpp([]).code).toBe(2);
    expect(mpp(['--diff', join(dir, 'complete.yaml'), join(dir, 'next.yaml'), join(dir, 'defective.yaml')]).code).toBe(2);
    expect(mpp([dir + '/deployment/checklist']).code).toBe(2);
  });

  it('writes the report to --out and nothing to stdout', () => {
    const target = join(dir, 'report.html');
    const run = mpp([join(dir, 'defective.yaml'), '--format', 'html', '--out', target]);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(mpp([join(dir, 'defective.yaml'), '--format', 'html']).out);
    expect(mpp([join(dir, 'complete.yaml'), '--out', join(dir, 'missing-folder', 'r.md')]).code).toBe(2);
  });

  it('reads a deployment folder with its checklist, and a folder of regions', () => {
    const deployment = JSON.parse(mpp([join(dir, 'deployment'), '--format', 'json']).out);
    expect(deployment.regions[0].checklist).toBe(join(dir, 'deployment', 'checklist', 'checklist.yaml'));
    expect(deployment.regions[0].review.categories[0]).toMatchObject({ basis: 'checklist', score: 75 });
    const folder = mpp(['examples', '--format', 'json']);
    expect(JSON.parse(folder.out).regions.map((r: { file: string }) => r.file).sort()).toEqual(examples);
  });

  it('--diff reports the agencies, services and counters that changed, and the readiness before and after', () => {
    const text = mpp(['--diff', join(dir, 'complete.yaml'), join(dir, 'next.yaml'), '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Readiness: 100 -> ');
    expect(text.out).toContain('+ bpjs (BPJS Kesehatan)');
    expect(text.out).toContain('- samsat (Samsat)');
    expect(text.out).toContain('+ kis (Kartu Indonesia Sehat)');
    expect(text.out).toContain('- pkb (Pembayaran Pajak Kendaraan Bermotor)');
    expect(text.out).toMatch(/~ dukcapil \(.*\): plannedCounters: \d+ -> \d+/);
    expect(text.out).toContain('+ bpjs-1');
    const json = JSON.parse(mpp(['--diff', join(dir, 'complete.yaml'), join(dir, 'next.yaml'), '--format', 'json']).out);
    expect(reviewOutputValidator()(json)).toBe(true);
    expect(json.kind).toBe('diff');
    expect(json.diff.services.added.map((s: { id: string }) => s.id)).toEqual(['kis']);
    const md = mpp(['--diff', join(dir, 'complete.yaml'), join(dir, 'next.yaml'), '--format', 'md']);
    expect(md.out).toMatch(/^# Perubahan konfigurasi/);
    expect(mpp(['--diff', join(dir, 'complete.yaml'), join(dir, 'next.yaml'), '--format', 'html']).code).toBe(2);
  });

  it('reviews the operating Badung example in line with its record: grouped findings, no category at 0 from minor findings, reasons and the PEKPPP estimate', () => {
    const table = mpp(['examples/badung', '--lang', 'en']);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/Kit readiness index \(0-100, not an official grade\): (\d+)\/100 \(operating\)/);
    const score = Number(/: (\d+)\/100/.exec(table.out)![1]);
    expect(score).toBeGreaterThanOrEqual(80);
    expect(table.out).toContain('Reasons:');
    expect(table.out).toContain('The MPP operates');
    expect(table.out).toMatch(/IPP estimate|No IPP estimate yet/);
    expect(table.out).toContain('- Service standards: 152 services, 2,118 components not recorded; most often:');
    expect(table.out).toMatch(/^ {4}DPMPTSP: \d+ finding\(s\)$/m);
    // Grouped: far fewer lines than one per finding.
    const json = JSON.parse(mpp(['examples/badung', '--format', 'json']).out);
    const review = json.regions[0].review;
    expect(reviewOutputValidator()(json)).toBe(true);
    expect(table.out.split('\n').length).toBeLessThan(review.findings.length / 4);
    expect(review.stage).toBe('operating');
    for (const category of review.categories) {
      const onlyMinor = category.counts.blocker === 0 && category.counts.major === 0;
      if (onlyMinor) expect(category.score, category.id).toBeGreaterThanOrEqual(75);
      expect(category.reasons.length, category.id).toBeGreaterThan(0);
    }
    expect(review.pekppp.label.id).toBe('estimasi, bukan nilai resmi');
    const html = mpp(['examples/badung', '--format', 'html', '--instrument', 'pekppp']).out;
    expect(html).toContain('<details class="group">');
    expect(html).toContain('Pra-penilaian');
    expect((html.match(/<tr class="(derived|selffill)">/g) ?? []).length).toBe(31);
    expect(mpp(['examples/badung', '--instrument', 'ombudsman']).code).toBe(2);
  });

  it('never loads Yeoman or inquirer on the review path', () => {
    const block = BLOCK_YEOMAN_IMPORT;
    // Control: the hook does stop an import of yeoman-environment.
    const control = spawnSync(process.execPath, ['--import', block, '-e', "await import('yeoman-environment')"], { cwd: root, encoding: 'utf8' });
    expect(control.status).not.toBe(0);
    expect(control.stderr).toContain('BLOCKED yeoman-environment');
    const run = mpp(['examples/badung/mpp.yaml', '--format', 'json'], root, ['--import', block]);
    expect(run.err).not.toContain('BLOCKED');
    expect([0, 1]).toContain(run.code);
    expect(JSON.parse(run.out).kind).toBe('review');
  });
});
