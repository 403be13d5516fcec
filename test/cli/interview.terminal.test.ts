/**
 * The interview in a real terminal (a pseudo terminal through node-pty), in Bahasa Indonesia and in
 * English: `mpp new --out DIR` is answered key by key like a person would, every question included
 * (three typical agencies, a custom agency with two services, the facilities), and must write a valid
 * deployment. A wrong value is asked again with a plain message; Ctrl-C stops with a short message in
 * the run's language, a non-zero exit and nothing written. The questions awaited are the schema's own
 * prompts and the catalogue's texts, so the test follows them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Lang } from '../../src/i18n/types.js';
import { t } from '../../src/i18n/catalogue.js';
import { loadRegionText } from '../../src/config/load.js';
import { mpp, tempDir } from '../helpers/cli.js';
import { KEY, Terminal } from '../helpers/terminal.js';
import { HOSTILE_AGENCY, answerInterview, prompt } from '../helpers/interview-driver.js';

describe('the interview in a real terminal', { timeout: 240_000 }, () => {
  for (const lang of ['id', 'en'] as const) {
    it(`mpp new --out DIR --lang ${lang}: every question answered, the deployment written and valid`, async () => {
      const out = join(tempDir(), `daerah-${lang}`);
      const term = new Terminal(['new', '--out', out, '--lang', lang], process.cwd());
      await answerInterview(term, lang);
      const code = await term.exited;
      const screen = term.screen();
      expect(screen).not.toContain('No selectable choices');
      expect(screen).not.toContain(t(lang, 'cli.internalError'));
      expect(screen).not.toMatch(/\n\s+at /);
      expect(code, screen.slice(-2000)).toBe(0);
      const text = readFileSync(join(out, 'mpp.yaml'), 'utf8');
      const loaded = loadRegionText(text, { lang });
      expect(loaded.ok ? [] : loaded.issues).toEqual([]);
      const answers = parse(text);
      expect(answers.lang).toBe(lang);
      expect(answers.region).toEqual({ name: 'Sukamaju', kind: 'kota', province: 'Jawa Barat', slug: 'sukamaju' });
      expect(answers.mpp).toMatchObject({ name: 'Mal Pelayanan Publik Kota Sukamaju', launchDate: '2027-05-02', serviceLevel: { targetShare: 0.8, maxWaitMinutes: 20 } });
      expect(answers.mpp.floors.map((f: { width: number; depth: number }) => [f.width, f.depth])).toEqual([[40, 20], [40, 20]]);
      expect(answers.agencies.map((a: { id: string }) => a.id)).toEqual(['dukcapil', 'dpmptsp', 'samsat', 'dinas-arsip-a-b']);
      expect(answers.agencies[3]).toEqual({ id: 'dinas-arsip-a-b', name: HOSTILE_AGENCY, kind: 'swasta', plannedCounters: 2 });
      expect(answers.services.filter((s: { agency: string }) => s.agency === 'dinas-arsip-a-b').map((s: { name: string; visitorsPerDay: number }) => [s.name, s.visitorsPerDay])).toEqual([['Arsip Statis', 15], ['Peminjaman Arsip', 8]]);
      expect(answers.facilities).toEqual(expect.arrayContaining(['information-desk', 'ticket-kiosk', 'waiting-area', 'complaint-desk', 'ramp', 'lactation-room']));
      expect(answers.facilities).toHaveLength(6);
      for (const file of ['README.md', 'checklist/checklist.yaml', 'layout/layout.yaml', 'app/app-config.json', '.yo-rc.json']) expect(existsSync(join(out, file)), file).toBe(true);
      expect(mpp(['validate', join(out, 'mpp.yaml')]).code).toBe(0);
    });

    it(`Ctrl-C half-way (--lang ${lang}): a short message, a non-zero exit, nothing written`, async () => {
      const out = join(tempDir(), 'stopped');
      const term = new Terminal(['new', '--out', out, '--lang', lang], process.cwd());
      await term.expect(prompt('lang', lang));
      term.type(KEY.enter);
      await term.expect(prompt('region.name', lang));
      term.answer('Sukamaju');
      await term.expect(prompt('region.kind', lang));
      term.type(KEY.ctrlC);
      const code = await term.exited;
      const screen = term.screen();
      expect(screen).toContain(t(lang, 'cli.interrupted'));
      expect(screen).not.toMatch(/Error|error occured|\n\s+at /);
      expect(screen).not.toContain(t(lang, 'cli.internalError'));
      expect(code).not.toBe(0);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('a file edited by hand is a question in the run\'s language: kept, then overwritten on request', async () => {
    const out = join(tempDir(), 'edited');
    expect(mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out]).code).toBe(0);
    const readme = join(out, 'README.md');
    writeFileSync(readme, '# Catatan kami\n');
    // In Bahasa Indonesia, Enter keeps the user's version (exit 1, reported); in English, the second
    // choice overwrites it with the new README (in English, the run's language).
    for (const [lang, keys, code] of [['id', [KEY.enter], 1], ['en', [KEY.down, KEY.enter], 0]] as const) {
      const term = new Terminal(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out, '--lang', lang], process.cwd());
      await term.expect(t(lang, 'write.conflict.question', { path: 'README.md' }));
      term.type(...keys);
      expect(await term.exited, term.screen().slice(-1500)).toBe(code);
      if (lang === 'id') expect(readFileSync(readme, 'utf8')).toBe('# Catatan kami\n');
      else expect(readFileSync(readme, 'utf8')).toContain('What this folder holds');
    }
  });
});
