import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateRegion } from '../../src/config/load.js';
import { planWrite } from '../../src/deployment/writer.js';
import { NEXT_STEPS, runFigures, runSummaryLines } from '../../src/deployment/run-summary.js';
import { t } from '../../src/i18n/catalogue.js';
import { ROOT, tempDir } from '../helpers/cli.js';

async function planned(file: string) {
  const region = validateRegion(parse(readFileSync(join(ROOT, file), 'utf8')), { lang: 'en' });
  if (!region.ok) throw new Error(file);
  return planWrite(region.value, { dir: join(tempDir(), 'd'), lang: 'en' });
}

describe('the end-of-run summary', () => {
  it('speaks of the key figures and the three most important next steps, most pressing first, in at most fifteen lines', async () => {
    for (const file of ['test/fixtures/minimal.yaml', 'test/fixtures/hostile.yaml', 'examples/badung/mpp.yaml']) {
      const { deployment, plan } = await planned(file);
      const figures = runFigures(deployment);
      const lines = runSummaryLines(deployment, plan, 'en', 'Done.', 'out/x');
      expect(lines.length, file).toBeLessThanOrEqual(15);
      expect(lines[0]).toBe(`Done. Files: ${plan.decisions.filter((d) => d.kind === 'new').length} written.`);
      expect(lines).toContain(t('en', 'summary.checklist', { total: deployment.checklist.applicable, done: deployment.checklist.done, blocking: figures.blockingOpen }));
      const expected = NEXT_STEPS.filter((s) => s.applies(figures)).slice(0, 3);
      const steps = lines.filter((l) => /^ {2}\d\. /.test(l));
      expect(steps.length).toBe(expected.length);
      expected.forEach((step, index) => expect(steps[index].startsWith(`  ${index + 1}. ${t('en', step.key, {}).split('{')[0]}`)).toBe(true));
      expect(lines.at(-1)).toContain('npx mpp new --out out/x');
    }
  });

  it('the minimal fixture: open blocking items come first, then the counters Erlang C still needs', async () => {
    const { deployment, plan } = await planned('test/fixtures/minimal.yaml');
    const steps = runSummaryLines(deployment, plan, 'id', 'Selesai.', '.').filter((l) => /^ {2}\d\. /.test(l));
    expect(steps[0]).toMatch(/^ {2}1\. Selesaikan \d+ kegiatan wajib sebelum peluncuran: checklist\/checklist\.html/);
    expect(steps[1]).toMatch(/^ {2}2\. Rencanakan 3 loket lagi \(6 dibutuhkan, 3 direncanakan\)/);
  });
});
