import type { Lang } from '../../src/i18n/types.js';
import { format, t } from '../../src/i18n/catalogue.js';
import { REGION_FIELDS } from '../../src/config/schema-fields.js';
import { acceptedText } from '../../src/interview/check-answer.js';
import { typicalAgencies } from '../../src/interview/typical-agencies.js';
import { KEY, type Terminal } from './terminal.js';

export const prompt = (path: string, lang: Lang): string => {
  const field = REGION_FIELDS.get(path);
  return field.prompt?.[lang] ?? field.description[lang];
};

/** A field's question naming the item it is about (`x-prompt.item`), as the interview puts it. */
export const itemPrompt = (path: string, item: string, lang: Lang): string => {
  const field = REGION_FIELDS.get(path);
  if (!field.itemPrompt) throw new Error(`${path} has no question naming its item`);
  return format(field.itemPrompt[lang], { item });
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

/** The words a person types for yes and no in each language. */
export const WORDS = { id: { yes: 'ya', no: 'tidak' }, en: { yes: 'yes', no: 'no' } } as const;

/** A launch date already past (the interview says so and asks whether the MPP operates). */
export const PAST_LAUNCH = '2024-05-02';

/**
 * Answers the whole interview in `term` like a person, awaiting each question by its text from the
 * schema and the catalogue: a launch date in the past (said so; `ya`/`yes`: operating), a short
 * Friday, WhatsApp as a complaint channel with its number, a share typed with a decimal comma, one
 * wrong value corrected after a plain message, three typical agencies whose offered counters are
 * taken, a hostile custom agency with two services, two more facilities, floors first too small
 * (said so, then the offered size taken), and from the summary the region section reopened to change
 * the province before the deployment is written.
 */
export async function answerInterview(term: Terminal, lang: Lang): Promise<void> {
  const typical = typicalAgencies();
  const chosen = ['dukcapil', 'dpmptsp', 'samsat'].map((id) => typical.find((a) => a.id === id));
  const picked = ['dukcapil', 'dpmptsp', 'samsat'].map((id) => typical.findIndex((a) => a.id === id));
  if (picked.some((i) => i < 0)) throw new Error('a typical agency the interview test picks is gone from data/typical-agencies.yaml');
  const facilities = REGION_FIELDS.itemsOf(REGION_FIELDS.get('facilities'))!.options!.map((o) => o.value);
  const channels = REGION_FIELDS.get('mpp.complaintChannels[].kind').options!.map((o) => o.value);
  const p = (path: string) => prompt(path, lang);
  const words = WORDS[lang];

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
  term.answer(PAST_LAUNCH);
  await term.expect(t(lang, 'interview.launchPast', { date: PAST_LAUNCH }));
  term.answer(words.yes);
  await term.expect(t(lang, 'interview.hours'));
  term.type(KEY.down, KEY.enter); // the short Friday
  await term.expect(p('mpp.serviceLevel.targetShare'));
  term.answer('0,75'); // a decimal comma
  // A wrong value is asked again, with a plain message built from the field's bounds.
  await term.expect(p('mpp.serviceLevel.maxWaitMinutes'));
  term.answer('lima');
  await term.expect(acceptedText(REGION_FIELDS.get('mpp.serviceLevel.maxWaitMinutes'), lang));
  term.type(...Array.from({ length: 4 }, () => KEY.backspace), '20', KEY.enter);
  // Not known yet: left empty, the kit estimates the visitors (marked).
  await term.expect(p('mpp.dailyVisitors'));
  term.type(KEY.enter);
  await term.expect(t(lang, 'interview.channels'));
  term.type(...toggle([channels.indexOf('whatsapp')]), KEY.enter); // SP4N-LAPOR! and the desk come checked
  await term.expect(itemPrompt('mpp.complaintChannels[].value', REGION_FIELDS.label('mpp.complaintChannels[].kind', 'whatsapp')[lang], lang));
  term.answer('0812 3456 7890');
  await term.expect(t(lang, 'interview.pickAgencies'));
  term.type(...toggle(picked), KEY.enter);
  for (const agency of chosen) {
    // Named, and offering what its queue needs: taken as offered.
    await term.expect(itemPrompt('agencies[].plannedCounters', agency!.shortName ?? agency!.name[lang], lang));
    term.type(KEY.enter);
  }
  await term.expect(t(lang, 'interview.addAnotherAgency'));
  term.answer(words.yes);
  await term.expect(p('agencies[].name'));
  term.answer(HOSTILE_AGENCY);
  await term.expect(itemPrompt('agencies[].kind', HOSTILE_AGENCY, lang));
  term.type(...down(5), KEY.enter); // swasta (after "leave empty": the kind is optional)
  for (const [name, visitors] of [['Arsip Statis', '15'], ['Peminjaman Arsip', '8']]) {
    await term.expect(itemPrompt('services[].name', HOSTILE_AGENCY, lang));
    term.answer(name);
    await term.expect(itemPrompt('services[].category', name, lang));
    term.type(KEY.enter);
    await term.expect(itemPrompt('services[].visitorsPerDay', name, lang));
    term.answer(visitors);
    await term.expect(itemPrompt('services[].handlingMinutes', name, lang));
    term.type(KEY.enter);
    await term.expect(t(lang, 'interview.addService', { agency: HOSTILE_AGENCY }));
    term.answer(name === 'Arsip Statis' ? 'y' : 'n');
  }
  await term.expect(itemPrompt('agencies[].plannedCounters', HOSTILE_AGENCY, lang));
  term.type(...Array.from({ length: 3 }, () => KEY.backspace), '2', KEY.enter);
  await term.expect(t(lang, 'interview.addAnotherAgency'));
  term.answer(words.no);
  await term.expect(p('facilities'));
  term.type(...toggle([facilities.indexOf('ramp'), facilities.indexOf('lactation-room')]), KEY.enter);
  await term.expect(t(lang, 'interview.floorCount'));
  term.answer('2');
  // Too small for the selection: said so, and the size that fits is offered instead.
  await term.expect(p('mpp.floors[].width'));
  term.answer('10');
  await term.expect(p('mpp.floors[].depth'));
  term.answer('8');
  await term.expect(t(lang, 'interview.floorTooSmall', { count: 2, width: '10', depth: '8' }).split('(')[0].trim());
  term.answer(words.no);
  await term.expect(p('mpp.floors[].width'));
  term.type(KEY.enter);
  await term.expect(p('mpp.floors[].depth'));
  term.type(KEY.enter);
  // The summary: the region section reopened, its answers offered again, the province changed.
  await term.expect(t(lang, 'interview.summary.reopen', { section: t(lang, 'interview.section.floors') }));
  term.type(KEY.down, KEY.enter);
  await term.expect(p('lang'));
  term.type(KEY.enter);
  await term.expect(p('region.name'));
  term.type(KEY.enter);
  await term.expect(p('region.kind'));
  term.type(KEY.enter);
  await term.expect(p('region.province'));
  term.answer('Banten');
  await term.expect(p('region.slug'));
  term.type(KEY.enter);
  await term.expect(t(lang, 'interview.summary.reopen', { section: t(lang, 'interview.section.floors') }));
  term.type(KEY.enter);
}
