/**
 * `yo mpp` on a deployment written by an older kit performs the upgrade: the generator hands the
 * stored answers to the same writer, which merges three ways against the older kit's base.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import helpers from 'yeoman-test';
import { parse } from 'yaml';
import AppGenerator from '../../generators/app/generator.js';
import { loadRegionText } from '../../src/config/load.js';
import { KIT } from '../../src/deployment/kit.js';
import { parseChecklistYaml } from '../../src/checklist/parse.js';
import type { AppConfig } from '../../src/generated/app-config.types.js';
import { writeDeployment, type WriteOutcome } from '../../src/deployment/writer.js';
import { loadBaseStore } from '../../src/deployment/upgrade/read-deployment.js';
import { tempDir } from '../helpers/cli.js';
import { EDIT, OLDER, OLDER_KIT, ROOT, editDeployment, olderKitDirs, writeWithOlderKit } from './older-kit.js';

describe('yo mpp on a deployment written by an older kit', () => {
  it('upgrades it through the one writer: every edit kept, the kit\'s changes merged in, the overlap marked', async () => {
    const loaded = loadRegionText(readFileSync(join(ROOT, 'examples', 'badung', 'mpp.yaml'), 'utf8'), { lang: 'id' });
    if (!loaded.ok) throw new Error('badung');
    const dir = join(tempDir('mpp-yo-upgrade-'), 'badung');
    await writeWithOlderKit(olderKitDirs(), loaded.value, dir);
    const page = editDeployment(dir);
    expect(parse(readFileSync(join(dir, 'mpp.yaml'), 'utf8')).generatedBy).toEqual(OLDER_KIT);

    const result: { outcome?: WriteOutcome } = {};
    await helpers
      .run(AppGenerator as never, { namespace: 'mpp:app', resolved: join(ROOT, 'generators/app/index.js') } as never)
      .cd(dir)
      // yeoman-test passes --force unless told otherwise.
      .withOptions({ lang: 'en', interactive: false, skipInstall: true, force: false, result });
    const outcome = result.outcome as WriteOutcome;
    expect(outcome.plan).toMatchObject({ from: OLDER_KIT.version, to: KIT.version, coverage: 'all' });
    const kinds = Object.fromEntries(outcome.plan.decisions.map((d) => [d.path, d.kind]));
    expect(kinds).toMatchObject({ 'checklist/checklist.yaml': 'merge', 'app/app-config.json': 'merge', [page]: 'merge', 'README.md': 'conflict', 'mpp.yaml': 'replace' });

    const read = (path: string) => readFileSync(join(dir, path), 'utf8');
    const checklist = parseChecklistYaml(read('checklist/checklist.yaml'));
    expect(checklist.items.find((i) => i.id === EDIT.checklistItem)).toMatchObject({ status: 'selesai', notes: EDIT.checklistNotes });
    expect(checklist.items.some((i) => i.id === OLDER.missingItem)).toBe(true);
    expect(read(page)).toContain(EDIT.requirements);
    expect(read(page)).toContain('## Saluran pengaduan');
    const config = JSON.parse(read('app/app-config.json')) as AppConfig;
    expect(config.queue.onlineBookingShare).toBe(EDIT.onlineBookingShare);
    expect(config.queue.display.welcome).not.toEqual(OLDER.oldWelcome);
    expect(read('README.md')).toContain(`>>>>>>> kit generator-mpp@${KIT.version}`);
    expect(parse(read('mpp.yaml')).generatedBy).toEqual(KIT);
    expect(loadBaseStore(dir).kit).toEqual(KIT);
  }, 180_000);

  it('asks through Yeoman\'s prompt in a terminal: an overlap kept on request stays as the user left it', async () => {
    const dir = join(tempDir('mpp-yo-ask-'), 'contoh');
    const minimal = loadRegionText(readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8'), { lang: 'id' });
    if (!minimal.ok) throw new Error('minimal');
    await writeDeployment(minimal.value, { dir, lang: 'id' });
    writeFileSync(join(dir, 'README.md'), '# Catatan kami\n');
    writeFileSync(join(dir, 'en.yaml'), readFileSync(join(ROOT, 'test', 'fixtures', 'minimal.yaml'), 'utf8').replace('schemaVersion: 1\n', 'schemaVersion: 1\nlang: en\n'));
    const result: { outcome?: WriteOutcome } = {};
    const asked: string[] = [];
    await helpers
      .run(AppGenerator as never, { namespace: 'mpp:app', resolved: join(ROOT, 'generators/app/index.js') } as never)
      .cd(dir)
      .withOptions({ lang: 'en', answers: 'en.yaml', interactive: true, skipInstall: true, force: false, result })
      .withAnswers({ conflict: 'keep' }, { callback: (answer: unknown, options: { question: { message: string } }) => (asked.push(options.question.message), answer) } as never);
    expect(asked).toEqual(['You and mpp-kit both changed README.md in the same places. What should happen?']);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# Catatan kami\n');
    expect(result.outcome?.plan.decisions.find((d) => d.path === 'README.md')).toMatchObject({ kind: 'keep', reason: 'chosen' });
  });
});
