import type { Lang } from '../../src/i18n/types.js';
import { t } from '../../src/i18n/catalogue.js';
import { REGION_FIELDS } from '../../src/config/schema-fields.js';
import { acceptedText } from '../../src/interview/check-answer.js';
import { typicalAgencies } from '../../src/interview/typical-agencies.js';
import { KEY, type Terminal } from './terminal.js';

export const prompt = (path: string, lang: Lang): string => {
  const field = REGION_FIELDS.get(path);
  return field.prompt?.[lang] ?? field.description[lang];
};

/** Moves a list's cursor from its first choice to `index`. */
const down = (index: number): string[] => Array.from({ length: index }, () => KEY.down);

/** Keys of a checkbox that toggle the choices at `indices` (the cursor starts on the first). */
function toggle(indices: readonly number[]): string[] {
  const keys: string[] = [];
  let at = 0;
  for (const index of [...indices].sort((a, b) => a - b)) {
    keys.push(...down(index - at), KEY.space);
    at = index;
  }
  return keys;
}

export const HOSTILE_AGENCY = 'Dinas <Arsip> {A} & "B"';

/**
 * Answers the whole interview in `term` like a person (three typical agencies, a hostile custom agency
 * with two services, one wrong value corrected, two more facilities), awaiting each question by its
 * text from the schema and the catalogue.
 */
export async function answerInterview(term: Terminal, lang: Lang): Promise<void> {
  const typical = typicalAgencies();
  const picked = ['dukcapil', 'dpmptsp', 'samsat'].map((id) => typical.findIndex((a) => a.id === id));
  if (picked.some((i) => i < 0)) throw new Error('a typical agency the interview test picks is gone from data/typical-agencies.yaml');
  const facilities = REGION_FIELDS.itemsOf(REGION_FIELDS.get('facilities'))!.options!.map((o) => o.value);
  const p = (path: string) => prompt(path, lang);

  await term.expect(p('lang'));
  term.type(KEY.enter); // the offered language: the one of --lang
  await term.expect(p('region.name'));
  term.answer('Sukamaju');
  await term.expect(p('region.kind'));
  term.type(...down(1), KEY.enter); // kota
  await term.expect(p('region.province'));
  term.answer('Jawa Barat');
  await term.expect(p('region.slug'));
  term.type(KEY.enter); // offered: sukamaju
  await term.expect(p('mpp.name'));
  term.type(KEY.enter);
  await term.expect(p('mpp.organiser'));
  term.type(KEY.enter);
  await term.expect(p('mpp.address'));
  term.answer('Jl. Merdeka 1');
  await term.expect(p('mpp.launchDate'));
  term.answer('2027-05-02');
  await term.expect(p('mpp.launchStatus'));
  term.type(KEY.enter);
  await term.expect(t(lang, 'interview.floorCount'));
  term.answer('2');
  await term.expect(p('mpp.floors[].width'));
  term.answer('40');
  await term.expect(p('mpp.floors[].depth'));
  // No floor size is offered (an invented one would pass for the region's): the depth is typed too.
  term.answer('20');
  await term.expect(p('mpp.serviceLevel.targetShare'));
  term.type(KEY.enter);
  // A wrong value is asked again, with a plain message built from the field's bounds.
  await term.expect(p('mpp.serviceLevel.maxWaitMinutes'));
  term.answer('lima');
  await term.expect(acceptedText(REGION_FIELDS.get('mpp.serviceLevel.maxWaitMinutes'), lang));
  term.type(...Array.from({ length: 4 }, () => KEY.backspace), '20', KEY.enter);
  // Not known yet: left empty, the kit estimates the visitors (marked).
  await term.expect(p('mpp.dailyVisitors'));
  term.type(KEY.enter);
  await term.expect(t(lang, 'interview.pickAgencies'));
  term.type(...toggle(picked), KEY.enter);
  for (let i = 0; i < 3; i++) {
    await term.expect(p('agencies[].plannedCounters'));
    term.type(KEY.enter);
  }
  await term.expect(t(lang, 'interview.addAnotherAgency'));
  term.answer('y');
  await term.expect(p('agencies[].name'));
  term.answer(HOSTILE_AGENCY);
  await term.expect(p('agencies[].kind'));
  term.type(...down(5), KEY.enter); // swasta (after "leave empty": the kind is optional)
  await term.expect(p('agencies[].plannedCounters'));
  term.answer('2');
  for (const [name, visitors] of [['Arsip Statis', '15'], ['Peminjaman Arsip', '8']]) {
    await term.expect(p('services[].name'));
    term.answer(name);
    await term.expect(p('services[].category'));
    term.type(KEY.enter);
    await term.expect(p('services[].visitorsPerDay'));
    term.answer(visitors);
    await term.expect(p('services[].handlingMinutes'));
    term.type(KEY.enter);
    await term.expect(t(lang, 'interview.addService'));
    term.answer(name === 'Arsip Statis' ? 'y' : 'n');
  }
  await term.expect(t(lang, 'interview.addAnotherAgency'));
  term.answer('n');
  await term.expect(p('facilities'));
  term.type(...toggle([facilities.indexOf('ramp'), facilities.indexOf('lactation-room')]), KEY.enter);
}
