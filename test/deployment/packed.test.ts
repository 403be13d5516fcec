import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDeployment, renderChecklistViews } from '../../src/deployment/build.js';
import { parseChecklistYaml } from '../../src/checklist/parse.js';
import { CHECKLIST_PATH } from '../../src/deployment/upgrade/merge-file.js';
import { decideFile } from '../../src/deployment/decide.js';
import { KIT } from '../../src/deployment/kit.js';
import { writeDeployment } from '../../src/deployment/writer.js';
import { BASE_INDEX, baseStoreFiles, objectPath } from '../../src/deployment/upgrade/base-store.js';
import { asText, byteSize, hashOf, isRenderedText, toBytes } from '../../src/deployment/upgrade/content.js';
import { packFile, PackedFile } from '../../src/deployment/upgrade/packed.js';
import { validateRegion } from '../../src/config/load.js';
import { TextParts } from '../../src/render/text-parts.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const HOSTILE = `<Dinas {A}> "x" & 'y' \u2019 \u{1F600}\n`;

function filesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

describe('packFile: a rendered file held as its base-store object until written', () => {
  it('gives back the same bytes, hash and size, and is the object the store writes for the text', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
    for (const content of [HOSTILE, '', bytes]) {
      const packed = packFile(content);
      expect(toBytes(packed)).toEqual(toBytes(content));
      expect(hashOf(packed)).toBe(hashOf(content));
      expect(byteSize(packed)).toBe(byteSize(content));
      expect(isRenderedText(packed)).toBe(typeof content === 'string');
      expect(asText(packed)).toBe(asText(content));
      const store = (c: string | Uint8Array | PackedFile) => baseStoreFiles({ 'a.txt': { hash: hashOf(c), kit: '0.2.0', content: c } }, KIT);
      expect(store(packed)).toEqual(store(content));
      expect(new Uint8Array(gunzipSync(packed.object))).toEqual(toBytes(content));
    }
  });

  it('packs text in pieces exactly as the joined text', () => {
    const parts = new TextParts(['{\n  "a": ', JSON.stringify(HOSTILE), ',\n  "b": "plain"', '\n}\n']);
    const packed = packFile(parts);
    const joined = packFile(parts.text());
    expect(packed).toEqual(joined);
    expect(asText(packed)).toBe(parts.text());
  });

  it.each([false, true])('packs text made piece by piece (one and two bytes a character, surrogate pairs) as the joined text (cheap to read again: %s)', (cheap) => {
    let readings = 0;
    const parts = new TextParts(function* () {
      readings++;
      yield 'plain Latin-1 caf\u00e9\n';
      yield HOSTILE;
      yield '';
      yield '\u{1F600}'.repeat(3);
    }, cheap);
    expect(packFile(parts)).toEqual(packFile(parts.text()));
    // Read twice (size, then bytes) only when reading again is cheap; +1: parts.text() above.
    expect(readings).toBe(cheap ? 3 : 2);
  });

  it('refuses text in pieces that changes between two readings', () => {
    for (const change of [1, -1]) {
      let readings = 0;
      const unstable = new TextParts(function* () {
        yield 'x'.repeat(3 + change * readings++);
      }, true);
      expect(() => packFile(unstable)).toThrow(/changed between two readings/);
    }
  });

  it('is decided as the file it holds: text merges, bytes never do', () => {
    const context = { kitVersion: '0.2.0' };
    const base = { hash: hashOf('a\nold\nm\nz\n'), kit: '0.1.0', content: 'a\nold\nm\nz\n' };
    const text = { path: 'edited.md', base, current: 'a\nold\nm\nz, mine\n' };
    const plain = decideFile({ ...text, next: 'a\nnew\nm\nz\n' }, context);
    const packed = decideFile({ ...text, next: packFile('a\nnew\nm\nz\n') }, context);
    expect(packed).toMatchObject({ kind: 'merge', content: 'a\nnew\nm\nz, mine\n', record: { hash: hashOf('a\nnew\nm\nz\n') } });
    expect(plain).toMatchObject({ kind: packed.kind, content: (packed as { content: string }).content });
    const binary = { path: 'x.xlsx', base: { hash: hashOf(new Uint8Array([1])), content: new Uint8Array([1]) }, current: new Uint8Array([2]) };
    expect(decideFile({ ...binary, next: packFile(new Uint8Array([3])) }, context)).toMatchObject({ kind: 'keep', reason: 'binary' });
    expect(decideFile({ ...binary, next: new Uint8Array([3]) }, context)).toMatchObject({ kind: 'keep', reason: 'binary' });
  });
});

describe('buildDeployment renders the checklist views as renderChecklistViews does', () => {
  it.each(['test/fixtures/hostile.yaml', 'examples/muna-barat/mpp.yaml'])('%s', async (answers) => {
    const loaded = validateRegion(parse(readFileSync(join(ROOT, answers), 'utf8')), { lang: 'id' });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues.slice(0, 2)));
    const built = await buildDeployment(loaded.value, { lang: 'id', kit: KIT });
    const checklist = parseChecklistYaml(asText(built.files[CHECKLIST_PATH]) ?? '');
    const lang = loaded.value.lang ?? 'id';
    const others = Object.fromEntries(Object.entries(built.files).filter(([path]) => !path.startsWith('checklist/') && path !== 'dashboard.html'));
    const views = await renderChecklistViews(built.completed, checklist, built.layout, others, lang);
    expect(Object.keys(others).length + Object.keys(views).length).toBe(Object.keys(built.files).length);
    for (const [path, content] of Object.entries(views)) expect(toBytes(built.files[path]), path).toEqual(toBytes(content));
    // Every other file first, the five documents next, the dashboard (which lists them all) last.
    const paths = Object.keys(built.files);
    expect(paths.at(-1)).toBe('dashboard.html');
    expect(paths.slice(-6, -1)).toEqual(Object.keys(views).filter((p) => p !== 'dashboard.html'));
  });
});

describe('the writer writes what the build renders, byte for byte, though it holds every file packed', () => {
  it.each(['test/fixtures/hostile.yaml', 'examples/muna-barat/mpp.yaml'])('%s', async (answers) => {
    const loaded = validateRegion(parse(readFileSync(join(ROOT, answers), 'utf8')), { lang: 'id' });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues.slice(0, 2)));
    const dir = join(tempDir(), 'd');
    const outcome = await writeDeployment(loaded.value, { dir, lang: 'id' });
    const built = await buildDeployment(loaded.value, { lang: 'id', kit: KIT });
    const paths = Object.keys(built.files).sort();
    expect(Object.keys(outcome.deployment.files).sort()).toEqual(paths);
    for (const path of paths) {
      expect(outcome.deployment.files[path], path).toBeInstanceOf(PackedFile);
      expect(readFileSync(join(dir, path)), path).toEqual(Buffer.from(toBytes(built.files[path])));
    }
    // The store holds one object per content, each the same gzip the store makes of the text.
    const store = baseStoreFiles(Object.fromEntries(paths.map((path) => [path, { hash: hashOf(built.files[path]), kit: KIT.version, content: built.files[path] }])), KIT);
    expect(filesBelow(join(dir, '.mpp')).map((path) => `.mpp/${path}`)).toEqual(Object.keys(store).sort());
    for (const [path, content] of Object.entries(store)) expect(readFileSync(join(dir, path)), path).toEqual(Buffer.from(toBytes(content)));
    expect(Object.keys(store)).toContain(BASE_INDEX);
    expect(Object.keys(store)).toContain(objectPath(hashOf(built.files['app/app-config.json'])));
  });
});
