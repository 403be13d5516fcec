import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planLayout } from '../../src/layout/plan.js';
import { simulatedDay, simulatedDayFiles, simulationFiles, visitorsPerReplication } from '../../src/simulation/files.js';
import { simulationModel } from '../../src/simulation/adapter.js';
import * as SIM from '../../src/simulation/constants.js';
import { renderLayoutFiles } from '../../src/layout/render.js';
import * as LAYOUT from '../../src/layout/constants.js';
import { buildDeployment } from '../../src/deployment/build.js';
import type { ValidRegion } from '../../src/config/valid-region.js';
import { loadRegionText } from '../../src/config/load.js';
import type { CompletedRegion } from '../../src/config/completed-region.js';
import { done } from '../helpers/complete.js';
import { hostileRegion } from '../checklist/helpers.js';
import { minimumAnswers } from '../complete/helpers.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { xmlProblems } from '../helpers/xml.js';
import { mpp, tempDir, snapshotDir } from '../helpers/cli.js';
import { rawAnswers, root } from '../layout/helpers.js';

const EXAMPLES = ['badung', 'belitung', 'blora', 'jeneponto', 'muna-barat'];

function example(slug: string): CompletedRegion {
  const result = loadRegionText(readFileSync(join(root, 'examples', slug, 'mpp.yaml'), 'utf8'), { lang: 'id' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return done(result.value);
}

describe('the simulated-day files', () => {
  it.each(EXAMPLES)('%s: simulasi.md and three well-formed charts, the same bytes on a second run', (slug) => {
    const region = example(slug);
    const files = simulationFiles(region, planLayout(region), 'id');
    expect(Object.keys(files).sort()).toEqual(['layout/simulasi-antrean.svg', 'layout/simulasi-instansi.svg', 'layout/simulasi-loket.svg', 'layout/simulasi.md']);
    for (const [path, content] of Object.entries(files)) if (path.endsWith('.svg')) expect(xmlProblems(content), path).toEqual([]);
    expect(files['layout/simulasi.md']).toContain('## Bacaan singkat');
    expect(simulationFiles(region, planLayout(region), 'id')).toEqual(files);
  });

  it('Bahasa Indonesia first, English from the same catalogue', () => {
    const region = example('muna-barat');
    const en = simulationFiles(region, planLayout(region), 'en')['layout/simulasi.md'];
    expect(en).toContain('## Plain reading');
    expect(en).not.toContain('Bacaan singkat');
  });

  it('hostile names render as text in the report and the charts', () => {
    const region = done(hostileRegion());
    const files = simulationFiles(region, planLayout(region), 'en');
    for (const [path, content] of Object.entries(files)) {
      if (path.endsWith('.svg')) {
        expect(xmlProblems(content), path).toEqual([]);
        expect(content).not.toMatch(/<script/i);
        expect(content.match(/<\/svg>/g), path).toHaveLength(1);
      }
    }
    const md = files['layout/simulasi.md'];
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('</svg>');
    expect(md).not.toMatch(/\{org\}|\{A\}/);
  });

  it('says when the simulated day rests on estimates and marks estimated visitors and counters; the region\'s own figures read unmarked', () => {
    // Badung gives only published data: the kit estimates visitors, handling minutes and counters.
    const badung = simulationFiles(example('badung'), planLayout(example('badung')), 'id')['layout/simulasi.md'];
    expect(badung).toContain('≈ Simulasi ini bertumpu pada perkiraan: 100% beban jam puncak');
    expect(badung).toMatch(/\| Disdukcapil \(`disdukcapil`\) \| [^|]+ \| ≈ [\d.]+ \| [^|]+ \| [^|]+ \| ≈ \d+ \|/);
    expect(badung).toContain('Angka bertanda ≈ bertumpu pada perkiraan');
    // The minimal fixture gives its hours, counters, visitors and handling minutes: with its own peak factor nothing is marked.
    const own = done({ ...rawAnswers('test/fixtures/minimal.yaml'), mpp: { ...rawAnswers('test/fixtures/minimal.yaml').mpp, peakFactor: 2 } });
    const md = simulationFiles(own, planLayout(own), 'en')['layout/simulasi.md'];
    expect(md).not.toContain('≈');
    // Without its peak factor, the reading names the kit default it rests on.
    const partial = done(rawAnswers('test/fixtures/minimal.yaml'));
    expect(simulationFiles(partial, planLayout(partial), 'en')['layout/simulasi.md']).toContain('≈ This simulation rests on estimates: peak factor: kit defaults.');
  });

  it('names-only answers with the demand fields and no figure: the day is simulated, every estimated figure marked ≈, the region\'s stages read', () => {
    const answers = {
      ...minimumAnswers(),
      mpp: {
        ...minimumAnswers().mpp,
        priorityShare: 0.1,
        payment: { counters: 1, handlingMinutes: 3 },
        arrivalProfile: [
          { start: '08:00', count: 10 },
          { start: '09:00', count: 40 },
          { start: '10:00', count: 20 },
        ],
      },
      agencies: [
        { id: 'dukcapil', name: 'Disdukcapil', counterGroups: [{ id: 'cetak', name: 'Cetak', counters: 1 }] },
        { id: 'taspen', name: 'Taspen', presence: { days: ['thursday'] } },
        { id: 'pdam', name: 'PDAM', serviceMode: 'terima-berkas', oldOffice: { staysOpen: true } },
        { id: 'info', name: 'Informasi', serviceMode: 'informasi' },
      ],
      services: [
        { name: 'KTP-el', agency: 'dukcapil', stages: [{ name: 'Rekam', handlingMinutes: 6 }, { name: 'Cetak', handlingMinutes: 3, counterGroup: 'cetak' }] },
        { name: 'Akta', agency: 'dukcapil', payment: true },
        { name: 'Klaim', agency: 'taspen' },
        { name: 'Sambung baru', agency: 'pdam', payment: true },
        { name: 'Tanya', agency: 'info' },
      ],
    } as RegionAnswers;
    const region = done(answers);
    const md = simulationFiles(region, planLayout(region), 'en')['layout/simulasi.md'];
    // Visitors and counters are estimates (the hourly counts give the peak factor, so it is not a default).
    expect(md).toContain('≈ This simulation rests on estimates: 100% of the peak load comes from services whose handling minutes or visitors are estimates');
    expect(md).toContain('the counters of 4 of 4 agencies are estimates');
    expect(md).toContain('opening hours, service-level target: kit defaults.');
    expect(md).not.toMatch(/peak factor[^|\n]*kit defaults/);
    // The agency table shows the busiest day; Taspen (Thursdays only) may be absent on it.
    for (const id of ['dukcapil', 'taspen', 'pdam', 'info']) {
      const visitors = id === 'taspen' ? '(≈ [\\d.]+|absent)' : '≈ [\\d.]+';
      expect(md, id).toMatch(new RegExp(`\\(\`${id}\`\\) \\| [^|]+ \\| ${visitors} \\| [^|]+ \\| [^|]+ \\| ≈ \\d+ \\|`));
    }
    expect(md).toContain('Taspen is present only on: Thursday.');
    expect(md).toMatch(/KTP-el: stage "(Rekam|Cetak)" is the bottleneck/);
    expect(md).toContain('| PDAM (`pdam`) | drop-off/pick-up |');
  });

  const floorSeats = (plan: ReturnType<typeof planLayout>): number => plan.floors.flatMap((f) => f.zones).filter((z) => z.kind === 'waiting-area').reduce((s, z) => s + (z.seats ?? 0), 0);

  it('Muna Barat: the seats follow the simulated 95th percentile of people waiting, no longer the Erlang C one (24) or 1.5 x the mean (14)', () => {
    const region = example('muna-barat');
    const analytic = planLayout(region);
    expect(analytic.area.waitingSeats).toBe(24);
    expect(analytic.area.seatSource.kind).toBe('analytic');
    const day = simulatedDay(region);
    const people = Math.max(...day.result!.days.map((d) => d.building.peopleP95));
    expect(day.layout.area.seatSource).toEqual({ kind: 'simulated', people, estimated: true });
    expect(day.layout.area.waitingSeats).toBe(Math.max(LAYOUT.MIN_WAITING_SEATS, people));
    expect(day.layout.area.waitingSeats).toBe(13);
    expect(day.layout.area.items.find((i) => i.kind === 'waiting-area')?.count).toBe(13);
    expect(floorSeats(day.layout)).toBeGreaterThanOrEqual(13);
    // The report compares its people waiting with the seats the plan now has.
    expect(day.model.seats.building).toBe(13);
    const files = simulatedDayFiles(day, 'en');
    expect(files['layout/simulasi.md']).toContain('Waiting seats on the plan: 13 (sizing.md gives their basis). Simulated 95th percentile of people waiting in this run, companions included: 13.');
    // Seeded: the same answers give the same layout and files.
    const again = simulatedDay(region);
    expect(JSON.stringify(again.layout)).toBe(JSON.stringify(day.layout));
    expect(simulatedDayFiles(again, 'en')).toEqual(files);
  });

  it('Badung: the seats, area and floors follow the simulated peak (60 people waiting, not the Erlang C 15), marked as an estimate in sizing.md', () => {
    const region = example('badung');
    const day = simulatedDay(region);
    expect(planLayout(region).area.waitingSeats).toBe(15);
    expect(day.layout.area.waitingSeats).toBe(60);
    expect(floorSeats(day.layout)).toBeGreaterThanOrEqual(60);
    const id = renderLayoutFiles(day.layout, region, 'id')['layout/sizing.md'];
    const en = renderLayoutFiles(day.layout, region, 'en')['layout/sizing.md'];
    expect(id).toContain('≈ Kursi tunggu: 60, dari persentil ke-95 jumlah orang menunggu di gedung pada jam tersibuk hari layanan yang disimulasikan (60 orang');
    expect(id).toContain('Rumus Erlang C saja (tanpa simulasi) memberi 15 kursi.');
    expect(en).toContain('≈ Waiting seats: 60, from the 95th percentile of people waiting in the building at the busiest hour of the simulated day (60 people');
    expect(en).toContain('The simulation rests on estimated figures (≈), so this number of seats is an estimate too.');
    expect(renderLayoutFiles(planLayout(region), region, 'en')['layout/sizing.md']).toContain('Waiting seats: 15, from the 95th percentile of people waiting at peak');
  });

  it('a deployment plans its seats from its simulated day: the same layout and report as simulatedDay', async () => {
    const answers = rawAnswers('examples/muna-barat/mpp.yaml');
    const built = await buildDeployment(answers as ValidRegion, { lang: 'en' });
    const day = simulatedDay(built.completed);
    expect(built.layout.area.waitingSeats).toBe(day.layout.area.waitingSeats);
    expect(built.files['layout/simulasi.md']).toBe(simulatedDayFiles(day, 'en')['layout/simulasi.md']);
    expect(built.files['layout/sizing.md']).toContain('Waiting seats: 13, from the 95th percentile of people waiting in the building at the busiest hour of the simulated day');
  });

  it('a day beyond the visitor budget is not simulated and keeps the analytic seats', () => {
    const answers = rawAnswers('examples/muna-barat/mpp.yaml');
    const huge = done({ ...answers, services: answers.services.map((s) => ({ ...s, visitorsPerDay: 100_000 })) } as RegionAnswers);
    expect(visitorsPerReplication(simulationModel(huge, planLayout(huge)))).toBeGreaterThan(SIM.MAX_SIMULATED_VISITORS);
    const day = simulatedDay(huge);
    expect(day.result).toBeUndefined();
    expect(day.layout.area.seatSource.kind).toBe('analytic');
    expect(day.layout.area.waitingSeats).toBe(planLayout(huge).area.waitingSeats);
    expect(Object.keys(simulatedDayFiles(day, 'id'))).toEqual(['layout/simulasi.md']);
  });
});

describe('mpp simulate', () => {
  it('the same seed gives identical files; another seed other figures; a what-if is applied and named', () => {
    const out = tempDir('mpp-sim-');
    const a = join(out, 'a');
    const b = join(out, 'b');
    expect(mpp(['simulate', 'examples/muna-barat/mpp.yaml', '--seed', '7', '--replications', '5', '--out', a]).code).toBe(0);
    expect(mpp(['simulate', 'examples/muna-barat/mpp.yaml', '--seed', '7', '--replications', '5', '--out', b]).code).toBe(0);
    expect(snapshotDir(b)).toEqual(snapshotDir(a));
    const c = join(out, 'c');
    expect(mpp(['simulate', 'examples/muna-barat/mpp.yaml', '--seed', '8', '--replications', '5', '--out', c]).code).toBe(0);
    expect(readFileSync(join(c, 'simulasi.md'), 'utf8')).not.toBe(readFileSync(join(a, 'simulasi.md'), 'utf8'));
    const what = mpp(['simulate', 'examples/muna-barat/mpp.yaml', '--replications', '3', '--what-if', 'kemenag=+1', '--what-if', 'dukcapil=-2', '--lang', 'en']);
    expect(what.code).toBe(0);
    expect(what.stdout).toContain('Simulation of Mal Pelayanan Publik Kabupaten Muna Barat');
    const d = join(out, 'd');
    expect(mpp(['simulate', 'examples/muna-barat/mpp.yaml', '--replications', '3', '--what-if', 'kemenag=+1', '--out', d]).code).toBe(0);
    expect(readFileSync(join(d, 'simulasi.md'), 'utf8')).toContain('`kemenag=+1`');
  }, 120_000);

  it('refuses bad options and unknown agencies with exit 2 and writes nothing; keeps an edited report unless --force', () => {
    const out = tempDir('mpp-sim-');
    const target = join(out, 'r');
    for (const args of [['--replications', '0'], ['--replications', 'x'], ['--seed', '-1'], ['--what-if', 'nope=+1'], ['--what-if', 'kemenag+1'], ['--what-if', 'kemenag.loket=+1']]) {
      const run = mpp(['simulate', 'examples/muna-barat/mpp.yaml', ...args, '--out', target]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(existsSync(target)).toBe(false);
    }
    expect(mpp(['simulate', 'examples/muna-barat/mpp.yaml', '--replications', '2', '--out', target]).code).toBe(0);
    writeFileSync(join(target, 'simulasi.md'), 'edited');
    const again = mpp(['simulate', 'examples/muna-barat/mpp.yaml', '--replications', '3', '--out', target]);
    expect(again.code).toBe(2);
    expect(readFileSync(join(target, 'simulasi.md'), 'utf8')).toBe('edited');
    expect(mpp(['simulate', 'examples/muna-barat/mpp.yaml', '--replications', '3', '--out', target, '--force']).code).toBe(0);
    expect(readFileSync(join(target, 'simulasi.md'), 'utf8')).not.toBe('edited');
  }, 120_000);

  it('an answers file with an impossible peak share is refused with its line and column', () => {
    const dir = tempDir('mpp-sim-');
    const file = join(dir, 'mpp.yaml');
    const text = readFileSync(join(root, 'test/fixtures/minimal.yaml'), 'utf8')
      .replace('monday: { open: "08:00", close: "15:00", breaks: [{ start: "12:00", end: "13:00" }] }', 'monday: { open: "08:00", close: "11:00" }')
      .replace('tuesday: { open: "08:00", close: "15:00" }', 'tuesday: { open: "08:00", close: "11:00" }')
      .replace('  serviceLevel:', '  peakFactor: 5\n  serviceLevel:');
    writeFileSync(file, text);
    const run = mpp(['validate', file, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/mpp\.yaml:\d+:\d+ mpp\.peakFactor: a peak factor of 5 with a mean of 3 service hours a day means 166\.7% of the daily visitors/);
  });
});
