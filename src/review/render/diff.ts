import { t, type MessageKey } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/types.js';
import { renderTemplate } from '../../render/templates.js';
import type { DiffReport } from '../report.js';
import type { EntityChange, FieldChange, ListDiff } from '../diff.js';
import { terminalText, textTable } from './lines.js';

const MAX_VALUE = 60;

/** A short, one-line rendering of a field value (long values are cut with an ellipsis). */
export function shortValue(value: unknown): string {
  if (value === undefined) return '-';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length > MAX_VALUE ? `${chars.slice(0, MAX_VALUE - 1).join('')}…` : chars.join('');
}

function fieldText(change: FieldChange): string {
  return `${change.field}: ${shortValue(change.before)} -> ${shortValue(change.after)}`;
}

interface Section {
  title: string;
  lines: Array<{ mark: '+' | '-' | '~'; text: string }>;
}

function entityLine(e: EntityChange): string {
  return `${e.id} (${e.name})`;
}

function listSection(title: string, diff: ListDiff): Section {
  return {
    title,
    lines: [
      ...diff.added.map((e) => ({ mark: '+' as const, text: entityLine(e) })),
      ...diff.removed.map((e) => ({ mark: '-' as const, text: entityLine(e) })),
      ...diff.changed.map((e) => ({ mark: '~' as const, text: `${entityLine(e)}: ${(e.fields ?? []).map(fieldText).join('; ')}` })),
    ],
  };
}

/** The diff as sections of marked lines (+ added, - removed, ~ changed), in one language. */
export function diffContext(report: DiffReport, lang: Lang) {
  const { diff } = report;
  const r = diff.readiness;
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  const facilityName = (f: string) => `${f} (${t(lang, `facility.${f}` as MessageKey)})`;
  const sections: Section[] = [
    listSection(t(lang, 'review.diff.agencies'), diff.agencies),
    listSection(t(lang, 'review.diff.services'), diff.services),
    listSection(t(lang, 'review.diff.counters'), diff.counters),
    { title: t(lang, 'review.diff.mpp'), lines: diff.settings.map((c) => ({ mark: '~' as const, text: fieldText(c) })) },
    {
      title: t(lang, 'review.diff.facilities'),
      lines: [...diff.facilities.added.map((f) => ({ mark: '+' as const, text: facilityName(f) })), ...diff.facilities.removed.map((f) => ({ mark: '-' as const, text: facilityName(f) }))],
    },
    { title: t(lang, 'review.diff.newFindings'), lines: diff.findings.added.map((f) => ({ mark: '+' as const, text: `[${t(lang, `review.severity.${f.severity}` as MessageKey)}] ${f.path}: ${f.message[lang]}` })) },
    { title: t(lang, 'review.diff.resolvedFindings'), lines: diff.findings.resolved.map((f) => ({ mark: '-' as const, text: `[${t(lang, `review.severity.${f.severity}` as MessageKey)}] ${f.path}: ${f.message[lang]}` })) },
  ];
  return {
    lang,
    title: t(lang, 'review.diff.title', { old: report.old.file, new: report.new.file }),
    readiness: t(lang, 'review.diff.readiness', { before: r.before, after: r.after, delta: signed(r.delta) }),
    counts: t(lang, 'review.diff.counts', { b0: r.countsBefore.blocker, b1: r.countsAfter.blocker, m0: r.countsBefore.major, m1: r.countsAfter.major, n0: r.countsBefore.minor, n1: r.countsAfter.minor }),
    categoriesTitle: t(lang, 'review.diff.categories'),
    categories: r.categories.map((c) => ({ title: t(lang, `review.category.${c.id}` as MessageKey), before: c.before, after: c.after, delta: signed(c.delta) })),
    sections: sections.map((s) => ({ ...s, empty: s.lines.length === 0, none: t(lang, 'review.diff.none') })),
  };
}

export function renderDiffText(report: DiffReport, lang: Lang): string {
  const c = diffContext(report, lang);
  const out = [terminalText(c.title), c.readiness, c.counts, ''];
  out.push(textTable([t(lang, 'review.col.category'), t(lang, 'review.diff.before'), t(lang, 'review.diff.after'), '+/-'], c.categories.map((x) => [x.title, x.before, x.after, x.delta]), [false, true, true, true]));
  for (const s of c.sections) {
    out.push('', `${s.title}:`);
    if (s.empty) out.push(`  ${s.none}`);
    for (const line of s.lines) out.push(terminalText(`  ${line.mark} ${line.text}`));
  }
  return `${out.join('\n')}\n`;
}

export function renderDiffMarkdown(report: DiffReport, lang: Lang): string {
  return renderTemplate('review/diff.md.hbs', diffContext(report, lang));
}
