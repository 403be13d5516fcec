import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { InputError } from '../../config/errors.js';
import { EXIT, printIssues, type Io } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { loadArguments, type LoadedRegion } from '../../review/inputs.js';
import { reviewRegion } from '../../review/review.js';
import { completeRegion } from '../../complete/complete.js';
import { diffRegions } from '../../review/diff.js';
import { buildReport, reportFails, type DiffReport, type ReviewedRegion } from '../../review/report.js';
import { renderReviewText } from '../../review/render/text.js';
import { renderJson, renderReviewHtml, renderReviewMarkdown } from '../../review/render/report.js';
import { renderDiffMarkdown, renderDiffText } from '../../review/render/diff.js';

export const reviewHelp = {
  id: [
    'mpp review BERKAS|FOLDER... [--format table|md|html|json] [--out BERKAS] [--min-score N] [--lang id|en]',
    'mpp review --diff LAMA BARU [--format table|md|json] [--out BERKAS] [--min-score N]',
    '  Menilai kesiapan daerah: skor 0-100 per kategori dan temuan dengan saran perbaikan. FOLDER berisi',
    '  mpp.yaml (dan checklist/checklist.yaml bila ada) atau subfolder daerah. Kode keluar: 0 tanpa',
    '  penghalang, 1 ada penghalang atau skor di bawah --min-score, 2 masukan tidak valid.',
  ].join('\n'),
  en: [
    'mpp review FILE|FOLDER... [--format table|md|html|json] [--out FILE] [--min-score N] [--lang id|en]',
    'mpp review --diff OLD NEW [--format table|md|json] [--out FILE] [--min-score N]',
    '  Assesses readiness: a 0-100 score per category and findings with suggested fixes. A FOLDER holds',
    '  mpp.yaml (and checklist/checklist.yaml if any) or region subfolders. Exit code: 0 no blockers,',
    '  1 blockers found or score under --min-score, 2 invalid input.',
  ].join('\n'),
};

const FORMATS = ['table', 'md', 'html', 'json'] as const;
const DIFF_FORMATS = ['table', 'md', 'json'] as const;
type Format = (typeof FORMATS)[number];

function inputError(path: string, code: string, message: string): InputError {
  return new InputError([{ path, code, message }]);
}

function reviewed(loaded: LoadedRegion): ReviewedRegion {
  return {
    file: loaded.source.file,
    ...(loaded.source.checklist ? { checklist: loaded.source.checklist } : {}),
    review: reviewRegion(completeRegion(loaded.region), { checklist: loaded.checklist }),
  };
}

/** `mpp review`: readiness reports for one region, a batch, or the diff of two versions. No Yeoman on this path. */
export async function reviewCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' }, out: { type: 'string' }, 'min-score': { type: 'string' }, diff: { type: 'string' } }, lang);
  const useLang = (values.lang as Lang | undefined) ?? lang;
  const diffOld = values.diff as string | undefined;
  const allowed: readonly string[] = diffOld !== undefined ? DIFF_FORMATS : FORMATS;
  const format = (values.format as string | undefined) ?? 'table';
  if (!allowed.includes(format)) throw inputError('--format', 'bad-format', t(useLang, 'review.cli.badFormat', { allowed: allowed.join(', ') }));
  const minText = values['min-score'] as string | undefined;
  const minScore = minText === undefined ? undefined : Number(minText);
  if (minScore !== undefined && (minText!.trim() === '' || !Number.isFinite(minScore) || minScore < 0 || minScore > 100)) {
    throw inputError('--min-score', 'bad-min-score', t(useLang, 'review.cli.badMinScore'));
  }
  const out = values.out as string | undefined;
  if (out !== undefined) {
    const folder = dirname(resolve(io.cwd, out));
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw inputError('--out', 'out-folder-missing', t(useLang, 'review.cli.outFolderMissing', { path: folder }));
  }
  if (diffOld !== undefined && positionals.length !== 1) throw inputError('--diff', 'diff-arguments', t(useLang, 'review.cli.diffArgs'));
  if (positionals.length === 0) throw inputError('', 'missing-argument', t(useLang, 'cli.missingArgument', { detail: 'FILE|FOLDER' }));

  const args = diffOld !== undefined ? [diffOld, positionals[0]] : positionals;
  const { regions, issues } = loadArguments(args, io.cwd, useLang);
  if (issues.length > 0) {
    for (const group of issues) printIssues(io, useLang, group.issues, group.file);
    io.err(t(useLang, 'cli.nothingWritten'));
    return EXIT.input;
  }
  if (diffOld !== undefined && regions.length !== 2) throw inputError('--diff', 'diff-arguments', t(useLang, 'review.cli.diffArgs'));

  let text: string;
  let fails: boolean;
  if (diffOld !== undefined) {
    const [before, after] = regions.map(reviewed);
    const report: DiffReport = { schemaVersion: 1, kind: 'diff', old: before, new: after, diff: diffRegions(regions[0].region, regions[1].region, { before: before.review, after: after.review }, { before: completeRegion(regions[0].region), after: completeRegion(regions[1].region) }) };
    text = format === 'json' ? renderJson(report) : format === 'md' ? renderDiffMarkdown(report, useLang) : renderDiffText(report, useLang);
    fails = reportFails([after], minScore);
  } else {
    const report = buildReport(regions.map(reviewed));
    const renderers: Record<Format, () => string> = {
      table: () => renderReviewText(report, useLang),
      md: () => renderReviewMarkdown(report, useLang),
      html: () => renderReviewHtml(report, useLang),
      json: () => renderJson(report),
    };
    text = renderers[format as Format]();
    fails = reportFails(report.regions, minScore);
  }
  if (out !== undefined) {
    writeFileSync(resolve(io.cwd, out), text);
    io.err(t(useLang, 'review.written', { file: out }));
  } else {
    io.out(text);
  }
  return fails ? EXIT.findings : EXIT.ok;
}
