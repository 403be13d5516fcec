import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import helpers from 'yeoman-test';
import { parse } from 'yaml';
import AgencyGenerator from '../../generators/agency/generator.js';
import ServiceGenerator from '../../generators/service/generator.js';
import CounterGenerator from '../../generators/counter/generator.js';
import RemoveGenerator from '../../generators/remove/generator.js';
import { loadRegionText } from '../../src/config/load.js';
import { ROOT } from '../helpers/cli.js';

const minimal = readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8');
const meta = (name: string) => ({ namespace: `mpp:${name}`, resolved: join(ROOT, `generators/${name}/index.js`) });
const withDeployment = (dir: string) => writeFileSync(join(dir, 'mpp.yaml'), minimal);

interface Answers { agencies: Array<{ id: string; name: string }>; services: Array<{ id: string; agency: string; name: string }>; counters?: Array<{ id: string; services: string[]; priority?: boolean }> }

function answersIn(cwd: string): Answers {
  const text = readFileSync(join(cwd, 'mpp.yaml'), 'utf8');
  expect(loadRegionText(text, { lang: 'en' }).ok).toBe(true);
  return parse(text) as Answers;
}

describe('subgenerators (yeoman-test)', () => {
  it('yo mpp:agency asks for the agency and its services', async () => {
    const result = await helpers
      .run(AgencyGenerator as never, meta('agency') as never)
      .onTargetDirectory(withDeployment)
      .withOptions({ lang: 'en', interactive: true, skipInstall: true })
      .withAnswers({ agencies_name: 'Dinas <Sosial> {A}', agencies_kind: 'opd', agencies_plannedCounters: 2, services_name: 'Bantuan Sosial', services_visitorsPerDay: 30, services_handlingMinutes: 9, services_category: 'non-perizinan', addService: false });
    const answers = answersIn(result.cwd);
    expect(answers.agencies.at(-1)).toMatchObject({ id: 'dinas-sosial-a', name: 'Dinas <Sosial> {A}' });
    expect(answers.services.at(-1)).toMatchObject({ id: 'bantuan-sosial', agency: 'dinas-sosial-a' });
    result.assertFile(['checklist/checklist.yaml', 'layout/layout.yaml', 'app/app-config.json', 'app/standar-pelayanan/dinas-sosial-a/bantuan-sosial.md']);
  });

  it('yo mpp:service asks for the owning agency among the existing ones', async () => {
    const result = await helpers
      .run(ServiceGenerator as never, meta('service') as never)
      .onTargetDirectory(withDeployment)
      .withOptions({ lang: 'id', interactive: true, skipInstall: true })
      .withAnswers({ agency: 'samsat', services_name: 'Mutasi Kendaraan', services_visitorsPerDay: 12, services_handlingMinutes: 15, services_category: 'perizinan' });
    expect(answersIn(result.cwd).services.at(-1)).toMatchObject({ id: 'mutasi-kendaraan', agency: 'samsat', name: 'Mutasi Kendaraan' });
    result.assertFileContent('app/app-config.json', 'mutasi-kendaraan');
  });

  it('yo mpp:counter offers the agency\'s services and a free id', async () => {
    const result = await helpers
      .run(CounterGenerator as never, meta('counter') as never)
      .onTargetDirectory(withDeployment)
      .withOptions({ lang: 'en', interactive: true, skipInstall: true })
      .withAnswers({ agency: 'dukcapil', services: ['ktp-el'], priority: true });
    expect(answersIn(result.cwd).counters).toEqual([{ id: 'dukcapil-1', agency: 'dukcapil', services: ['ktp-el'], priority: true }]);
  });

  it('yo mpp:remove takes kind and id as arguments and refuses without --cascade', async () => {
    await expect(
      helpers.run(RemoveGenerator as never, meta('remove') as never).onTargetDirectory(withDeployment).withArguments(['agency', 'samsat']).withOptions({ lang: 'en', skipInstall: true }),
    ).rejects.toThrow(/--cascade/);
    const result = await helpers
      .run(RemoveGenerator as never, meta('remove') as never)
      .onTargetDirectory(withDeployment)
      .withArguments(['agency', 'samsat'])
      .withOptions({ lang: 'en', cascade: true, skipInstall: true });
    const answers = answersIn(result.cwd);
    expect(answers.agencies.map((a) => a.id)).not.toContain('samsat');
    expect(answers.services.map((s) => s.agency)).not.toContain('samsat');
  });
});
