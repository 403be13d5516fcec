import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { FileDecision } from './decide.js';

/**
 * The user's answer about a file both they and the kit changed: `merge` writes the merge (with
 * conflict markers where the changes overlap), `keep` leaves their file as it is, `overwrite`
 * writes the kit's version.
 */
export type ConflictChoice = 'merge' | 'keep' | 'overwrite';

/** One question, in the run's language, for whichever prompt asks it (a terminal, Yeoman's adapter). */
export interface ConflictQuestion {
  path: string;
  message: string;
  choices: Array<{ name: string; value: ConflictChoice }>;
  default: ConflictChoice;
}

export type ConflictChooser = (question: ConflictQuestion) => Promise<ConflictChoice>;

const choice = (lang: Lang, value: ConflictChoice) => ({ name: t(lang, `write.conflict.${value}`), value });

/**
 * The question a decision raises, if any: overlapping line changes (markers would be written), or
 * an edited file the kit changed that cannot be merged (binary, or no record of what the kit wrote).
 * A clean merge raises none, nor does a structured merge (its conflicts keep the user's value, and
 * the file stays valid).
 */
export function conflictQuestion(decision: FileDecision, lang: Lang): ConflictQuestion | undefined {
  const { path } = decision;
  if (decision.kind === 'conflict' && decision.strategy === 'text') {
    return { path, message: t(lang, 'write.conflict.overlap', { path }), choices: [choice(lang, 'merge'), choice(lang, 'keep'), choice(lang, 'overwrite')], default: 'merge' };
  }
  if (decision.kind === 'keep' && decision.kit) {
    return { path, message: t(lang, 'write.conflict.question', { path }), choices: [choice(lang, 'keep'), choice(lang, 'overwrite')], default: 'keep' };
  }
  return undefined;
}

function settle(decision: FileDecision, answer: ConflictChoice): FileDecision {
  const { path, known } = decision;
  if (answer === 'keep') {
    const record = decision.kind === 'conflict' ? decision.base : decision.record;
    return { path, known, kind: 'keep', reason: 'chosen', record };
  }
  if (answer === 'overwrite') {
    const kit = decision.kind === 'conflict' ? decision.record : decision.kind === 'keep' ? decision.kit : undefined;
    if (kit?.content !== undefined) return { path, known, kind: 'replace', content: kit.content, reason: 'confirmed', record: kit };
  }
  return decision;
}

/**
 * Settles the decisions that raise a question, asking `choose` one file at a time when there is
 * someone to ask; without it every default stands (merges written with their markers, unmergeable
 * files kept as the user left them).
 */
export async function settleDecisions(decisions: readonly FileDecision[], lang: Lang, choose?: ConflictChooser): Promise<FileDecision[]> {
  const out: FileDecision[] = [];
  for (const decision of decisions) {
    const question = choose ? conflictQuestion(decision, lang) : undefined;
    out.push(question && choose ? settle(decision, await choose(question)) : decision);
  }
  return out;
}
