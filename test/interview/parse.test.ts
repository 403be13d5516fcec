import { describe, expect, it } from 'vitest';
import { parseNumber, parseYesNo, toNumber } from '../../src/interview/parse.js';
import { describeHours, HOURS_PRESETS, parseDayHours } from '../../src/interview/opening-hours.js';
import { acceptedText, checkAnswer } from '../../src/interview/check-answer.js';
import { fieldQuestion, yesNoQuestion } from '../../src/interview/questions.js';
import { REGION_FIELDS } from '../../src/config/schema-fields.js';
import { DEFAULT_OPENING_HOURS } from '../../src/complete/defaults.js';

describe('how a person types a number', () => {
  it('reads a decimal comma and a decimal point in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      expect(parseNumber('0,8', lang)).toBe(0.8);
      expect(parseNumber('0.8', lang)).toBe(0.8);
      expect(parseNumber(' 12,5 ', lang)).toBe(12.5);
      expect(parseNumber('20', lang)).toBe(20);
      expect(parseNumber('-3', lang)).toBe(-3);
      expect(parseNumber(',5', lang)).toBe(0.5);
    }
  });

  it('reads thousands grouped the way the run\'s language groups them, and both marks with the last one decimal', () => {
    expect(parseNumber('1.000', 'id')).toBe(1000);
    expect(parseNumber('12.500', 'id')).toBe(12500);
    expect(parseNumber('1,250', 'en')).toBe(1250);
    expect(parseNumber('1.234,5', 'id')).toBe(1234.5);
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumber('1 250', 'id')).toBe(1250);
    // Not a grouping in that language: a decimal mark.
    expect(parseNumber('1.250', 'en')).toBe(1.25);
    expect(parseNumber('0.500', 'id')).toBe(0.5);
  });

  it('refuses what is no number (undefined), and toNumber leaves it for the validation to name', () => {
    for (const text of ['', '  ', 'lima', '1,2,3', '1.2.3x', '12a', '--1', '1e3', 'NaN', 'Infinity']) expect(parseNumber(text, 'id'), text).toBeUndefined();
    expect(toNumber('lima', 'id')).toBe('lima');
    expect(toNumber('0,8', 'id')).toBe(0.8);
    expect(toNumber(7, 'en')).toBe(7);
  });

  it('a number question accepts the decimal comma and refuses a word with a plain sentence', () => {
    const share = REGION_FIELDS.get('mpp.serviceLevel.targetShare');
    const question = fieldQuestion(share, REGION_FIELDS, 'id');
    expect(question.validate?.('0,75')).toBe(true);
    expect(question.filter?.('0,75')).toBe(0.75);
    expect(question.validate?.('satu')).toBe('Masukkan angka lebih dari 0 dan kurang dari 1.');
    expect(question.validate?.('1,5')).toBe('Masukkan angka lebih dari 0 dan kurang dari 1.');
    const counters = fieldQuestion(REGION_FIELDS.get('agencies[].plannedCounters'), REGION_FIELDS, 'en');
    expect(counters.validate?.('2,5')).toBe('Enter a whole number of at least 0 and at most 200.');
    expect(counters.validate?.('')).toBe(true);
  });
});

describe('how a person answers yes or no', () => {
  it('reads ya/tidak, y/n, yes/no and their starts, in any case; anything else is no answer', () => {
    for (const yes of ['ya', 'Ya', 'YA', 'y', 'yes', ' Ye ', true]) expect(parseYesNo(yes), String(yes)).toBe(true);
    for (const no of ['tidak', 'Tidak', 't', 'tid', 'n', 'no', false]) expect(parseYesNo(no), String(no)).toBe(false);
    for (const other of ['', '  ', 'mungkin', 'yaa', 'tdk', 'nope', 0, undefined, null]) expect(parseYesNo(other), String(other)).toBeUndefined();
  });

  it('the yes/no question is the terminal prompt with the catalogue\'s words and a plain refusal', () => {
    const id = yesNoQuestion('x', 'Lanjut?', false, 'id') as { type: string; default: boolean; theme: { keywords: { yes: string; no: string; error: (w: object) => string } } };
    expect(id).toMatchObject({ type: 'confirm', default: false, theme: { keywords: { yes: 'Ya', no: 'Tidak' } } });
    expect(id.theme.keywords.error({})).toBe('Jawab ya atau tidak (y/t).');
    const en = yesNoQuestion('x', 'Go on?', true, 'en') as typeof id;
    expect(en.theme.keywords).toMatchObject({ yes: 'Yes', no: 'No' });
    // A yes/no field of the schema is put the same way.
    expect(fieldQuestion(REGION_FIELDS.get('counters[].priority'), REGION_FIELDS, 'id', { item: 'dukcapil-1' })).toMatchObject({ type: 'confirm', message: 'Apakah dukcapil-1 loket prioritas bagi kelompok rentan?' });
  });
});

describe('plain messages for a wrong answer', () => {
  it('say what is allowed without a schema keyword or a type name', () => {
    // No schema keyword in either language; no English type name in Indonesian.
    const keyword = { id: /minLength|maxLength|pattern|format|type|integer|string|number|boolean/i, en: /minLength|maxLength|pattern|format|\btype\b|integer|string|boolean/ };
    const cases: Array<[string, unknown]> = [
      ['region.name', 'a\u0007b'],
      ['mpp.launchDate', '02-05-2027'],
      ['agencies[].shortName', 'x'.repeat(41)],
      ['region.name', '   '],
      ['services[].handlingMinutes', '-1'],
    ];
    for (const lang of ['id', 'en'] as const) {
      for (const [path, value] of cases) {
        const message = checkAnswer(REGION_FIELDS.get(path), REGION_FIELDS, value, lang, true);
        expect(message, `${path} ${lang}`).toBeTypeOf('string');
        expect(String(message), `${path} ${lang}`).not.toMatch(keyword[lang]);
        expect(String(message), `${path} ${lang}`).toMatch(/\.$/);
      }
    }
    expect(acceptedText(REGION_FIELDS.get('mpp.launchDate'), 'id', 'pattern')).toBe('Jawaban ini harus berupa tanggal YYYY-MM-DD, bulan YYYY-MM atau tahun YYYY, misalnya "2018-10-15", "2017-10" atau "2018".');
  });
});

describe('opening hours as typed', () => {
  it('reads opening and closing times with an optional break, with . or : and spaces', () => {
    expect(parseDayHours('08.00-16.00')).toEqual({ open: '08:00', close: '16:00' });
    expect(parseDayHours('7:30 - 15:30 istirahat 12:00-12:30')).toEqual({ open: '07:30', close: '15:30', breaks: [{ start: '12:00', end: '12:30' }] });
    expect(parseDayHours('08:00-16:00 break 12:00-13:00')).toEqual({ open: '08:00', close: '16:00', breaks: [{ start: '12:00', end: '13:00' }] });
    expect(parseDayHours('')).toBeNull();
    for (const wrong of ['16:00-08:00', '08:00', '08:00-16:00 12:00', '08:00-16:00 istirahat 17:00-18:00', '25:00-26:00', 'pagi', '08:00-16:00 tutup']) expect(parseDayHours(wrong), wrong).toBeUndefined();
  });

  it('describes a week day group by day group; the usual week is the kit\'s default hours', () => {
    expect(HOURS_PRESETS[0].hours).toEqual(DEFAULT_OPENING_HOURS);
    expect(describeHours(DEFAULT_OPENING_HOURS, 'id')).toBe('Senin-Kamis 08:00-16:00 (istirahat 12:00-13:00); Jumat 08:00-16:00 (istirahat 11:30-13:00)');
    expect(describeHours(HOURS_PRESETS[2].hours, 'en')).toBe('Monday-Thursday 08:00-16:00 (break 12:00-13:00); Friday 08:00-16:00 (break 11:30-13:00); Saturday 08:00-12:00');
    expect(describeHours({ monday: { open: '08:00', close: '12:00' }, wednesday: { open: '08:00', close: '12:00' } }, 'id')).toBe('Senin 08:00-12:00; Rabu 08:00-12:00');
  });
});
