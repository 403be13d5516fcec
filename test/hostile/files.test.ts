import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mpp, tempDir } from '../helpers/cli.js';
import { assertUnwritable, readOnlyDir } from '../helpers/readonly.js';

const fixture = readFileSync('test/fixtures/minimal.yaml', 'utf8');

function runOn(text: string, lang: 'id' | 'en' = 'en') {
  const dir = tempDir();
  const file = join(dir, 'mpp.yaml');
  writeFileSync(file, text);
  const out = join(dir, 'out');
  const result = mpp(['new', '--answers', file, '--out', out, '--lang', lang]);
  return { ...result, outExists: existsSync(out) };
}

describe('hostile files: a clear error, exit 2, no output', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['malformed YAML', () => fixture.replace('agencies:', 'agencies: [\n'), /Invalid YAML/],
    ['an alias bomb', () => `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `l${i}: &l${i} [${Array(10).fill(i ? `*l${i - 1}` : '*a').join(', ')}]`).join('\n')}\n`, /alias/i],
    ['a 20 MB file', () => `# ${'x'.repeat(20 * 1024 * 1024)}\n${fixture}`, /too large/],
    ['duplicate keys', () => fixture.replace('  slug: contoh', '  slug: contoh\n  slug: lain'), /Duplicate key/],
    ['a slug that leaves the folder', () => fixture.replace('slug: contoh', 'slug: ../../etc'), /region\.slug/],
    ['a YAML document list', () => '- a\n- b\n', /mapping/],
  ];
  for (const [name, make, message] of cases) {
    it(name, () => {
      const result = runOn(make());
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain('No file was written.');
      expect(result.outExists).toBe(false);
    });
  }

  it('a BOM and CRLF line ends are fine', () => {
    const result = runOn(`\ufeff${fixture.replace(/\n/g, '\r\n')}`);
    expect(result.code).toBe(0);
  });

  it('the same errors in Bahasa Indonesia', () => {
    const result = runOn(fixture.replace('  slug: contoh', '  slug: contoh\n  slug: lain'), 'id');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Kunci ganda/);
    expect(result.stderr).toContain('Tidak ada berkas yang ditulis.');
  });

  it('an output folder that is read-only', () => {
    const { dir, cleanup } = readOnlyDir(tempDir());
    try {
      assertUnwritable(dir);
      const result = mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', dir, '--lang', 'en']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('is not writable');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
