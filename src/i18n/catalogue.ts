import type { Lang, Localized } from './types.js';
import { coreMessages } from './messages/core.js';
import { checklistMessages } from './messages/checklist.js';
import { layoutMessages } from './messages/layout.js';
import { appconfigMessages } from './messages/appconfig.js';
import { reviewMessages } from './messages/review.js';
import { growMessages } from './messages/grow.js';
import { simulationMessages } from './messages/simulation.js';
import { floorplanMessages } from './messages/floorplan.js';
import { completeMessages } from './messages/complete.js';
import { importMessages } from './messages/import.js';
import { interviewMessages } from './messages/interview.js';
import { writeMessages } from './messages/write.js';
import { instrumentMessages } from './messages/instruments.js';
import { reviewReportMessages } from './messages/review-report.js';
import { upgradeMessages } from './messages/upgrade.js';
import { runMessages } from './messages/run.js';

/** The messages, split by concern for editing. */
const parts = [
  coreMessages,
  checklistMessages,
  layoutMessages,
  appconfigMessages,
  reviewMessages,
  growMessages,
  simulationMessages,
  floorplanMessages,
  completeMessages,
  importMessages,
  interviewMessages,
  writeMessages,
  instrumentMessages,
  reviewReportMessages,
  upgradeMessages,
  runMessages,
] satisfies Array<Record<string, Localized>>;

/** All the parts' keys in one type (an intersection of the parts). */
type Merged<Part> = (Part extends unknown ? (part: Part) => void : never) extends (merged: infer All) => void ? All : never;

/**
 * The one message catalogue: every text a user reads, in id and en. Made with Object.assign rather
 * than one object spread of all the parts: spreading about a thousand keys into a new object literal
 * costs V8 about 10 ms at every start of every command, assigning them well under one.
 */
export const catalogue = Object.assign({}, ...parts) as Merged<(typeof parts)[number]>;

export type MessageKey = keyof typeof catalogue;
export type Params = Record<string, string | number>;

/** A template cut at its `{name}` placeholders: text, name, text, ..., text (once per template; templates are the kit's own texts). */
const templateParts = new Map<string, readonly string[]>();
function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders. Unknown placeholders stay as they are, so a missing param is visible. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  const parts = partsOf(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

export function t(lang: Lang, key: MessageKey, params?: Params): string {
  const entry: Localized = catalogue[key];
  return format(entry[lang], params);
}

/** A catalogue message in both languages, for data that carries {id, en} (renderers pick one). */
export function both(key: MessageKey, params?: Params): Localized {
  return { id: t('id', key, params), en: t('en', key, params) };
}

/**
 * A catalogue entry by a key made at run time (`facility.ramp`, the label of an enum value), or
 * undefined when the catalogue has none.
 */
export function lookup(key: string): Localized | undefined {
  return Object.prototype.hasOwnProperty.call(catalogue, key) ? (catalogue as Record<string, Localized>)[key] : undefined;
}

/** Picks one language of a localized text (for data files that carry {id, en}). */
export function pick(lang: Lang, text: Localized): string {
  return text[lang];
}

/** A translator bound to one language. */
export type Translate = (key: MessageKey, params?: Params) => string;
export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}
