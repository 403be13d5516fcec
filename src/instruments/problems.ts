import type { KemenpanrbInstrument, OmbudsmanInstrument, PekpppInstrument, Sources } from '../generated/instrument.types.js';
import type { PekpppMapping } from '../generated/mapping.types.js';

/**
 * What the schemas cannot check in the instrument data: every `source` names a listed source, every
 * listed source is used, every basis is a known rule that is not replaced, and the figures add up
 * (aspect weights and each aspect's indicator weights to 100, Ombudsman parts to 100, grade bands
 * falling to 0). Each problem is a plain sentence naming the place; none means the data are sound.
 */

interface RuleLookup {
  get(id: string): { status: string } | undefined;
}

/** Every object below `value` that carries a `source` list, with a path for messages. */
function sourceHolders(value: unknown, path: string, out: Array<{ path: string; source: unknown }>): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => sourceHolders(item, `${path}[${i}]`, out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if ('source' in record) out.push({ path, source: record.source });
  for (const [key, child] of Object.entries(record)) if (key !== 'sources' && key !== 'source') sourceHolders(child, `${path}.${key}`, out);
}

function sourceProblems(data: { id: string; sources: Sources }): string[] {
  const problems: string[] = [];
  const listed = new Set(data.sources.map((s) => s.id));
  if (listed.size !== data.sources.length) problems.push(`${data.id}: a source id appears twice`);
  const used = new Set<string>();
  const holders: Array<{ path: string; source: unknown }> = [];
  sourceHolders(data, data.id, holders);
  for (const holder of holders) {
    for (const id of Array.isArray(holder.source) ? (holder.source as string[]) : []) {
      used.add(id);
      if (!listed.has(id)) problems.push(`${holder.path}: unknown source ${id}`);
    }
  }
  for (const id of listed) if (!used.has(id)) problems.push(`${data.id}: source ${id} is listed but no figure cites it`);
  return problems;
}

function basisProblems(where: string, basis: readonly string[], rules: RuleLookup): string[] {
  return basis.flatMap((id) => {
    const rule = rules.get(id);
    if (!rule) return [`${where}: unknown rule ${id}`];
    return rule.status === 'replaced' ? [`${where}: cites ${id}, which is replaced`] : [];
  });
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

export function pekpppProblems(data: PekpppInstrument, rules: RuleLookup): string[] {
  const problems = [...sourceProblems(data), ...basisProblems('pekppp.basis', data.basis, rules)];
  const aspects = new Map(data.aspects.map((a) => [a.id, a]));
  const total = data.aspects.reduce((sum, a) => sum + a.weight, 0);
  if (!close(total, 100)) problems.push(`pekppp.aspects: weights add up to ${total}, not 100`);
  data.indicators.forEach((indicator, index) => {
    if (indicator.no !== index + 1) problems.push(`pekppp.indicators[${index}]: number ${indicator.no}, expected ${index + 1}`);
    if (!aspects.has(indicator.aspect)) problems.push(`pekppp.indicators[${index}]: unknown aspect ${indicator.aspect}`);
  });
  for (const aspect of data.aspects) {
    const sum = data.indicators.filter((i) => i.aspect === aspect.id).reduce((s, i) => s + i.weight, 0);
    const expected = aspect.weight > 0 ? 100 : 0;
    if (!close(sum, expected)) problems.push(`pekppp.aspects ${aspect.id}: indicator weights add up to ${sum}, not ${expected}`);
  }
  const mins = data.grades.bands.map((b) => b.min);
  if (mins.some((m, i) => i > 0 && m >= mins[i - 1])) problems.push('pekppp.grades: bands must go from the highest minimum down');
  if (mins[mins.length - 1] !== 0) problems.push('pekppp.grades: the last band must start at 0');
  return problems;
}

export function ombudsmanProblems(data: OmbudsmanInstrument, rules: RuleLookup): string[] {
  const problems = sourceProblems(data);
  for (const model of data.models) {
    problems.push(...basisProblems(`ombudsman.${model.id}.basis`, model.basis, rules));
    const sum = model.parts.reduce((s, p) => s + p.weight, 0);
    if (!close(sum, 100)) problems.push(`ombudsman.${model.id}: part weights add up to ${sum}, not 100`);
  }
  return problems;
}

export function kemenpanrbProblems(data: KemenpanrbInstrument, rules: RuleLookup): string[] {
  const problems = [...sourceProblems(data), ...basisProblems('kemenpanrb-mpp.basis', data.basis, rules)];
  for (const prima of data.prima) {
    if (prima.count > prima.of) problems.push(`kemenpanrb-mpp.prima ${prima.year}: ${prima.count} of ${prima.of}`);
    if (prima.regions && prima.regions.length !== prima.count) problems.push(`kemenpanrb-mpp.prima ${prima.year}: ${prima.regions.length} regions named for a count of ${prima.count}`);
  }
  return problems;
}

/** The mapping covers each indicator once, and names only indicators and checklist items that exist. */
export function mappingProblems(mapping: PekpppMapping, instrument: PekpppInstrument, catalogueItems: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const numbers = new Set(instrument.indicators.map((i) => i.no));
  const seen = new Set<number>();
  for (const entry of mapping.indicators) {
    if (!numbers.has(entry.indicator)) problems.push(`pekppp-mapping: unknown indicator ${entry.indicator}`);
    if (seen.has(entry.indicator)) problems.push(`pekppp-mapping: indicator ${entry.indicator} appears twice`);
    seen.add(entry.indicator);
    const levels = instrument.indicators.find((i) => i.no === entry.indicator)?.levels;
    if ((entry.ladder?.length ?? 0) > 0 && !levels) problems.push(`pekppp-mapping: indicator ${entry.indicator} has a ladder but no level texts`);
    for (const id of [...(entry.ladder ?? []).flatMap((l) => l.items), ...(entry.hints?.items ?? [])]) {
      if (!catalogueItems.has(id)) problems.push(`pekppp-mapping: indicator ${entry.indicator} names unknown checklist item ${id}`);
    }
  }
  for (const no of numbers) if (!seen.has(no)) problems.push(`pekppp-mapping: indicator ${no} is not mapped`);
  return problems;
}

