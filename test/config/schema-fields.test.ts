import { describe, expect, it } from 'vitest';
import { REGION_FIELDS, schemaFields } from '../../src/config/schema-fields.js';
import { lookup } from '../../src/i18n/catalogue.js';
import { fieldQuestion, isQuestionField } from '../../src/interview/questions.js';
import { runInterview } from '../../src/interview/interview.js';
import { askItem } from '../../src/interview/ask-item.js';
import { typicalAgencies } from '../../src/interview/typical-agencies.js';
import { validateRegion } from '../../src/config/load.js';
import { ITEM_KINDS } from '../../src/grow/kinds.js';
import { allInputs } from '../appconfig/helpers.js';
import { scriptedAsk, type Asked } from '../helpers/ask.js';

describe('schema-fields: the one reader of the region schema', () => {
  it('follows $refs, nested too, with the referring node\'s own keywords winning', () => {
    const shortName = REGION_FIELDS.get('agencies[].shortName');
    expect(shortName).toMatchObject({ kind: 'string', refs: ['text'], maxLength: 40, minLength: 1, required: false });
    expect(REGION_FIELDS.get('agencies.kind')).toBe(REGION_FIELDS.get('agencies[].kind'));
    expect(REGION_FIELDS.get('agencies[].kind').options?.map((o) => o.value)).toEqual(['opd', 'instansi-vertikal', 'bumn', 'bumd', 'swasta', 'kantor-bersama', 'badan-hukum-publik', 'organisasi-profesi', 'lainnya']);
    // region -> mpp (def) -> openingHours -> monday (daySchedule def) -> open (time def)
    expect(REGION_FIELDS.get('mpp.openingHours.monday.open')).toMatchObject({ kind: 'string', refs: ['time'], required: true });
    expect(REGION_FIELDS.get('services[].standard.fee.amount')).toMatchObject({ kind: 'integer', minimum: 0 });
    expect(REGION_FIELDS.itemsOf(REGION_FIELDS.get('facilities'))?.options?.length).toBeGreaterThan(10);
    expect(REGION_FIELDS.find('mpp.nothing')).toBeUndefined();
  });

  it('gives required flags, conditions, defaults, offered answers, bounds, prompts and both descriptions', () => {
    // Figures are optional and offer no invented answer: what the region leaves empty is estimated, marked.
    expect(REGION_FIELDS.get('services[].handlingMinutes')).toMatchObject({ required: false, exclusiveMinimum: 0, maximum: 480, prompt: { id: expect.any(String), en: expect.any(String) } });
    expect(REGION_FIELDS.get('services[].handlingMinutes').promptDefault).toBeUndefined();
    expect(REGION_FIELDS.get('services[].visitorsPerDay')).toMatchObject({ required: false, condition: null });
    expect(REGION_FIELDS.get('mpp.serviceLevel.targetShare')).toMatchObject({ required: true, promptDefault: 0.8 });
    expect(REGION_FIELDS.get('generatedBy')).toMatchObject({ readOnly: true });
    expect(REGION_FIELDS.get('mpp.peakFactor').default).toBe(2);
    expect(REGION_FIELDS.get('mpp.launchStatus')).toMatchObject({ default: 'planned', labelHome: 'mpp.launchStatus' });
    const name = REGION_FIELDS.get('region.name');
    expect(name.description.id).not.toContain('(EN)');
    expect(name.description.en).toMatch(/^Name of the regency/);
    expect(REGION_FIELDS.requiredLeaves().map((f) => f.path)).toEqual(['region.name', 'region.kind', 'region.province', 'mpp.name', 'mpp.organiser', 'agencies', 'services']);
  });

  it('labels every enum value of the region schema in both languages from the message catalogue', () => {
    const enums = REGION_FIELDS.walk().flatMap((f) => [f, ...(f.kind === 'array' ? [REGION_FIELDS.itemsOf(f)!] : [])]).filter((f) => f.options);
    expect(enums.length).toBeGreaterThanOrEqual(6);
    for (const field of enums) {
      for (const option of field.options ?? []) {
        const entry = lookup(`${field.labelHome}.${String(option.value)}`);
        expect(entry, `${field.path}: ${String(option.value)} (${field.labelHome})`).toBeDefined();
        expect(option.label).toEqual(entry);
      }
    }
  });

  it('works on any schema, not only the region schema', () => {
    const fields = schemaFields({ type: 'object', required: ['a'], properties: { a: { $ref: '#/$defs/x' }, b: { type: 'array', items: { enum: [1, 2] } } }, $defs: { x: { $ref: '#/$defs/y', description: 'X. (EN) Ex.' }, y: { type: 'integer', maximum: 9 } } });
    expect(fields.get('a')).toMatchObject({ kind: 'integer', maximum: 9, refs: ['x', 'y'], required: true, description: { id: 'X.', en: 'Ex.' } });
    expect(fields.get('b[]').options?.map((o) => o.value)).toEqual([1, 2]);
  });
});

describe('every list and checkbox the interview can put has choices', () => {
  it('for every field of the region schema that makes one question', () => {
    let lists = 0;
    for (const field of REGION_FIELDS.walk()) {
      if (!isQuestionField(field, REGION_FIELDS)) continue;
      for (const lang of ['id', 'en'] as const) {
        const question = fieldQuestion(field, REGION_FIELDS, lang);
        expect(question.message, field.path).not.toBe('');
        if (question.type === 'select' || question.type === 'checkbox') {
          lists++;
          expect(question.choices?.length, field.path).toBeGreaterThan(0);
          for (const choice of question.choices ?? []) expect(choice.name, field.path).not.toBe('');
        }
      }
    }
    expect(lists).toBeGreaterThanOrEqual(10);
  });

  it('in the whole interview (typical agencies, a custom one, facilities) and for every item of mpp add', async () => {
    for (const lang of ['id', 'en'] as const) {
      const log: Asked[] = [];
      let agencies = 0;
      const answers = await runInterview(
        scriptedAsk({ region_name: 'Contoh', region_province: 'Bali', mpp_address: 'Jl. Satu', typicalAgencies: ['dukcapil', 'samsat', 'dpmptsp'], addAgency: () => agencies++ === 0, agencies_name: 'Dinas Baru', services_name: 'Layanan Baru' }, log),
        lang,
        typicalAgencies(),
      );
      const asked = log.map((a) => a.question.type);
      expect(asked).toContain('checkbox');
      expect(asked).toContain('select');
      expect(log.find((a) => a.question.name === 'facilities')?.question.choices?.length).toBeGreaterThan(10);
      const valid = validateRegion(answers, { lang });
      expect(valid.ok ? [] : valid.issues).toEqual([]);
    }
    for (const [file, region] of allInputs()) {
      for (const kind of ITEM_KINDS) {
        await expect(askItem(kind, region, scriptedAsk({ agencies_name: 'Dinas Lain', services_name: 'Layanan Lain' }), 'id'), `${file} ${kind}`).resolves.toBeTypeOf('object');
      }
    }
  });
});
