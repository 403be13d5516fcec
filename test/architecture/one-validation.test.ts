/**
 * Every writing command computes the next region once: one whole-region validation (the precompiled
 * schema validator, which validateRegion runs exactly once per call), one completion of what the
 * region did not give (src/complete/), one build, one write. Counted with spies, in-process, for each
 * CLI command and for the Yeoman generators' paths.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import helpers from 'yeoman-test';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import * as validator from '../../src/generated/region.validator.js';
import * as build from '../../src/deployment/build.js';
import * as complete from '../../src/complete/complete.js';
import * as grow from '../../src/grow/grow.js';
import * as remove from '../../src/grow/remove.js';
import * as offers from '../../src/interview/sized-defaults.js';
import AppGenerator from '../../generators/app/generator.js';
import AgencyGenerator from '../../generators/agency/generator.js';
import RemoveGenerator from '../../generators/remove/generator.js';
import { ROOT, tempDir } from '../helpers/cli.js';

vi.mock('../../src/generated/region.validator.js', async (importOriginal) => {
  const original = (await importOriginal()) as { validate: ((data: unknown) => boolean) & { errors?: unknown } };
  const spy = vi.fn((data: unknown) => {
    const ok = original.validate(data);
    spy.errors = original.validate.errors;
    return ok;
  }) as ReturnType<typeof vi.fn> & { errors?: unknown };
  return { ...original, validate: spy };
});
vi.mock('../../src/deployment/build.js', async (importOriginal) => {
  const original = (await importOriginal()) as typeof build;
  return { ...original, buildDeployment: vi.fn(original.buildDeployment) };
});
vi.mock('../../src/complete/complete.js', async (importOriginal) => {
  const original = (await importOriginal()) as typeof complete;
  return { ...original, completeRegion: vi.fn(original.completeRegion) };
});
vi.mock('../../src/grow/grow.js', async (importOriginal) => {
  const original = (await importOriginal()) as typeof grow;
  return { ...original, growRegion: vi.fn(original.growRegion) };
});
vi.mock('../../src/grow/remove.js', async (importOriginal) => {
  const original = (await importOriginal()) as typeof remove;
  return { ...original, removeItem: vi.fn(original.removeItem) };
});

// The interview's offered counters and floors are the kit's own sizing of the answers so far: each
// offer validates and completes those answers once (counted apart from the region written).
vi.mock('../../src/interview/sized-defaults.js', async (importOriginal) => {
  const original = (await importOriginal()) as typeof offers;
  return { ...original, neededCounters: vi.fn(original.neededCounters), neededFloor: vi.fn(original.neededFloor), answeredFloorsFit: vi.fn(original.answeredFloorsFit) };
});
const offered = (): number => [offers.neededCounters, offers.neededFloor, offers.answeredFloorsFit].reduce((sum, f) => sum + vi.mocked(f).mock.calls.length, 0);

const counts = () => ({
  validations: vi.mocked(validator.validate).mock.calls.length,
  builds: vi.mocked(build.buildDeployment).mock.calls.length,
  completions: vi.mocked(complete.completeRegion).mock.calls.length,
  grows: vi.mocked(grow.growRegion).mock.calls.length,
  removals: vi.mocked(remove.removeItem).mock.calls.length,
});

function io(cwd: string): Io & { text: () => string } {
  const lines: string[] = [];
  return { out: (t) => lines.push(t), err: (t) => lines.push(t), cwd, stdinIsTTY: false, text: () => lines.join('\n') };
}

async function run(args: string[], cwd: string): Promise<number> {
  const out = io(cwd);
  const code = await main(args, out);
  if (code !== 0) throw new Error(`mpp ${args.join(' ')} exited ${code}:\n${out.text()}`);
  return code;
}

const AGENCY = 'name: Dinas Arsip\nkind: opd\nplannedCounters: 1\nservices:\n  - name: Arsip Statis\n    visitorsPerDay: 5\n    handlingMinutes: 9\n';

describe('one validation, one completion and one build per writing command', () => {
  let dir: string;
  beforeEach(async () => {
    dir = tempDir();
    copyFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), join(dir, 'answers.yaml'));
    writeFileSync(join(dir, 'agency.yaml'), AGENCY);
    await run(['new', '--answers', 'answers.yaml', '--out', 'd'], dir);
    vi.clearAllMocks();
  });

  const cases: Array<[string, string[], Partial<ReturnType<typeof counts>>]> = [
    ['mpp new --answers (re-run)', ['new', '--answers', 'answers.yaml', '--out', 'd'], {}],
    ['mpp new --out (stored answers)', ['new', '--out', 'd'], {}],
    ['mpp add agency --from', ['add', 'agency', '--from', 'agency.yaml', '--in', 'd'], { grows: 1 }],
    ['mpp remove service --cascade', ['remove', 'service', 'pkb', '--in', 'd', '--cascade', '--force'], { removals: 1 }],
    ['mpp upgrade (from the deployment\'s mpp.yaml)', ['upgrade', 'd'], {}],
    ['mpp upgrade --dry-run', ['upgrade', 'd', '--dry-run'], {}],
  ];
  for (const [name, args, extra] of cases) {
    it(name, async () => {
      if (args[0] === 'remove') {
        // A second service for samsat first, so that pkb is not its last one.
        writeFileSync(join(dir, 'service.yaml'), 'agency: samsat\nname: Mutasi\nvisitorsPerDay: 4\nhandlingMinutes: 6\n');
        await run(['add', 'service', '--from', 'service.yaml', '--in', 'd'], dir);
        vi.clearAllMocks();
      }
      await run(args, dir);
      expect(counts()).toEqual({ validations: 1, completions: 1, builds: 1, grows: 0, removals: 0, ...extra });
    });
  }

  it('mpp import --into (workbook)', async () => {
    await run(['export', 'd', '--out', 'x.xlsx'], dir);
    vi.clearAllMocks();
    await run(['import', 'x.xlsx', '--into', 'd'], dir);
    expect(counts()).toEqual({ validations: 1, completions: 1, builds: 1, grows: 0, removals: 0 });
  });

  it('yo mpp (the interview) and yo mpp:agency --from, yo mpp:remove', async () => {
    await helpers
      .run(AppGenerator as never, { namespace: 'mpp:app', resolved: join(ROOT, 'generators/app/index.js') } as never)
      .withOptions({ lang: 'en', interactive: true, skipInstall: true })
      .withAnswers({ region_name: 'Sukamaju', region_kind: 'kota', region_province: 'Jawa Barat', mpp_address: 'Jl. Merdeka 1', typicalAgencies: ['dukcapil', 'samsat'], addAgency: false, facilities: ['ramp'] });
    // One validation and completion of the region written, besides one per answer the interview offered.
    expect(offered()).toBeGreaterThan(0);
    expect(counts()).toEqual({ validations: 1 + offered(), completions: 1 + offered(), builds: 1, grows: 0, removals: 0 });

    vi.clearAllMocks();
    const deployment = join(dir, 'd');
    await helpers
      .run(AgencyGenerator as never, { namespace: 'mpp:agency', resolved: join(ROOT, 'generators/agency/index.js') } as never)
      .cd(deployment)
      .withOptions({ lang: 'en', from: join(dir, 'agency.yaml'), interactive: false, skipInstall: true });
    expect(counts()).toEqual({ validations: 1, completions: 1, builds: 1, grows: 1, removals: 0 });

    vi.clearAllMocks();
    await helpers
      .run(RemoveGenerator as never, { namespace: 'mpp:remove', resolved: join(ROOT, 'generators/remove/index.js') } as never)
      .cd(deployment)
      .withArguments(['agency', 'dinas-arsip'])
      .withOptions({ lang: 'en', cascade: true, interactive: false, skipInstall: true });
    expect(counts()).toEqual({ validations: 1, completions: 1, builds: 1, grows: 0, removals: 1 });
  });
});
