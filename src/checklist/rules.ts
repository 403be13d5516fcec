import type { Rule, RuleType, RulesRegistry } from '../generated/rules.types.js';
import type { Citation } from '../generated/checklist.types.js';

/** How each kind of rule is cited in Indonesian practice (also used in English documents). */
export const RULE_TYPE_LABELS: Record<RuleType, string> = {
  uu: 'UU',
  perpres: 'Perpres',
  pp: 'PP',
  permenpanrb: 'PermenPANRB',
  kepmenpanrb: 'KepmenPANRB',
  'pedoman-menpanrb': 'Pedoman MenPANRB',
  permenpupr: 'PermenPUPR',
  'peraturan-ombudsman': 'Peraturan Ombudsman',
  permenkes: 'Permenkes',
  permenpan: 'PermenPAN',
  'nota-kesepahaman': 'Nota Kesepahaman',
  perbup: 'Perbup',
  'keputusan-bupati': 'Keputusan Bupati',
};

/** `PermenPANRB 92/2021`: type, number and year (or the rule's own `citation`, e.g. for a memorandum). */
export function citationText(rule: Pick<Rule, 'type' | 'number' | 'year' | 'citation'>): string {
  return rule.citation ?? `${RULE_TYPE_LABELS[rule.type]} ${rule.number}/${rule.year}`;
}

export function ruleIndex(registry: RulesRegistry): Map<string, Rule> {
  return new Map(registry.rules.map((rule) => [rule.id, rule]));
}

/**
 * The citation of a rule as a checklist item carries it. A replaced rule is refused: it would be
 * presented as current (the catalogue test keeps the data free of them).
 */
export function cite(rules: Map<string, Rule>, id: string): Citation {
  const rule = rules.get(id);
  if (!rule) throw new Error(`checklist catalogue cites an unknown rule: ${id}`);
  if (rule.status === 'replaced') {
    throw new Error(`checklist catalogue cites ${id}, replaced by ${rule.replacedBy ?? '?'}`);
  }
  const citation: Citation = { rule: rule.id, citation: citationText(rule), title: rule.title, status: rule.status };
  if (rule.caveat) citation.caveat = { id: rule.caveat.id, en: rule.caveat.en };
  return citation;
}

/** Problems in the registry itself: duplicate ids, replacements that point nowhere or at replaced rules. */
export function registryProblems(registry: RulesRegistry): string[] {
  const problems: string[] = [];
  const index = new Map<string, Rule>();
  for (const rule of registry.rules) {
    if (index.has(rule.id)) problems.push(`duplicate rule id ${rule.id}`);
    index.set(rule.id, rule);
  }
  for (const rule of registry.rules) {
    if (rule.status !== 'replaced') continue;
    const successor = rule.replacedBy ? index.get(rule.replacedBy) : undefined;
    if (!successor) problems.push(`${rule.id} is replaced by an unknown rule ${rule.replacedBy ?? ''}`);
    else if (successor.status === 'replaced') problems.push(`${rule.id} is replaced by ${successor.id}, itself replaced`);
  }
  return problems;
}
