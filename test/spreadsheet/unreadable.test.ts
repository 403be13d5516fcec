import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mpp, tempDir } from '../helpers/cli.js';
import { workbookTemplate } from '../../src/spreadsheet/template.js';

/** Library error texts (jszip, exceljs TypeErrors, EISDIR...) never reach the user: a plain message naming the file. */
describe('unreadable spreadsheets', () => {
  const dir = tempDir('mpp-unreadable-');
  writeFileSync(join(dir, 'base.yaml'), 'schemaVersion: 1\nregion: { name: Contoh, kind: kota, province: Bali }\nmpp: { name: MPP Kota Contoh, organiser: DPMPTSP Kota Contoh }\nagencies: [{ name: DPMPTSP }]\nservices: []\n');
  const cases: Array<[string, () => void]> = [
    ['garbage.xlsx', () => writeFileSync(join(dir, 'garbage.xlsx'), 'bukan buku kerja')],
    ['old.xlsx', () => writeFileSync(join(dir, 'old.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))],
    ['folder.xlsx', () => mkdirSync(join(dir, 'folder.xlsx'))],
    ['folder.csv', () => mkdirSync(join(dir, 'folder.csv'))],
  ];

  it.each(cases.map(([file]) => file))('%s: exit 2, the file named, no library text', async (file) => {
    cases.find(([f]) => f === file)![1]();
    for (const lang of ['id', 'en']) {
      const result = mpp(['import', file, '--out', 'x.yaml', '--base', 'base.yaml', '--lang', lang], { cwd: dir });
      expect(result.code).toBe(2);
      const text = result.stdout + result.stderr;
      expect(text).toContain(file);
      expect(text).not.toMatch(/TypeError|EISDIR|ENOENT|jszip|zip file|central directory|Cannot read properties|at \S+ \(/);
    }
  });

  it('a truncated workbook: exit 2 with a plain message', async () => {
    const template = await workbookTemplate('id');
    writeFileSync(join(dir, 'truncated.xlsx'), Buffer.from(template.subarray(0, 4000)));
    const result = mpp(['import', 'truncated.xlsx', '--out', 'x.yaml', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toMatch(/truncated\.xlsx is not a complete Excel workbook/);
  });

  it('an answers file that is a folder: a plain message', () => {
    mkdirSync(join(dir, 'answers.yaml'), { recursive: true });
    const result = mpp(['validate', 'answers.yaml', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toMatch(/answers\.yaml is a folder, not a file/);
  });
});
