import { existsSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parse, parseDocument, type YAMLMap } from 'yaml';
import type { FileDecision } from '../../src/deployment/decide.js';
import { readRunState } from '../../src/deployment/manifest.js';
import { planFiles, type FilePlan } from '../../src/deployment/plan-files.js';
import { conflictQuestion, settleDecisions, type ConflictQuestion } from '../../src/deployment/settle.js';
import { writeDeployment } from '../../src/deployment/writer.js';
import { KIT } from '../../src/deployment/kit.js';
import { BASE_INDEX, objectPath, type BaseVersion } from '../../src/deployment/upgrade/base-store.js';
import { hashOf } from '../../src/deployment/upgrade/content.js';
import { listStoreFiles, loadBaseStore } from '../../src/deployment/upgrade/read-deployment.js';
import { parseChecklistYaml } from '../../src/checklist/parse.js';
import { validateRegion } from '../../src/config/load.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { removeItem } from '../../src/grow/remove.js';
import { ROOT, snapshotDir, tempDir } from '../helpers/cli.js';

const kit = { kit: 'generator-mpp', version: '0.2.0' };
const record = (content: string): BaseVersion => ({ hash: hashOf(content), kit: '0.1.0', content });
const kinds = (decisions: FileDecision[]) =>
  Object.fromEntries(decisions.map((d) => [d.path, d.kind === 'replace' || d.kind === 'keep' ? `${d.kind}:${d.reason}` : d.kind]));
const byPath = (plan: FilePlan, path: string) => plan.decisions.find((d) => d.path === path) as FileDecision;

describe('planFiles: one decision per file, from what the kit writes now, what it wrote last time and the folder', () => {
  const base = { files: { 'same.md': record('same'), 'untouched.md': record('old'), 'edited.md': record('a\nold\nm\nz\n'), 'overlap.md': record('a\nold\nz\n'), 'only-user.md': record('old'), 'stale.md': record('gone'), 'stale-edited.md': record('gone') }, damaged: [] };
  const current = { 'same.md': 'same', 'untouched.md': 'old', 'edited.md': 'a\nold\nm\nz, mine\n', 'overlap.md': 'a\nmine\nz\n', 'only-user.md': 'mine', 'stale.md': 'gone', 'stale-edited.md': 'mine', 'foreign.md': 'not ours', 'mpp.yaml': 'mine' };
  const next = { 'same.md': 'same', 'untouched.md': 'new', 'edited.md': 'a\nnew\nm\nz\n', 'overlap.md': 'a\nkit\nz\n', 'only-user.md': 'old', 'fresh.md': 'new', 'foreign.md': 'new', 'mpp.yaml': 'rebuilt' };

  it('covers every kind, sorted by path, and never plans the store itself', () => {
    const plan = planFiles({ next: { ...next, '.mpp/base/index.json': '{}' }, current, base, kit, from: '0.1.0', merged: ['mpp.yaml'] });
    expect(plan.decisions.map((d) => d.path)).toEqual([...plan.decisions.map((d) => d.path)].sort());
    expect(kinds(plan.decisions)).toEqual({
      'edited.md': 'merge',
      'foreign.md': 'keep:no-base',
      'fresh.md': 'new',
      'mpp.yaml': 'replace:merged',
      'only-user.md': 'keep:kit-unchanged',
      'overlap.md': 'conflict',
      'same.md': 'unchanged',
      'stale-edited.md': 'keep-edited-orphan',
      'stale.md': 'delete',
      'untouched.md': 'replace:untouched',
    });
    expect(byPath(plan, 'edited.md')).toMatchObject({ content: 'a\nnew\nm\nz, mine\n', record: { hash: hashOf('a\nnew\nm\nz\n'), kit: '0.2.0' } });
    expect(plan).toMatchObject({ from: '0.1.0', to: '0.2.0', coverage: 'all' });
  });

  it('--force replaces edited files with the kit\'s version but never deletes an edited stale one', () => {
    const plan = planFiles({ next, current, base, kit, force: true });
    expect(kinds(plan.decisions)).toMatchObject({ 'edited.md': 'replace:forced', 'overlap.md': 'replace:forced', 'foreign.md': 'replace:forced', 'only-user.md': 'replace:forced', 'stale-edited.md': 'keep-edited-orphan' });
  });

  it('asks only about overlapping lines and unmergeable files; without anyone to ask, the defaults stand', async () => {
    const plan = planFiles({ next, current, base, kit, merged: ['mpp.yaml'] });
    const asked: ConflictQuestion[] = [];
    const answers: Record<string, 'keep' | 'overwrite' | 'merge'> = { 'overlap.md': 'keep', 'foreign.md': 'overwrite' };
    const settled = await settleDecisions(plan.decisions, 'en', async (question) => {
      asked.push(question);
      return answers[question.path];
    });
    expect(asked.map((q) => [q.path, q.choices.map((c) => c.value), q.default])).toEqual([
      ['foreign.md', ['keep', 'overwrite'], 'keep'],
      ['overlap.md', ['merge', 'keep', 'overwrite'], 'merge'],
    ]);
    expect(asked[1].message).toBe('You and mpp-kit both changed overlap.md in the same places. What should happen?');
    // Kept on request: the old base stays the record, so the next run merges against it again.
    expect(settled.find((d) => d.path === 'overlap.md')).toMatchObject({ kind: 'keep', reason: 'chosen', record: { hash: hashOf('a\nold\nz\n'), kit: '0.1.0' } });
    expect(settled.find((d) => d.path === 'foreign.md')).toMatchObject({ kind: 'replace', reason: 'confirmed', content: 'new', record: { hash: hashOf('new') } });
    expect(kinds(await settleDecisions(plan.decisions, 'id'))).toEqual(kinds(plan.decisions));
    expect(conflictQuestion(byPath(plan, 'edited.md'), 'id')).toBeUndefined();
  });

  it('tells how much of the base is known', () => {
    const hashes = { files: { 'a.md': { hash: hashOf('a') } }, damaged: [] };
    expect(planFiles({ next, current, base: hashes, kit }).coverage).toBe('hashes');
    expect(planFiles({ next, current, base: { files: { ...base.files, ...hashes.files } , damaged: [] }, kit }).coverage).toBe('partial');
    expect(planFiles({ next, current, base: { files: {}, damaged: [] }, kit }).coverage).toBe('none');
  });
});

describe('writeDeployment: the one writer', () => {
  const minimal = (): RegionAnswers => {
    const loaded = validateRegion(parse(readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8')), { lang: 'id' });
    if (!loaded.ok) throw new Error('fixture');
    return loaded.value;
  };

  it('writes a first run with its base store, the kit in mpp.yaml and the run state; a dry run writes nothing', async () => {
    const dir = join(tempDir(), 'd');
    const dry = await writeDeployment(minimal(), { dir, lang: 'id', dryRun: true });
    expect(existsSync(dir)).toBe(false);
    expect(new Set(dry.plan.decisions.map((d) => d.kind))).toEqual(new Set(['new']));
    const first = await writeDeployment(minimal(), { dir, lang: 'id' });
    expect(parse(readFileSync(join(dir, 'mpp.yaml'), 'utf8')).generatedBy).toEqual(KIT);
    const state = readRunState(dir);
    const paths = Object.keys(first.deployment.files).sort();
    expect(Object.keys(state.manifest ?? {}).sort()).toEqual(paths);
    // The answers live in mpp.yaml only: the run state keeps the manifest of written files.
    expect(Object.keys(JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'))['generator-mpp'])).toEqual(['generated']);
    // The store holds exactly what was written, each path with the kit's version; never itself.
    const store = loadBaseStore(dir);
    expect(store.kit).toEqual(KIT);
    expect(store.damaged).toEqual([]);
    expect(Object.keys(store.files).sort()).toEqual(paths);
    for (const path of paths) expect(hashOf(store.files[path].content ?? ''), path).toBe(hashOf(readFileSync(join(dir, path))));
    expect(Object.keys(store.files).some((p) => p.startsWith('.mpp'))).toBe(false);
    // Again: nothing changes, the store's objects are not written again.
    const index = statSync(join(dir, BASE_INDEX)).mtimeMs;
    const object = objectPath(hashOf(readFileSync(join(dir, 'README.md'))));
    const objectTime = statSync(join(dir, object)).mtimeMs;
    const before = snapshotDir(dir);
    const again = await writeDeployment(minimal(), { dir, lang: 'id' });
    expect(new Set(again.plan.decisions.map((d) => d.kind))).toEqual(new Set(['unchanged']));
    expect(snapshotDir(dir)).toEqual(before);
    expect(statSync(join(dir, object)).mtimeMs).toBe(objectTime);
    expect(statSync(join(dir, BASE_INDEX)).mtimeMs).toBeGreaterThanOrEqual(index);
  });

  it('merges a hand edit with the kit\'s change, keeps an edit the kit did not touch, and drops old objects from the store', async () => {
    const dir = join(tempDir(), 'd');
    const region = minimal();
    await writeDeployment(region, { dir, lang: 'id' });
    const readme = join(dir, 'README.md');
    writeFileSync(readme, `${readFileSync(readme, 'utf8')}\nCatatan tim DPMPTSP.\n`);
    const page = join(dir, 'app', 'standar-pelayanan', 'dukcapil', 'ktp-el.md');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\nCatatan loket.\n`);
    const oldReadme = objectPath(loadBaseStore(dir).files['README.md'].hash);
    // The region renames its MPP: the README changes at its top, the page of KTP-el does not.
    const renamed = { ...region, mpp: { ...region.mpp, name: 'MPP Contoh Baru' } };
    const outcome = await writeDeployment(renamed, { dir, lang: 'id' });
    expect(byPath(outcome.plan, 'README.md')).toMatchObject({ kind: 'merge', strategy: 'text' });
    expect(readFileSync(readme, 'utf8')).toContain('MPP Contoh Baru');
    expect(readFileSync(readme, 'utf8')).toContain('Catatan tim DPMPTSP.');
    expect(outcome.markers).toEqual([]);
    expect(byPath(outcome.plan, 'app/standar-pelayanan/dukcapil/ktp-el.md').kind).toMatch(/^(keep|merge)$/);
    expect(readFileSync(page, 'utf8')).toContain('Catatan loket.');
    // The store records what the kit wrote (not the merged file), and no longer holds the old README.
    const store = loadBaseStore(dir);
    expect(new TextDecoder().decode(store.files['README.md'].content as Uint8Array)).not.toContain('Catatan tim DPMPTSP.');
    expect(listStoreFiles(dir)).not.toContain(oldReadme);
    expect(listStoreFiles(dir).filter((p) => p.endsWith('.gz')).length).toBe(new Set(Object.values(store.files).map((r) => r.hash)).size);
  });

  it('renders the checklist\'s documents from the checklist merged with the user\'s, not from the kit\'s plan', async () => {
    const dir = join(tempDir(), 'd');
    const region = minimal();
    await writeDeployment(region, { dir, lang: 'en' });
    const path = join(dir, 'checklist', 'checklist.yaml');
    const doc = parseDocument(readFileSync(path, 'utf8'));
    const items = doc.get('items');
    if (!isSeq(items)) throw new Error('items');
    const item = items.items[0] as YAMLMap;
    const id = String(item.get('id'));
    const title = '<Judul {A}> "kami" & \'ubah\'';
    (item.get('title') as YAMLMap).set('id', title);
    item.set('status', 'proses');
    writeFileSync(path, doc.toString({ lineWidth: 0 }));
    // A new agency: the kit's checklist and its documents change too.
    const grown = { ...region, agencies: [...region.agencies, { id: 'arsip', name: 'Dinas Arsip', kind: 'opd' as const, plannedCounters: 1 }], services: [...region.services, { id: 'arsip-statis', agency: 'arsip', name: 'Arsip Statis', visitorsPerDay: 5, handlingMinutes: 9 }] };
    const outcome = await writeDeployment(grown, { dir, lang: 'id', merged: ['mpp.yaml'] });
    expect(byPath(outcome.plan, 'checklist/checklist.yaml')).toMatchObject({ kind: 'merge', strategy: 'checklist' });
    const merged = parseChecklistYaml(readFileSync(path, 'utf8'));
    expect(merged.items.find((i) => i.id === id)).toMatchObject({ status: 'proses', title: { id: title } });
    expect(merged.items.some((i) => i.id.includes('arsip'))).toBe(true);
    for (const view of ['checklist/checklist.md', 'checklist/checklist.csv']) {
      expect(byPath(outcome.plan, view).kind, view).toBe('replace');
      expect(readFileSync(join(dir, view), 'utf8'), view).toContain('kami');
    }
    expect(readFileSync(join(dir, 'dashboard.html'), 'utf8')).toContain('arsip');
    // The record of checklist.yaml is the kit's plan: the next run still sees the title as the user's edit.
    const store = loadBaseStore(dir);
    expect(new TextDecoder().decode(store.files['checklist/checklist.yaml'].content as Uint8Array)).not.toContain('Judul {A}');
    const again = await writeDeployment(grown, { dir, lang: 'id', merged: ['mpp.yaml'] });
    expect(byPath(again.plan, 'checklist/checklist.yaml')).toMatchObject({ kind: 'keep', reason: 'kit-unchanged' });
    expect(parseChecklistYaml(readFileSync(path, 'utf8')).items.find((i) => i.id === id)?.title.id).toBe(title);
  });

  it('deletes the unedited files of a removed agency with the folder they leave empty, keeps edited ones', async () => {
    const dir = join(tempDir(), 'd');
    const region = minimal();
    await writeDeployment(region, { dir, lang: 'id' });
    const pages = join(dir, 'app', 'standar-pelayanan', 'samsat');
    expect(existsSync(join(pages, 'pkb.md'))).toBe(true);
    const removal = removeItem(region, 'agency', 'samsat', { lang: 'id', cascade: true });
    if (!removal.ok) throw new Error(JSON.stringify(removal.issues));
    const outcome = await writeDeployment(removal.value.region, { dir, lang: 'id', merged: ['mpp.yaml'] });
    expect(byPath(outcome.plan, 'app/standar-pelayanan/samsat/pkb.md').kind).toBe('delete');
    expect(existsSync(pages)).toBe(false);
    expect(loadBaseStore(dir).files['app/standar-pelayanan/samsat/pkb.md']).toBeUndefined();
    // Put it back, edit its page by hand, remove it again: the page (and its folder) stay.
    await writeDeployment(region, { dir, lang: 'id', merged: ['mpp.yaml'] });
    writeFileSync(join(pages, 'pkb.md'), '# catatan\n');
    const kept = await writeDeployment(removal.value.region, { dir, lang: 'id', merged: ['mpp.yaml'] });
    expect(byPath(kept.plan, 'app/standar-pelayanan/samsat/pkb.md')).toMatchObject({ kind: 'keep-edited-orphan' });
    expect(readFileSync(join(pages, 'pkb.md'), 'utf8')).toBe('# catatan\n');
  });

  it('refuses a corrupted previous checklist before writing anything', async () => {
    const dir = join(tempDir(), 'd');
    await writeDeployment(minimal(), { dir, lang: 'en' });
    mkdirSync(join(dir, 'checklist'), { recursive: true });
    writeFileSync(join(dir, 'checklist', 'checklist.yaml'), 'items: [broken\n');
    const before = snapshotDir(dir);
    await expect(writeDeployment(minimal(), { dir, lang: 'en', force: true })).rejects.toThrow(/checklist/);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('survives a damaged store: a broken index or a corrupt object only loses what it held', async () => {
    const dir = join(tempDir(), 'd');
    const region = minimal();
    await writeDeployment(region, { dir, lang: 'id' });
    const readme = join(dir, 'README.md');
    writeFileSync(join(dir, objectPath(hashOf(readFileSync(readme)))), 'not gzip');
    writeFileSync(readme, `${readFileSync(readme, 'utf8')}\nCatatan.\n`);
    const renamed = { ...region, mpp: { ...region.mpp, name: 'MPP Contoh Baru' } };
    // The README's bytes are gone: it is kept as the user's (its hash still tells it was edited).
    const outcome = await writeDeployment(renamed, { dir, lang: 'id' });
    expect(outcome.plan.coverage).toBe('partial');
    expect(byPath(outcome.plan, 'README.md')).toMatchObject({ kind: 'keep', reason: 'no-base', known: 'hash' });
    expect(readFileSync(readme, 'utf8')).toContain('Catatan.');
    // The index broken: the manifest of the last run still tells untouched files.
    writeFileSync(join(dir, BASE_INDEX), '{ broken');
    const again = await writeDeployment(region, { dir, lang: 'id' });
    expect(again.plan.coverage).toBe('hashes');
    expect(loadBaseStore(dir).damaged).toEqual([]);
  });

  it('never writes through a symbolic link put in a file\'s place: the link is replaced, its target left alone', async () => {
    const dir = join(tempDir(), 'd');
    await writeDeployment(minimal(), { dir, lang: 'id' });
    const outside = join(tempDir(), 'outside.md');
    writeFileSync(outside, 'not the kit\'s\n');
    const readme = join(dir, 'README.md');
    unlinkSync(readme);
    symlinkSync(outside, readme);
    await writeDeployment(minimal(), { dir, lang: 'id' });
    expect(readFileSync(outside, 'utf8')).toBe('not the kit\'s\n');
    expect(lstatSync(readme).isSymbolicLink()).toBe(false);
    expect(readFileSync(readme, 'utf8')).toContain('Kabupaten Contoh');
  });
});
