import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import helpers from 'yeoman-test';
import { parse } from 'yaml';
import AppGenerator from '../../generators/app/generator.js';
import { loadRegionText } from '../../src/config/load.js';
import { ROOT } from '../helpers/cli.js';

const generatorMeta = { namespace: 'mpp:app', resolved: join(ROOT, 'generators/app/index.js') };

describe('yo mpp (yeoman-test)', () => {
  it('runs the interview in English and writes a valid deployment', async () => {
    const result = await helpers
      .run(AppGenerator as never, generatorMeta as never)
      .withOptions({ lang: 'en', interactive: true, skipInstall: true })
      .withAnswers({
        'region_name': 'Sukamaju',
        'region_kind': 'kota',
        'region_province': 'Jawa Barat',
        'region_slug': 'sukamaju',
        'mpp_address': 'Jl. Merdeka 1',
        'mpp_launchDate': '2027-01-15',
        floorCount: 2,
        'mpp_floors_width': 30,
        'mpp_floors_depth': 20,
        typicalAgencies: ['dukcapil', 'samsat'],
        'counters_dukcapil': 3,
        'counters_samsat': 2,
        addAgency: false,
        facilities: ['ramp', 'accessible-toilet'],
      });
    result.assertFile(['mpp.yaml', 'README.md', '.yo-rc.json']);
    const text = readFileSync(join(result.cwd, 'mpp.yaml'), 'utf8');
    const loaded = loadRegionText(text, { lang: 'en' });
    expect(loaded.ok).toBe(true);
    const data = parse(text);
    expect(data.region).toEqual({ name: 'Sukamaju', kind: 'kota', province: 'Jawa Barat', slug: 'sukamaju' });
    expect(data.mpp.name).toBe('Mal Pelayanan Publik Kota Sukamaju');
    expect(data.mpp.floors).toHaveLength(2);
    expect(data.agencies.map((a: { id: string }) => a.id)).toEqual(['dukcapil', 'samsat']);
    expect(data.agencies[0].plannedCounters).toBe(3);
    expect(data.services.length).toBeGreaterThan(1);
    result.assertFileContent('README.md', 'What this folder holds');
  });

  it('adds a custom agency with its services from the interview', async () => {
    let asked = 0;
    const result = await helpers
      .run(AppGenerator as never, generatorMeta as never)
      .withOptions({ lang: 'id', interactive: true, skipInstall: true })
      .withAnswers(
        {
          'region_name': 'Contoh',
          'region_kind': 'kabupaten',
          'region_province': 'Bali',
          'mpp_address': 'Jl. Contoh',
          typicalAgencies: [],
          'agencies_name': 'Dinas <Perizinan> {Khusus}',
          'agencies_kind': 'opd',
          'counters_dinas-perizinan-khusus': 2,
          'services_name': 'Izin "Reklame"',
          'services_visitorsPerDay': 25,
          'services_handlingMinutes': 12,
        },
        {
          callback: (answer: unknown, { question }: { question: { name: string } }) => {
            if (question.name === 'addAgency') return asked++ === 0;
            return answer;
          },
        } as never,
      );
    const data = parse(readFileSync(join(result.cwd, 'mpp.yaml'), 'utf8'));
    expect(data.agencies).toEqual([{ id: 'dinas-perizinan-khusus', name: 'Dinas <Perizinan> {Khusus}', kind: 'opd', plannedCounters: 2 }]);
    expect(data.services[0]).toMatchObject({ id: 'izin-reklame', agency: 'dinas-perizinan-khusus', visitorsPerDay: 25, handlingMinutes: 12 });
    result.assertFileContent('README.md', 'Dinas &#60;Perizinan&#62; &#123;Khusus&#125;');
  });

  it('takes an answers file through the same generator', async () => {
    const result = await helpers
      .run(AppGenerator as never, generatorMeta as never)
      .withOptions({ answers: join(ROOT, 'test/fixtures/minimal.yaml'), interactive: false, skipInstall: true });
    result.assertFileContent('mpp.yaml', 'slug: contoh');
    result.assertFileContent('README.md', 'Kabupaten Contoh');
  });
});
