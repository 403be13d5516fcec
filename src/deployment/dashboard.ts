import type { CompletedRegion } from '../config/completed-region.js';
import type { Lang } from '../i18n/types.js';
import { t, type MessageKey } from '../i18n/catalogue.js';
import { registerPartial, renderTemplate } from '../render/templates.js';
import type { ChecklistFile } from '../generated/checklist.types.js';
import { summarizeChecklist } from '../checklist/summary.js';
import { isBlockingOpen, isVerified } from '../checklist/evidence.js';
import { dueLabel } from '../checklist/rows.js';
import { organiserShort } from '../checklist/document.js';
import { estimatesOf } from '../config/estimates.js';
import type { LayoutPlan } from '../layout/types.js';
import type { Review } from '../review/types.js';
import { gradeText, pekpppSummary } from '../review/render/pekppp.js';
import { regionTitle } from '../config/region-title.js';
import { asText, byteSize, type Content } from './upgrade/content.js';

registerPartial('tableTools', 'shared/table-tools.html.hbs');

export interface DashboardInput {
  region: CompletedRegion;
  checklist: ChecklistFile;
  layout: LayoutPlan;
  review: Review;
  /** Every other file of the deployment (linked from the page; floor plans shown from it). */
  files: Readonly<Record<string, Content>>;
  lang: Lang;
}

/** Percent, whole number, 0 when nothing applies. */
function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** An SVG as a data URI: shown inside the page, no request for a file. */
function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/**
 * What `dashboard.html` shows: checklist progress per phase and per owner, the blocking items still
 * open, counters needed and planned per agency (estimates marked), the floor plans, the kit's
 * readiness index by category with the PEKPPP estimate, and a link to every file. Pure.
 */
export function dashboardContext(input: DashboardInput) {
  const { region, checklist, layout, review, files, lang } = input;
  const summary = summarizeChecklist(checklist);
  const short = organiserShort(region.mpp.organiser);
  const owner = (text: string) => (short === region.mpp.organiser ? text : text.split(region.mpp.organiser).join(short));
  const applicable = checklist.items.filter((i) => i.applies && i.status !== 'tidak-berlaku');
  const owners = new Map<string, { owner: string; applicable: number; done: number; verified: number; blockingOpen: number }>();
  for (const item of applicable) {
    const name = owner(item.ownerRole[lang]);
    const row = owners.get(name) ?? { owner: name, applicable: 0, done: 0, verified: 0, blockingOpen: 0 };
    row.applicable++;
    if (item.status === 'selesai') row.done++;
    if (isVerified(item)) row.verified++;
    if (isBlockingOpen(item)) row.blockingOpen++;
    owners.set(name, row);
  }
  const estimates = estimatesOf(region);
  const withEstimatedService = new Set(region.services.filter((s) => estimates.services.has(s.id)).map((s) => s.agency));
  const estimatedAgency = (id: string) => estimates.agencies.has(id) || withEstimatedService.has(id);
  const floorNames = new Map(layout.floors.map((f) => [`layout/floorplan-${f.floor}.svg`, f.name]));
  return {
    lang,
    title: t(lang, 'dashboard.title', { mpp: region.mpp.name }),
    region: `${regionTitle(region.region)}, ${region.region.province}`,
    organiser: region.mpp.organiser,
    stage: t(lang, `review.stage.${review.stage}` as MessageKey),
    launch: region.mpp.launchDate ?? t(lang, 'dashboard.launchUnknown'),
    note: t(lang, 'dashboard.generated'),
    checklistLine: t(lang, 'checklist.summary', { applicable: summary.applicable, done: summary.done, blockingOpen: summary.blockingOpen }),
    phases: summary.perPhase.map((p) => ({ title: p.title[lang], applicable: p.applicable, done: p.done, verified: p.verified, blockingOpen: p.blockingOpen, percent: percent(p.done, p.applicable) })),
    owners: [...owners.values()]
      .sort((a, b) => b.blockingOpen - a.blockingOpen || b.applicable - b.done - (a.applicable - a.done) || (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0))
      .map((o) => ({ ...o, percent: percent(o.done, o.applicable) })),
    blocking: applicable.filter(isBlockingOpen).map((i) => ({ id: i.id, title: i.title[lang], owner: owner(i.ownerRole[lang]), due: dueLabel(i, lang), status: t(lang, `checklist.status.${i.status}` as MessageKey) })),
    counters: layout.sizing.agencies.map((a) => ({
      agency: a.label,
      needed: a.neededCounters,
      planned: a.plannedCounters,
      estimate: estimatedAgency(a.agency),
      short: a.plannedCounters < a.neededCounters,
    })),
    countersTotal: layout.sizing.totals,
    estimateNote: t(lang, 'dashboard.estimateNote', { share: review.figures.estimatesShare }),
    floorplans: Object.keys(files)
      .filter((path) => /^layout\/floorplan-.*\.svg$/.test(path))
      .sort()
      .map((path) => ({ path, name: floorNames.get(path) ?? path, src: svgDataUri(asText(files[path]) ?? '') })),
    score: review.score,
    scoreLabel: review.scoreLabel[lang],
    categories: review.categories.map((c) => ({ title: c.title[lang], weight: c.weight, score: c.score, reasons: c.reasons.map((r) => r[lang]) })),
    pekppp: pekpppSummary(review.pekppp, lang),
    grade: gradeText(review.pekppp.self, lang),
    files: Object.keys(files)
      .sort()
      .map((path) => ({ path, href: path.split('/').map(encodeURIComponent).join('/'), size: byteSize(files[path]) })),
  };
}

export function renderDashboard(input: DashboardInput): string {
  return renderTemplate('deployment/dashboard.html.hbs', dashboardContext(input));
}
