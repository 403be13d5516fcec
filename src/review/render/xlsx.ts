import ExcelJS from 'exceljs';
import { t, type MessageKey } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/types.js';
import { normalizeZipTimestamps } from '../../render/zip-timestamps.js';
import type { ReviewReport } from '../report.js';
import { formatIndex, gradeText, indicatorRows, pekpppSummary } from './pekppp.js';

/** The workbook's created/modified time: fixed (1980-01-01, the zip epoch), never the clock. */
const FIXED_TIME = new Date(Date.UTC(1980, 0, 1));

const INDICATOR_WIDTHS = [5, 26, 48, 10, 40, 12, 12, 12, 52, 40, 52, 52];

/** A worksheet name Excel accepts: no `[]:*?/\`, at most 31 characters, unique in the workbook. */
function sheetName(base: string, used: Set<string>): string {
  const clean = base.replace(/[[\]:*?/\\]/g, '-').slice(0, 28) || 'sheet';
  let name = clean;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${clean.slice(0, 27 - String(n).length)}-${n}`;
  used.add(name.toLowerCase());
  return name;
}

/**
 * `mpp review --format xlsx`: the PEKPPP worksheet consultants hand in, one sheet per region
 * (indicator, level, self and evaluator scores, evidence asked and given), after a summary sheet.
 * Only values, never formulas; byte-identical for the same report (fixed times, zip entry times
 * normalized).
 */
export async function renderReviewXlsx(report: ReviewReport, lang: Lang): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mpp-kit';
  workbook.lastModifiedBy = 'mpp-kit';
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  const used = new Set<string>();
  const summary = workbook.addWorksheet(sheetName(t(lang, 'instrument.sheet.summary'), used), { views: [{ state: 'frozen', ySplit: 1 }] });
  summary.columns = [
    { header: t(lang, 'review.col.region'), width: 32 },
    { header: t(lang, 'review.col.stage'), width: 16 },
    { header: t(lang, 'review.col.score'), width: 12 },
    { header: t(lang, 'review.col.grade'), width: 22 },
    { header: t(lang, 'instrument.col.basis'), width: 90 },
    { header: t(lang, 'review.col.file'), width: 40 },
  ];
  summary.getRow(1).font = { bold: true };
  for (const entry of report.regions) {
    const review = entry.review;
    summary.addRow([
      `${t(lang, `region.kind.${review.region.kind}` as MessageKey)} ${review.region.name}`,
      t(lang, `review.stage.${review.stage}` as MessageKey),
      review.score,
      review.pekppp.self.index === undefined ? gradeText(review.pekppp.self, lang) : `${formatIndex(review.pekppp.self.index, lang)} ${gradeText(review.pekppp.self, lang)}`,
      pekpppSummary(review.pekppp, lang),
      entry.file,
    ]).alignment = { vertical: 'top', wrapText: true };
  }
  summary.addRow([]);
  summary.addRow([t(lang, 'instrument.sheet.note', { label: t(lang, 'instrument.estimateLabel') })]);
  summary.addRow([t(lang, 'review.scoreLabel')]);

  for (const entry of report.regions) {
    const sheet = workbook.addWorksheet(sheetName(entry.review.region.slug, used), {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const headers = ['no', 'aspect', 'indicator', 'indexWeight', 'levelText', 'self', 'reviewer', 'weighted', 'evidenceAsked', 'evidenceGiven', 'known', 'reason'] as const;
    sheet.columns = headers.map((key, i) => ({ header: t(lang, `instrument.col.${key}` as MessageKey), width: INDICATOR_WIDTHS[i] }));
    sheet.getRow(1).font = { bold: true };
    const rows = indicatorRows(entry.review.pekppp, lang);
    entry.review.pekppp.indicators.forEach((indicator, i) => {
      const row = rows[i];
      const toConfirm = row.toConfirm ? ` (${t(lang, 'checklist.toConfirm')})` : '';
      sheet.addRow([
        row.no,
        row.aspect,
        row.title,
        indicator.indexWeight,
        row.levelText || t(lang, 'instrument.selfFill'),
        indicator.self ?? '',
        indicator.reviewer ?? '',
        indicator.self === undefined ? '' : Math.round(indicator.self * indicator.indexWeight) / 100,
        row.evidenceAsked.join('\n') + toConfirm,
        row.evidenceGiven.join('\n'),
        row.known.join('\n'),
        row.reason,
      ]).alignment = { vertical: 'top', wrapText: true };
    });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return normalizeZipTimestamps(new Uint8Array(buffer as ArrayBuffer));
}
