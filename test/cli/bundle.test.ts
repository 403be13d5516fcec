import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/catalogue.js';
import { bundleChunk, cliEntryWithNodeFlags, ROOT, tempDir } from '../helpers/cli.js';

/**
 * The bundle writes the message catalogue and the kit's data as JSON.parse('...') (scripts/bundle-cli.mjs):
 * what it carries must be exactly what the sources hold, and the two ways the command line runs must
 * say the same things.
 */
describe('the bundled command line', () => {
  it('carries every message of the catalogue unchanged, and no other', () => {
    const chunk = bundleChunk('catalogue');
    expect(chunk, 'dist/cli has no catalogue chunk: run `npm run build`').toBeDefined();
    const bundled = createRequire(import.meta.url)(chunk as string) as { lookup: (key: string) => unknown };
    const keys = Object.keys(catalogue);
    expect(keys.length).toBeGreaterThan(900);
    for (const key of keys) expect(bundled.lookup(key), key).toEqual(catalogue[key as keyof typeof catalogue]);
    expect(bundled.lookup('no.such.key')).toBeUndefined();
    expect(bundled.lookup('__proto__')).toBeUndefined();
  });

  it('is ASCII only, every file of it (Node reads a file with any other character as a slower two-byte string)', () => {
    const dir = join(ROOT, 'dist', 'cli');
    const files = readdirSync(dir).filter((file) => file.endsWith('.cjs'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const bytes = readFileSync(join(dir, file));
      const at = bytes.findIndex((byte) => byte > 0x7f);
      expect(at, `${file}: a non-ASCII byte at ${at}: ${bytes.subarray(Math.max(0, at - 40), at + 10).toString('utf8')}`).toBe(-1);
    }
    // The catalogue's non-ASCII messages come back as they are (checked whole by the test above).
    const bundled = createRequire(import.meta.url)(bundleChunk('catalogue') as string) as { lookup: (key: string) => { id: string; en: string } | undefined };
    expect(bundled.lookup('sheet.csvLegacyEncoding')?.id).toContain('(é, ü)');
  });

  it('prints the same usage, errors and review as the compiled sources, in both languages', () => {
    const wrong = join(tempDir(), 'wrong.yaml');
    writeFileSync(wrong, 'schemaVersion: 1\nregion: {name: "<Dinas {A}> \\"x\\" & \'y\'"}\nmpp: 3\n');
    const runs: string[][] = [[], ['validate', wrong], ['validate', wrong, '--lang', 'en'], ['review', 'examples/badung/mpp.yaml', '--format', 'json'], ['review', 'examples/belitung/mpp.yaml', '--lang', 'en']];
    for (const args of runs) {
      const [bundled, compiled] = (['bundled', 'compiled'] as const).map((entry) => cliEntryWithNodeFlags(entry, [], args));
      expect(bundled.stdout + bundled.stderr, args.join(' ')).not.toBe('');
      expect(bundled, args.join(' ')).toEqual(compiled);
    }
  });
});
