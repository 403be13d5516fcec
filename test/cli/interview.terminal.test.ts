/**
 * The interview in a real terminal (a pseudo terminal through node-pty), in Bahasa Indonesia and in
 * English: `mpp new --out DIR` is answered key by key like a person would, every question included
 * (`ya`/`yes`, a decimal comma, three typical agencies, a custom agency with two services, the
 * facilities, floors too small then as offered, a section reopened from the summary), and must write
 * a valid deployment whose offered counters and floors pass the kit's own sizing. A wrong value is asked again with a plain message; Ctrl-C stops with a short message in
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
import { HOSTILE_AGENCY, PAST_LAUNCH, WORDS, answerInterview, prompt } from '../helpers/interview-driver.js';

describe('the interview in a real terminal', { timeout: 240_000 }, () => {
  for (const lang of ['id', 'en'] as const) {
    it(`mpp new --out DIR --lang ${lang}: every question answered (${WORDS[lang].yes}, a decimal comma, a wrong value, a section reopened), the deployment written and valid`, async () => {
      const out = join(tempDir(), `daerah-${lang}`);
      const term = new Terminal(['new', '--out', out, '--lang', lang], process.cwd());
      await answerInterview(term, lang);
      const code = await term.exited;
      const screen = term.screen();
      expect(screen).not.toContain('No selectable choices');
      expect(screen).not.toContain(t(lang, 'cli.internalError'));
      expect(screen).not.toMatch(/\n\s+at /);
      // No library warning reaches the person answering.
      expect(screen).not.toMatch(/deprecated|Warning:/i);
      expect(code, screen.slice(-2000)).toBe(0);
      // The summary was shown (twice: before and after the region section was reopened).
      expect(screen.split(t(lang, 'interview.summary.title')).length - 1).toBeGreaterThanOrEqual(2);
      // Plain messages: no schema keyword or type name reached the screen.
      expect(screen).not.toMatch(/\((minLength|maxLength|type|pattern|format|minimum|maximum)\)|integer|must be number/);
      const text = readFileSync(join(out, 'mpp.yaml'), 'utf8');
      const loaded = loadRegionText(text, { lang });
      expect(loaded.ok ? [] : loaded.issues).toEqual([]);
      const answers = parse(text);
      expect(answers.lang).toBe(lang);
      // The province as changed when the region section was reopened from the summary.
      expect(answers.region).toEqual({ name: 'Sukamaju', kind: 'kota', province: 'Banten', slug: 'sukamaju' });
      expect(answers.mpp).toMatchObject({ name: 'Mal Pelayanan Publik Kota Sukamaju', launchDate: PAST_LAUNCH, launchStatus: 'operating', serviceLevel: { targetShare: 0.75, maxWaitMinutes: 20 } });
      expect(answers.mpp.openingHours.friday).toEqual({ open: '08:00', close: '11:30' });
      expect(answers.mpp.openingHours.monday).toEqual({ open: '08:00', close: '16:00', breaks: [{ start: '12:00', end: '13:00' }] });
      expect(answers.mpp.complaintChannels).toEqual([{ kind: 'sp4n-lapor' }, { kind: 'desk' }, { kind: 'whatsapp', value: '0812 3456 7890' }]);
      expect(answers.agencies.map((a: { id: string }) => a.id)).toEqual(['dukcapil', 'dpmptsp', 'samsat', 'dinas-arsip-a-b']);
      expect(answers.agencies[3]).toEqual({ id: 'dinas-arsip-a-b', name: HOSTILE_AGENCY, kind: 'swasta', plannedCounters: 2 });
      expect(answers.services.filter((s: { agency: string }) => s.agency === 'dinas-arsip-a-b').map((s: { name: string; visitorsPerDay: number }) => [s.name, s.visitorsPerDay])).toEqual([['Arsip Statis', 15], ['Peminjaman Arsip', 8]]);
      expect(answers.facilities).toEqual(expect.arrayContaining(['information-desk', 'ticket-kiosk', 'waiting-area', 'complaint-desk', 'ramp', 'lactation-room']));
      expect(answers.facilities).toHaveLength(6);
      expect(answers.mpp.floors).toHaveLength(2);
      for (const file of ['README.md', 'checklist/checklist.yaml', 'layout/layout.yaml', 'app/app-config.json', '.yo-rc.json']) expect(existsSync(join(out, file)), file).toBe(true);
      // The offered answers pass the kit's own sizing: the counters taken as offered are what the queue
      // needs, and the floors taken as offered hold the plan.
      const layout = parse(readFileSync(join(out, 'layout/layout.yaml'), 'utf8'));
      for (const id of ['dukcapil', 'dpmptsp', 'samsat']) {
        const sizing = layout.sizing.agencies.find((a: { agency: string }) => a.agency === id);
        expect(sizing.plannedCounters, id).toBe(sizing.neededCounters);
        expect(answers.agencies.find((a: { id: string }) => a.id === id).plannedCounters, id).toBe(sizing.neededCounters);
      }
      for (const floor of layout.floors) expect(floor.overflow, floor.id).toEqual([]);
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

  it('a file both the user and the kit rewrote is a question in the run\'s language: kept, merged with markers, or overwritten', async () => {
    const dir = tempDir();
    const out = join(dir, 'edited');
    expect(mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out]).code).toBe(0);
    // The same answers with English documents: the kit rewrites the README the user rewrote.
    const english = join(dir, 'en.yaml');
    writeFileSync(english, readFileSync('test/fixtures/minimal.yaml', 'utf8').replace('schemaVersion: 1\n', 'schemaVersion: 1\nlang: en\n'));
    const readme = join(out, 'README.md');
    writeFileSync(readme, '# Catatan kami\n');
    const runs: Array<[string, Lang, string[], number]> = [
      // Kept: the user's file as it was (exit 1: the kit's change did not arrive).
      [english, 'id', [KEY.down, KEY.enter], 1],
      // Enter: the default, merged with markers (exit 1: a conflict to resolve).
      [english, 'en', [KEY.enter], 1],
      // Rewritten again, and the kit goes back to Indonesian: the third choice takes the kit's version.
      ['test/fixtures/minimal.yaml', 'id', [KEY.down, KEY.down, KEY.enter], 0],
    ];
    for (const [answers, lang, keys, code] of runs) {
      if (code === 0) writeFileSync(readme, '# Catatan kami\n');
      const term = new Terminal(['new', '--answers', answers, '--out', out, '--lang', lang], process.cwd());
      await term.expect(t(lang, 'write.conflict.overlap', { path: 'README.md' }));
      term.type(...keys);
      expect(await term.exited, term.screen().slice(-1500)).toBe(code);
      const text = readFileSync(readme, 'utf8');
      if (code === 0) expect(text).toContain('## Isi folder ini');
      else if (keys.length === 2) expect(text).toBe('# Catatan kami\n');
      else expect(text).toMatch(/<<<<<<< yours\n[^]*>>>>>>> kit /);
    }
  });
});
