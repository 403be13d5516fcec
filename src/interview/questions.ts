import type { Lang } from '../i18n/types.js';
import { format, t } from '../i18n/catalogue.js';
import type { SchemaField, SchemaFields } from '../config/schema-fields.js';
import { checkAnswer } from './check-answer.js';
import { parseYesNo, toNumber } from './parse.js';

/** A question in the shape inquirer (and Yeoman's `this.prompt`) takes. */
export interface Question {
  type: 'input' | 'number' | 'select' | 'confirm' | 'checkbox';
  name: string;
  message: string;
  default?: unknown;
  choices?: Choice[];
  validate?: (value: unknown) => true | string;
  filter?: (value: unknown) => unknown;
  /** The prompt's look and words (a yes/no question's `Ya`/`Tidak` and its message for another answer). */
  theme?: object;
}

export interface Choice {
  name: string;
  value: unknown;
  checked?: boolean;
}

export type Ask = (questions: Question[]) => Promise<Record<string, unknown>>;

/** `agencies[].name` -> `agencies_name`: the answer's name in Yeoman's answers and in tests. */
export function questionName(path: string): string {
  return path.replace(/\[\]/g, '').replace(/\./g, '_');
}

/** True when the interview can put one question for the field (a value, a choice, a yes/no or a pick of several). */
export function isQuestionField(field: SchemaField, fields: SchemaFields): boolean {
  if (field.kind === 'array') return fields.itemsOf(field)?.kind === 'enum';
  return field.kind === 'string' || field.kind === 'number' || field.kind === 'integer' || field.kind === 'boolean' || field.kind === 'enum';
}

/** An empty answer may stand for "absent" only when the field is optional without condition. */
export const isOptional = (field: SchemaField): boolean => field.required === false && field.condition === null;

export interface QuestionOptions {
  /** What the question offers; otherwise the field's `x-prompt.default`, then its schema `default`. */
  default?: unknown;
  name?: string;
  /** Choices the data gives (an agency among the region's); otherwise the enum's values. */
  choices?: Choice[];
  /**
   * An empty answer means "not known yet" (the field is left out, for the complete stage to
   * estimate) even where the schema requires the field within its object.
   */
  optional?: boolean;
  /** The name of the item the question is about (an agency, a service): the question names it. */
  item?: string;
}

/**
 * A yes/no question in the run's language: inquirer's own confirm prompt with the catalogue's words,
 * so that `ya`/`tidak` (and `y`/`n`, `yes`/`no`) are understood and another answer is refused with a
 * plain sentence rather than taken for the default.
 */
export function yesNoQuestion(name: string, message: string, offered: boolean, lang: Lang): Question {
  const words = { yes: t(lang, 'interview.yes'), no: t(lang, 'interview.no') };
  return { type: 'confirm', name, message, default: offered, theme: { keywords: { ...words, error: () => t(lang, 'interview.invalid.yesNo') } } };
}

/** Asks a yes/no question; the answer as a boolean (an answer given as a word read as one, else the offered one). */
export async function askYesNo(ask: Ask, name: string, message: string, offered: boolean, lang: Lang): Promise<boolean> {
  return parseYesNo(await askOne(ask, yesNoQuestion(name, message, offered, lang))) ?? offered;
}

/** The question's text: the field's prompt, naming the item it is about when there is one. */
function questionText(field: SchemaField, lang: Lang, item: string | undefined): string {
  const question = field.prompt?.[lang] ?? field.description[lang];
  if (item === undefined) return question;
  if (field.itemPrompt) return format(field.itemPrompt[lang], { item });
  return t(lang, 'interview.aboutItem', { question, item });
}

/**
 * The question for a schema field: its prompt (`x-prompt`, else its description), kind and choices
 * (enum values with their labels), validation and offered answer all come from the schema.
 */
export function fieldQuestion(field: SchemaField, fields: SchemaFields, lang: Lang, options: QuestionOptions = {}): Question {
  const name = options.name ?? questionName(field.path);
  const message = questionText(field, lang, options.item);
  const offered = options.default !== undefined ? options.default : field.promptDefault !== undefined ? field.promptDefault : field.default;
  if (field.kind === 'array') {
    const items = fields.itemsOf(field);
    const picked = Array.isArray(offered) ? offered : [];
    const choices: Choice[] = options.choices ?? (items?.options ?? []).map((o) => ({ name: o.label[lang], value: o.value }));
    return { type: 'checkbox', name, message, choices: choices.map((c) => ({ ...c, checked: c.checked ?? picked.includes(c.value) })) };
  }
  if (field.kind === 'enum' || options.choices) {
    const choices: Choice[] = options.choices ?? (field.options ?? []).map((o) => ({ name: o.label[lang], value: o.value }));
    // An optional pick with nothing to offer starts on "leave empty" (the cursor rests on the choice
    // whose value is the default): Enter records nothing rather than the first value.
    const withEmpty = isOptional(field) && offered === undefined ? [{ name: t(lang, 'interview.emptyChoice'), value: undefined }, ...choices] : choices;
    return { type: 'select', name, message, default: offered, choices: withEmpty };
  }
  if (field.kind === 'boolean') return yesNoQuestion(name, message, parseYesNo(offered) ?? false, lang);
  const validate = (value: unknown): true | string => checkAnswer(field, fields, value, lang, !(options.optional || isOptional(field)));
  if (field.kind === 'number' || field.kind === 'integer') {
    return { type: 'input', name, message, default: offered === undefined ? undefined : String(offered), filter: (value) => toNumber(value, lang), validate };
  }
  return { type: 'input', name, message, default: offered === undefined ? undefined : String(offered), validate };
}

/** The answer as the data holds it: numbers as numbers, an empty optional answer as absent. */
export function answerValue(field: SchemaField, value: unknown, lang: Lang = 'id'): unknown {
  if (typeof value === 'string' && value.trim() === '' && field.kind !== 'enum') return undefined;
  if (field.kind === 'number' || field.kind === 'integer') return toNumber(value, lang);
  if (field.kind === 'boolean') return parseYesNo(value) ?? value;
  return value;
}

/**
 * Asks one question and returns its answer. A pick among no choices is never put (an empty list
 * crashes a real terminal's prompt): no pick, or nothing chosen.
 */
export async function askOne<T>(ask: Ask, question: Question): Promise<T> {
  if ((question.type === 'checkbox' || question.type === 'select') && (question.choices ?? []).length === 0) {
    return (question.type === 'checkbox' ? [] : undefined) as T;
  }
  const answers = await ask([question]);
  return answers[question.name] as T;
}

/** Asks the question of a field and returns the value for the data (undefined: leave the field out). */
export async function askField(ask: Ask, field: SchemaField, fields: SchemaFields, lang: Lang, options: QuestionOptions = {}): Promise<unknown> {
  return answerValue(field, await askOne(ask, fieldQuestion(field, fields, lang, options)), lang);
}
