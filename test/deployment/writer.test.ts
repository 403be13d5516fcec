import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decideFiles, resolveConflicts, type FileDecision } from '../../src/deployment/decide.js';
import { contentHash, readRunState } from '../../src/deployment/manifest.js';
import { writeDeployment } from '../../src/deployment/writer.js';
import { validateRegion } from '../../src/config/load.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { removeItem } from '../../src/grow/remove.js';
import { ROOT, snapshotDir, tempDir } from '../helpers/cli.js';

const bytes = (text: string) => Buffer.from(text);
const kinds = (decisions: FileDecision[]) => Object.fromEntries(decisions.map((d) => [d.path, d.kind === 'replace' || d.kind === 'kept-edited' ? `${d.kind}:${d.reason}` : d.kind]));

describe('decideFiles: one decision per file, from the new files, the last manifest and the disk', () => {
  const previous = { 'same.md': contentHash('same'), 'untouched.md': contentHash('old'), 'edited.md': contentHash('old'), 'merged.yaml': contentHash('old'), 'stale.md': contentHash('gone'), 'stale-edited.md': contentHash('gone'), 'removed-by-user.md': contentHash('x') };
  const onDisk = new Map([
    ['same.md', bytes('same')], ['untouched.md', bytes('old')], ['edited.md', bytes('mine')], ['merged.yaml', bytes('mine')],
    ['stale.md', bytes('gone')], ['stale-edited.md', bytes('mine')], ['foreign.md', bytes('not ours')],
  ]);
  const files = { 'same.md': 'same', 'untouched.md': 'new', 'edited.md': 'new', 'merged.yaml': 'new', 'fresh.md': 'new', 'foreign.md': 'new' };

  it('covers every kind, sorted by path', () => {
    const decisions = decideFiles({ files, previous, onDisk, merged: new Set(['merged.yaml']) });
    expect(decisions.map((d) => d.path)).toEqual([...decisions.map((d) => d.path)].sort());
    expect(kinds(decisions)).toEqual({
      'same.md': 'unchanged',
      'untouched.md': 'replace:untouched',
      'edited.md': 'conflict',
      'merged.yaml': 'replace:merged',
      'fresh.md': 'new',
      // On disk but never written by the kit: the user's file, a conflict.
      'foreign.md': 'conflict',
      'stale.md': 'delete',
      'stale-edited.md': 'kept-edited:stale',
    });
  });

  it('--force replaces edited files but never deletes an edited stale one; a first run has no manifest', () => {
    expect(kinds(decideFiles({ files, previous, onDisk, force: true }))).toMatchObject({ 'edited.md': 'replace:forced', 'foreign.md': 'replace:forced', 'stale-edited.md': 'kept-edited:stale' });
    expect(kinds(decideFiles({ files: { 'a.md': 'x' }, previous: undefined, onDisk: new Map([['a.md', bytes('y')]]) }))).toEqual({ 'a.md': 'conflict' });
  });

  it('settles conflicts by asking, or keeps the user\'s version when nobody can be asked', async () => {
    const decisions = decideFiles({ files, previous, onDisk });
    const asked: string[] = [];
    const settled = await resolveConflicts(decisions, async (path) => {
      asked.push(path);
      return path === 'edited.md' ? 'overwrite' : 'keep';
    });
    expect(asked).toEqual(['edited.md', 'foreign.md', 'merged.yaml']);
    expect(kinds(settled)).toMatchObject({ 'edited.md': 'replace:confirmed', 'foreign.md': 'kept-edited:conflict' });
    expect(kinds(await resolveConflicts(decisions))).toMatchObject({ 'edited.md': 'kept-edited:conflict' });
  });
});

describe('writeDeployment: the one writer', () => {
  const minimal = (): RegionAnswers => {
    const loaded = validateRegion(parse(readFileSync(join(ROOT, 'test/fixtures/minimal.yaml'), 'utf8')), { lang: 'id' });
    if (!loaded.ok) throw new Error('fixture');
    return loaded.value;
  };

  it('writes a first run with its run state; a dry run writes nothing and says what it would do', async () => {
    const dir = join(tempDir(), 'd');
    const dry = await writeDeployment(minimal(), { dir, lang: 'id', dryRun: true });
    expect(existsSync(dir)).toBe(false);
    expect(new Set(dry.decisions.map((d) => d.kind))).toEqual(new Set(['new']));
    const first = await writeDeployment(minimal(), { dir, lang: 'id' });
    expect(first.kept).toEqual([]);
    const state = readRunState(dir);
    expect(Object.keys(state.manifest ?? {}).sort()).toEqual(Object.keys(first.deployment.files).sort());
    expect((state.answers as RegionAnswers).region.slug).toBe('contoh');
    const again = await writeDeployment(minimal(), { dir, lang: 'id' });
    expect(new Set(again.decisions.map((d) => d.kind))).toEqual(new Set(['unchanged']));
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
    expect(outcome.decisions.find((d) => d.path === 'app/standar-pelayanan/samsat/pkb.md')?.kind).toBe('delete');
    expect(existsSync(pages)).toBe(false);
    // Put it back, edit its page by hand, remove it again: the page (and its folder) stay.
    await writeDeployment(region, { dir, lang: 'id', merged: ['mpp.yaml'] });
    writeFileSync(join(pages, 'pkb.md'), '# catatan\n');
    const kept = await writeDeployment(removal.value.region, { dir, lang: 'id', merged: ['mpp.yaml'] });
    expect(kept.decisions.find((d) => d.path === 'app/standar-pelayanan/samsat/pkb.md')).toEqual({ kind: 'kept-edited', path: 'app/standar-pelayanan/samsat/pkb.md', reason: 'stale' });
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
});
