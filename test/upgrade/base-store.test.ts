import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASE_INDEX, baseStoreFiles, objectPath, readBaseStore, staleStorePaths, withManifest } from '../../src/upgrade/base-store.js';
import { loadBaseStore, readCurrentFiles } from '../../src/upgrade/read-deployment.js';
import { hashOf, toBytes } from '../../src/upgrade/content.js';
import type { DeploymentFiles } from '../../src/deployment/files.js';

const KIT = { kit: 'generator-mpp', version: '0.2.0' };
const records = {
  'README.md': { hash: hashOf('# <Dinas {A}> "x" & \'y\'\n'), kit: '0.2.0', content: '# <Dinas {A}> "x" & \'y\'\n' },
  'app/a.md': { hash: hashOf('same'), kit: '0.2.0', content: 'same' },
  'app/b.md': { hash: hashOf('same'), kit: '0.1.0', content: 'same' },
  'checklist/checklist.xlsx': { hash: hashOf(new Uint8Array([1, 2, 3])), content: new Uint8Array([1, 2, 3]) },
  'layout/kept.svg': { hash: 'a'.repeat(64), kit: '0.1.0' },
};
const reader = (files: DeploymentFiles) => (path: string) => (files[path] === undefined ? undefined : toBytes(files[path]));

describe('the base store', () => {
  it('stores each distinct content once, gzip, with an index of paths, hashes and kit versions', () => {
    const files = baseStoreFiles(records, KIT);
    const objects = Object.keys(files).filter((p) => p !== BASE_INDEX);
    expect(objects.sort()).toEqual([objectPath(hashOf('# <Dinas {A}> "x" & \'y\'\n')), objectPath(hashOf('same')), objectPath(hashOf(new Uint8Array([1, 2, 3])))].sort());
    expect(objectPath(hashOf('same'))).toMatch(/^\.mpp\/base\/objects\/[0-9a-f]{2}\/[0-9a-f]{64}\.gz$/);
    const object = files[objectPath(hashOf('same'))] as Uint8Array;
    expect(object[9]).toBe(0xff);
    expect(new TextDecoder().decode(gunzipSync(object))).toBe('same');
    const index = JSON.parse(files[BASE_INDEX] as string);
    expect(index).toEqual({
      format: 1,
      kit: KIT,
      files: {
        'README.md': { sha256: hashOf('# <Dinas {A}> "x" & \'y\'\n'), kit: '0.2.0' },
        'app/a.md': { sha256: hashOf('same'), kit: '0.2.0' },
        'app/b.md': { sha256: hashOf('same'), kit: '0.1.0' },
        'checklist/checklist.xlsx': { sha256: hashOf(new Uint8Array([1, 2, 3])) },
        'layout/kept.svg': { sha256: 'a'.repeat(64), kit: '0.1.0' },
      },
    });
    expect(baseStoreFiles(records, KIT)).toEqual(files);
  });

  it('reads back what it stored, content included', () => {
    const snapshot = readBaseStore(reader(baseStoreFiles(records, KIT)));
    expect(snapshot.kit).toEqual(KIT);
    expect(snapshot.damaged).toEqual(['layout/kept.svg']);
    expect(new TextDecoder().decode(snapshot.files['README.md'].content as Uint8Array)).toBe(records['README.md'].content);
    expect(snapshot.files['checklist/checklist.xlsx'].content).toEqual(new Uint8Array([1, 2, 3]));
    expect(snapshot.files['layout/kept.svg']).toEqual({ hash: 'a'.repeat(64), kit: '0.1.0' });
  });

  it('tolerates a missing, broken or partial store, and refuses paths outside the deployment', () => {
    expect(readBaseStore(() => undefined)).toEqual({ files: {}, damaged: [] });
    expect(readBaseStore(reader({ [BASE_INDEX]: '{ not json' }))).toEqual({ files: {}, damaged: [BASE_INDEX] });
    expect(readBaseStore(reader({ [BASE_INDEX]: '{"format": 99, "files": {}}' }))).toEqual({ files: {}, damaged: [BASE_INDEX] });
    const stored = baseStoreFiles(records, KIT);
    const corrupt = { ...stored, [objectPath(hashOf('same'))]: new Uint8Array([0x1f, 0x8b, 0, 1]) };
    delete corrupt[objectPath(hashOf(new Uint8Array([1, 2, 3])))];
    const partial = readBaseStore(reader(corrupt));
    expect(partial.files['app/a.md']).toEqual({ hash: hashOf('same'), kit: '0.2.0' });
    expect(partial.files['checklist/checklist.xlsx']).toEqual({ hash: hashOf(new Uint8Array([1, 2, 3])) });
    expect(partial.damaged).toEqual(['app/a.md', 'app/b.md', 'checklist/checklist.xlsx', 'layout/kept.svg']);
    const hostile = JSON.stringify({
      format: 1,
      kit: KIT,
      files: { '../outside': { sha256: 'b'.repeat(64) }, '/etc/passwd': { sha256: 'b'.repeat(64) }, '.mpp/base/index.json': { sha256: 'b'.repeat(64) }, 'ok.md': { sha256: '../../x' }, 'a\\b': { sha256: 'b'.repeat(64) } },
    });
    const refused = readBaseStore(reader({ [BASE_INDEX]: hostile }));
    expect(refused.files).toEqual({});
    expect(refused.damaged).toHaveLength(5);
  });

  it('completes a store with the manifest of the last run (hashes only) and lists stale objects', () => {
    const snapshot = withManifest({ files: { 'a.md': { hash: 'c'.repeat(64) } }, damaged: [] }, { 'a.md': 'd'.repeat(64), 'b.md': 'e'.repeat(64), '../x': 'f'.repeat(64) });
    expect(snapshot.files).toEqual({ 'a.md': { hash: 'c'.repeat(64) }, 'b.md': { hash: 'e'.repeat(64) } });
    const files = baseStoreFiles(records, KIT);
    expect(staleStorePaths([...Object.keys(files), objectPath('0'.repeat(64)), 'README.md'], files)).toEqual([objectPath('0'.repeat(64))]);
  });

  it('is read from a deployment folder, without following links out of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mpp-base-'));
    for (const [path, content] of Object.entries(baseStoreFiles(records, KIT))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    writeFileSync(join(dir, 'README.md'), 'hello');
    const snapshot = loadBaseStore(dir);
    expect(Object.keys(snapshot.files)).toEqual(Object.keys(records));
    expect(readCurrentFiles(dir, ['README.md', 'missing.md', '../etc', '.mpp'])).toEqual({ 'README.md': Buffer.from('hello') });
    expect(readdirSync(join(dir, '.mpp', 'base', 'objects'))).toHaveLength(3);
  });
});
