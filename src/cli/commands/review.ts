import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { dashboardLink, missingEvidenceFiles } from '../../review/deployment-files.js';
import type { ReportOptions } from '../../review/render/context.js';
import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { InputError } from '../../config/errors.js';
import { EXIT, printIssues, type Io } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { loadArguments, type LoadedRegion } from '../../review/inputs.js';
import { reviewRegion } from '../../review/review.js';
import { diffRegions } from '../../review/diff.js';
import { buildReport, reportFails, type DiffReport, type ReviewedRegion } from '../../review/report.js';
import { renderReviewText } from '../../review/render/text.js';
import { renderJson } from '../../review/render/json.js';

export const reviewHelp = {
  id: [
    'mpp review BERKAS|FOLDER... [--format table|md|html|json|xlsx] [--instrument pekppp] [--out BERKAS] [--min-score N] [--lang id|en]',
    'mpp review --diff LAMA BARU [--format table|md|json] [--out BERKAS] [--min-score N]',
    '  Menilai kesiapan daerah: indeks kesiapan kit 0-100 (bukan nilai resmi) per kategori dengan alasannya,',
    '  temuan per kategori dan instansi, bukti dan status pemeriksa, dan estimasi PEKPPP. FOLDER berisi',
    '  mpp.yaml (dan checklist/checklist.yaml bila ada) atau subfolder daerah; --format html untuk banyak',
    '  daerah menulis dasbor konsultan. --instrument pekppp menampilkan pra-penilaian per indikator;',
    '  --format xlsx (wajib --out) menulis lembar kerja PEKPPP. Kode keluar: 0 tanpa penghalang, 1 ada',
    '  penghalang atau skor di bawah --min-score, 2 masukan tidak valid.',
  ].join('\n'),
  en: [
    'mpp review FILE|FOLDER... [--format table|md|html|json|xlsx] [--instrument pekppp] [--out FILE] [--min-score N] [--lang id|en]',
    'mpp review --diff OLD NEW [--format table|md|json] [--out FILE] [--min-score N]',
    "  Assesses readiness: the kit's 0-100 readiness index (not an official grade) per category with its",
    '  reasons, findings by category and agency, evidence and reviewer status, and a PEKPPP estimate. A',
    '  FOLDER holds mpp.yaml (and checklist/checklist.yaml if any) or region subfolders; --format html over',
    "  several regions writes the consultants' dashboard. --instrument pekppp shows the pre-assessment per",
    '  indicator; --format xlsx (needs --out) writes the PEKPPP worksheet. Exit code: 0 no blockers,',
    '  1 blockers found or score under --min-score, 2 invalid input.',
  ].join('\n'),
};

const FORMATS = ['table', 'md', 'html', 'json', 'xlsx'] as const;
const INSTRUMENTS = ['pekppp'] as const;
const DIFF_FORMATS = ['table', 'md', 'json'] as const;
type Format = (typeof FORMATS)[number];

function inputError(path: string, code: string, message: string): InputError {
  return new InputError([{ path, code, message }]);
}

/** One loaded region reviewed; a deployment folder's missing evidence files and dashboard link are looked up here. */
function reviewed(loaded: LoadedRegion, cwd: string, reportDir: string): ReviewedRegion {
  const dir = resolve(cwd, dirname(loaded.source.file));
  const missingEvidence = loaded.checklist ? missingEvidenceFiles(dir, loaded.checklist) : [];
  const dashboard = loaded.source.checklist ? dashboardLink(loaded.source.file, cwd, reportDir) : undefined;
  return {
    file: loaded.source.file,
    ...(loaded.source.checklist ? { checklist: loaded.source.checklist } : {}),
    ...(dashboard ? { dashboard } : {}),
    review: reviewRegion(loaded.region, { checklist: loaded.checklist, missingEvidence }),
  };
}

/** `mpp review`: readiness reports for one region, a batch, or the diff of two versions. No Yeoman on this path. */
export async function reviewCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' }, out: { type: 'string' }, 'min-score': { type: 'string' }, diff: { type: 'string' }, instrument: { type: 'string' } }, lang);
  const diffOld = values.diff as string | undefined;
  const allowed: readonly string[] = diffOld !== undefined ? DIFF_FORMATS : FORMATS;
  const format = (values.format as string | undefined) ?? 'table';
  if (!allowed.includes(format)) throw inputError('--format', 'bad-format', t(lang, 'review.cli.badFormat', { allowed: allowed.join(', ') }));
  const instrument = values.instrument as string | undefined;
  if (instrument !== undefined && !(INSTRUMENTS as readonly string[]).includes(instrument)) {
    throw inputError('--instrument', 'bad-instrument', t(lang, 'review.cli.badInstrument', { allowed: INSTRUMENTS.join(', ') }));
  }
  const options: ReportOptions = instrument === 'pekppp' ? { instrument: 'pekppp' } : {};
  const minText = values['min-score'] as string | undefined;
  const minScore = minText === undefined ? undefined : Number(minText);
  if (minScore !== undefined && (minText!.trim() === '' || !Number.isFinite(minScore) || minScore < 0 || minScore > 100)) {
    throw inputError('--min-score', 'bad-min-score', t(lang, 'review.cli.badMinScore'));
  }
  const out = values.out as string | undefined;
  if (out !== undefined) {
    const folder = dirname(resolve(io.cwd, out));
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw inputError('--out', 'out-folder-missing', t(lang, 'review.cli.outFolderMissing', { path: folder }));
  }
  if (format === 'xlsx' && out === undefined) throw inputError('--out', 'xlsx-needs-out', t(lang, 'review.cli.xlsxNeedsOut'));
  if (diffOld !== undefined && positionals.length !== 1) throw inputError('--diff', 'diff-arguments', t(lang, 'review.cli.diffArgs'));
  if (positionals.length === 0) throw inputError('', 'missing-argument', t(lang, 'cli.missingArgument', { detail: 'FILE|FOLDER' }));

  const args = diffOld !== undefined ? [diffOld, positionals[0]] : positionals;
  const { regions, issues } = loadArguments(args, io.cwd, lang);
  if (issues.length > 0) {
    for (const group of issues) printIssues(io, lang, group.issues, group.file);
    io.err(t(lang, 'cli.nothingWritten'));
    return EXIT.input;
  }
  if (diffOld !== undefined && regions.length !== 2) throw inputError('--diff', 'diff-arguments', t(lang, 'review.cli.diffArgs'));

  const reportDir = out !== undefined ? dirname(resolve(io.cwd, out)) : io.cwd;
  const review = (loaded: LoadedRegion) => reviewed(loaded, io.cwd, reportDir);
  let text: string | Uint8Array;
  let fails: boolean;
  if (diffOld !== undefined) {
    const [before, after] = regions.map(review);
    const report: DiffReport = { schemaVersion: 1, kind: 'diff', old: before, new: after, diff: diffRegions(regions[0].answers, regions[1].answers, { before: before.review, after: after.review }, { before: regions[0].region, after: regions[1].region }) };
    // The templates (handlebars) are loaded only by the formats that use them.
    const diffRender = () => import('../../review/render/diff.js');
    text = format === 'json' ? renderJson(report) : format === 'md' ? (await diffRender()).renderDiffMarkdown(report, lang) : (await diffRender()).renderDiffText(report, lang);
    fails = reportFails([after], minScore);
  } else {
    const report = buildReport(regions.map(review));
    // The templates (handlebars) and exceljs are loaded only by the formats that use them.
    const reportRender = () => import('../../review/render/report.js');
    const renderers: Record<Format, () => string | Promise<string | Uint8Array>> = {
      table: () => renderReviewText(report, lang, options),
      md: async () => (await reportRender()).renderReviewMarkdown(report, lang, options),
      html: async () => (await reportRender()).renderReviewHtml(report, lang, options),
      json: () => renderJson(report),
      xlsx: async () => (await import('../../review/render/xlsx.js')).renderReviewXlsx(report, lang),
    };
    text = await renderers[format as Format]();
    fails = reportFails(report.regions, minScore);
  }
  if (out !== undefined) {
    writeFileSync(resolve(io.cwd, out), text);
    io.err(t(lang, 'review.written', { file: out }));
  } else {
    io.out(text as string);
  }
  return fails ? EXIT.findings : EXIT.ok;
}
