import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderAnswersYaml, updateAnswersYaml } from '../../src/render/answers-yaml.js';
import { itemsMissingFrom } from '../../src/grow/missing-items.js';
import { changedFields } from '../../src/grow/changed-fields.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';

const SCHEMA = 'schemas/region.schema.json';

const USER_TEXT = `# Jawaban tim DPMPTSP (jangan dihapus)
schemaVersion: 1
region: { name: Contoh, kind: kabupaten, province: Jawa Tengah }
mpp:
  # nama resmi menurut SK
  name: "MPP <Dinas {A}> \\"x\\" & 'y'"
  organiser: DPMPTSP
agencies:
  # yang pertama buka
  - id: dukcapil
    name: Dukcapil
    kind: opd
    plannedCounters: 2 # ditambah tahun depan

  - id: samsat
    name: Samsat
    kind: instansi-vertikal
services:
  - { agency: dukcapil, name: KTP-el } # tanpa id: diturunkan dari nama
facilities: [ramp]
`;

const data = (): RegionAnswers => parse(USER_TEXT) as RegionAnswers;

describe('updateAnswersYaml: the user\'s mpp.yaml changed only where the answers differ', () => {
  it('gives the text back byte for byte when the answers are the same', () => {
    expect(updateAnswersYaml(USER_TEXT, data(), SCHEMA)).toBe(USER_TEXT);
  });

  it('keeps every comment and blank line through a stamp, an added agency, a removed one and a changed figure', () => {
    const next = data() as RegionAnswers & Record<string, unknown>;
    const stamped = { schemaVersion: 1, generatedBy: { kit: 'generator-mpp', version: '9.9.9' }, ...next } as RegionAnswers;
    stamped.agencies = [
      { ...next.agencies[0], plannedCounters: 3 },
      { id: 'dinas-baru', name: 'Dinas <Baru> & "Lain"', kind: 'opd' },
    ] as RegionAnswers['agencies'];
    const text = updateAnswersYaml(USER_TEXT, stamped, SCHEMA);
    expect(parse(text)).toEqual(JSON.parse(JSON.stringify(stamped)));
    for (const comment of ['# Jawaban tim DPMPTSP (jangan dihapus)', '# nama resmi menurut SK', '# yang pertama buka', '# ditambah tahun depan', '# tanpa id: diturunkan dari nama']) {
      expect(text).toContain(comment);
    }
    // The stamp goes right after schemaVersion; the file's own order and flow style stay.
    expect(text).toMatch(/^# Jawaban[^\n]*\nschemaVersion: 1\ngeneratedBy:\n {2}kit: generator-mpp\n {2}version: 9\.9\.9\nregion: \{ name: Contoh/);
    expect(text).toContain('plannedCounters: 3 # ditambah tahun depan');
    expect(text).not.toContain('Samsat');
  });

  it('matches list items by id or name, so a comment stays with its item when another is removed before it', () => {
    const next = data();
    next.agencies = [next.agencies[1]];
    next.services = [];
    const text = updateAnswersYaml(USER_TEXT.replace('  - id: samsat', '  # Samsat tetap\n  - id: samsat'), next, SCHEMA);
    expect(text).toContain('# Samsat tetap\n  - id: samsat');
    expect(text).not.toContain('Dukcapil');
  });

  it('falls back to the normalized rendering for text that is no YAML mapping (conflict markers left in it)', () => {
    const broken = `<<<<<<< yours\n${USER_TEXT}=======\n`;
    expect(updateAnswersYaml(broken, data(), SCHEMA)).toBe(renderAnswersYaml(data(), SCHEMA));
  });
});

describe('what an older answers file would drop', () => {
  const kept = { ...data(), agencies: [...data().agencies, { id: 'dinas-baru', name: 'Dinas Baru', kind: 'opd' }], facilities: ['ramp', 'toilet-difabel'] } as RegionAnswers;

  it('lists the items of each list the other file lacks', () => {
    expect(itemsMissingFrom(kept, data())).toEqual([
      { list: 'agencies', ids: ['dinas-baru'] },
      { list: 'facilities', ids: ['toilet-difabel'] },
    ]);
    expect(itemsMissingFrom(data(), kept)).toEqual([]);
  });

  it('names changed fields by path, list items by id, and ignores the kit\'s own stamp', () => {
    const other = { ...data(), generatedBy: { kit: 'generator-mpp', version: '0.0.1' } } as RegionAnswers;
    other.agencies = [{ ...other.agencies[0], plannedCounters: 5 }, other.agencies[1]] as RegionAnswers['agencies'];
    expect(changedFields(data(), other)).toEqual(['agencies[dukcapil].plannedCounters']);
    expect(changedFields(data(), data())).toEqual([]);
    expect(changedFields(kept, data())).toEqual(['agencies[dinas-baru]', 'facilities']);
  });
});
