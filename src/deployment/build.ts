import type { RegionAnswers } from '../generated/region.types.js';
import type { ValidRegion } from '../config/valid-region.js';
import type { CompletedRegion } from '../config/completed-region.js';
import { completeRegion } from '../complete/complete.js';
import { isEstimate } from '../config/provenance.js';
import type { EstimateSummary } from '../config/estimate-summary.js';
import { MPP_FIGURES } from '../config/completed-region.js';
import { round } from '../numbers/round.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { renderAnswersYaml, updateAnswersYaml } from '../render/answers-yaml.js';
import { renderTemplate } from '../render/templates.js';
import { REGION_SCHEMA } from '../config/schema-fields.js';
import { checklistFileRenderers, parseChecklistYaml, planChecklist, summarizeChecklist, CHECKLIST_SCHEMA, type ChecklistFile, type ChecklistSummary } from '../checklist/index.js';
import { renderLayoutFiles } from '../layout/index.js';
import { formatLayoutWarning } from '../layout/warnings.js';
import type { LayoutPlan } from '../layout/types.js';
import { simulatedDay, simulatedDayFiles } from '../simulation/files.js';
import { missingComponentsReport, type MissingComponentsEntry } from '../appconfig/missing.js';
import { COMPLETENESS_PATH, renderCompletenessPage } from '../appconfig/completeness.js';
import layoutSchema from '../../schemas/layout.schema.json' with { type: 'json' };
import appConfigSchema from '../../schemas/app-config.schema.json' with { type: 'json' };
import type { DeploymentFiles, PreviousFiles } from './files.js';
import type { Content } from './upgrade/content.js';
import { summarizeRegion, type RegionSummary } from './summary.js';
import { stampGeneratedBy, type KitInfo } from './kit.js';
import { appFolderGroups, previousAppConfig } from './app-folder.js';
import { TextParts, type RenderedFile } from '../render/text-parts.js';
import { renderDashboard } from './dashboard.js';
import { reviewRegion } from '../review/review.js';

export interface BuildOptions<F extends Content = string | Uint8Array> {
  /** Language of the run's messages, and of the documents when the answers do not set `lang`. */
  lang: Lang;
  previous?: PreviousFiles;
  /** The kit to record in mpp.yaml as `generatedBy` (read by `mpp upgrade`); without it mpp.yaml carries no stamp. */
  kit?: KitInfo;
  /** The user's mpp.yaml the answers were read from or built on: mpp.yaml is that text changed where the answers differ (comments kept). */
  answersText?: string;
  /**
   * What the build keeps of each file once it is rendered, in place of the file (default: the file
   * as rendered). The writer keeps it packed (compressed, with its hash and size): a large region's
   * files are then never all held as text at once.
   */
  hold?: (content: RenderedFile) => F;
}

export interface Deployment<F extends Content = Content> {
  /** Every file, as the build kept it (see BuildOptions.hold). */
  files: Record<string, F>;
  /** The region the files were planned from: the answers completed, with the provenance of every figure. */
  completed: CompletedRegion;
  summary: RegionSummary;
  checklist: ChecklistSummary;
  layout: LayoutPlan;
  missingComponents: MissingComponentsEntry[];
}

/** The language the region's documents are written in. */
export function documentLang(region: Pick<ValidRegion, 'lang'>, fallback: Lang): Lang {
  return region.lang ?? fallback;
}

const ANSWERS_SCHEMA_PATH = 'schemas/region.schema.json';
const answersYaml = (answers: RegionAnswers, text: string | undefined): string =>
  text === undefined ? renderAnswersYaml(answers, ANSWERS_SCHEMA_PATH) : updateAnswersYaml(text, answers, ANSWERS_SCHEMA_PATH);

const schemaFile = (schema: unknown): string => `${JSON.stringify(schema, null, 2)}\n`;

/** The README's "estimated figures" part: counts of what is not the region's own, in `lang`. */
function estimatesContext(estimates: EstimateSummary, region: CompletedRegion, lang: Lang): Record<string, unknown> {
  const names = new Map(region.agencies.map((a) => [a.id, a.shortName ?? a.name]));
  const notGiven = (c: { total: number; diisi: number }): number => c.total - c.diisi;
  return {
    any: estimates.any,
    percent: round(estimates.loadOnEstimates * 100, 0),
    handling: notGiven(estimates.handlingMinutes),
    visitors: notGiven(estimates.visitorsPerDay),
    services: estimates.handlingMinutes.total,
    counters: notGiven(estimates.plannedCounters),
    agencies: estimates.plannedCounters.total,
    mppFigures: MPP_FIGURES.filter((f) => isEstimate(estimates.mpp[f])).map((f) => t(lang, `origin.figure.${f}`)).join(', '),
    noServices: estimates.agenciesWithoutServices.map((id) => names.get(id) ?? id).join(', '),
    noServicesCount: estimates.agenciesWithoutServices.length,
  };
}

/** The files of a group, each as `hold` keeps it. */
function holdAll<F extends Content>(group: Readonly<Record<string, RenderedFile>>, hold: (content: RenderedFile) => F): Record<string, F> {
  const out: Record<string, F> = {};
  for (const [path, content] of Object.entries(group)) out[path] = hold(content);
  return out;
}

/** A file kept as rendered (text in pieces joined). */
const asRendered = <F extends Content>(content: RenderedFile): F => (content instanceof TextParts ? content.text() : content) as F;

/**
 * A file rendered and kept as `hold` keeps it. Awaited in its own function: a suspended caller
 * would otherwise keep the file as rendered (its last awaited value) while it renders the next one.
 */
async function renderHeld<F extends Content>(render: () => RenderedFile | Promise<RenderedFile>, hold: (content: RenderedFile) => F): Promise<F> {
  return hold(await render());
}

/** The checklist's five documents, each as `hold` keeps it. */
async function renderChecklistDocuments<F extends Content>(checklist: ChecklistFile, lang: Lang, hold: (content: RenderedFile) => F): Promise<Record<string, F>> {
  // Each document is kept before the next is rendered: a large region's documents are hundreds of MB.
  const documents: Record<string, F> = {};
  for (const [path, render] of checklistFileRenderers(checklist, lang)) documents[path] = await renderHeld(render, hold);
  return documents;
}

/** `dashboard.html` (see renderDashboard) over every other file of the deployment, as `hold` keeps it. */
function renderHeldDashboard<F extends Content>(region: CompletedRegion, checklist: ChecklistFile, layout: LayoutPlan, files: Readonly<Record<string, Content>>, lang: Lang, hold: (content: RenderedFile) => F): F {
  return hold(renderDashboard({ region, checklist, layout, review: reviewRegion(region, { checklist }), files, lang }));
}

/**
 * The files that show the checklist: its five documents and the dashboard (which also shows the
 * layout, the review and every other file of `files`), each as `hold` keeps it. The writer renders
 * them again from a checklist.yaml it merged with the user's.
 */
export async function renderChecklistViews<F extends Content = string | Uint8Array>(
  region: CompletedRegion,
  checklist: ChecklistFile,
  layout: LayoutPlan,
  files: Readonly<Record<string, Content>>,
  lang: Lang,
  hold: (content: RenderedFile) => F = asRendered,
): Promise<Record<string, F>> {
  const documents = await renderChecklistDocuments(checklist, lang, hold);
  return { ...documents, 'dashboard.html': renderHeldDashboard(region, checklist, layout, { ...files, ...documents }, lang, hold) };
}

/** The previous run's checklist (statuses survive), parsed; a corrupted one is an InputError. */
function previousChecklist(options: Pick<BuildOptions, 'previous' | 'lang'>): ChecklistFile | undefined {
  const text = options.previous?.checklistYaml;
  return text ? parseChecklistYaml(text, 'checklist/checklist.yaml', options.lang) : undefined;
}

/**
 * The files of `app/`, each as `hold` keeps it. A function of its own: the planned app config (the
 * largest model of a large region) is released when they are kept.
 */
function holdAppFolder<F extends Content>(region: CompletedRegion, lang: Lang, previousJson: string | undefined, hold: (content: RenderedFile) => F): Record<string, F> {
  const files: Record<string, F> = {};
  for (const group of appFolderGroups(region, previousAppConfig(previousJson), lang)) Object.assign(files, holdAll(group(), hold));
  return files;
}

/** Plans the layout from the simulated day and keeps their files, group by group; the day itself is released on return. */
function keepLayoutFiles(region: CompletedRegion, lang: Lang, keep: (group: Readonly<Record<string, RenderedFile>>) => void): LayoutPlan {
  // Counters first, then the simulated day of those counters, then the seats and floors it sized.
  const day = simulatedDay(region);
  keep(renderLayoutFiles(day.layout, region, lang));
  keep(simulatedDayFiles(day, lang));
  return day.layout;
}

/**
 * Every file of the deployment but the checklist views, each as `hold` keeps it (`app` is the
 * `app/` folder, kept already), with what the build reports.
 */
function renderPlannedFiles<F extends Content>(
  answers: ValidRegion,
  region: CompletedRegion,
  checklist: ChecklistFile,
  app: Record<string, F>,
  lang: Lang,
  options: Pick<BuildOptions<F>, 'kit' | 'answersText'>,
  hold: (content: RenderedFile) => F,
): Deployment<F> {
  const files: Record<string, F> = {};
  const keep = (group: Readonly<Record<string, RenderedFile>>): void => void Object.assign(files, holdAll(group, hold));
  keep({
    'mpp.yaml': answersYaml(options.kit ? stampGeneratedBy(answers, options.kit) : answers, options.answersText),
    'schemas/region.schema.json': schemaFile(REGION_SCHEMA),
    'schemas/checklist.schema.json': schemaFile(CHECKLIST_SCHEMA),
    'schemas/layout.schema.json': schemaFile(layoutSchema),
    'schemas/app-config.schema.json': schemaFile(appConfigSchema),
  });
  const layout = keepLayoutFiles(region, lang, keep);
  Object.assign(files, app);
  const missing = missingComponentsReport(region);
  const summary = summarizeRegion(region);
  const checklistSummary = summarizeChecklist(checklist);
  keep({ [COMPLETENESS_PATH]: renderCompletenessPage(region, missing, lang) });
  keep({
    'README.md': renderTemplate('deployment/README.md.hbs', {
      lang,
      region,
      summary,
      facilities: region.facilities ?? [],
      checklist: checklistSummary,
      layoutWarnings: layout.warnings.filter((w) => w.severity === 'warning').map((w) => formatLayoutWarning(w, lang)),
      sizing: layout.sizing.totals,
      area: layout.area,
      estimates: estimatesContext(layout.estimates, region, lang),
      plannedMark: layout.estimates.plannedCounters.diisi !== layout.estimates.plannedCounters.total ? `${t(lang, 'provenance.mark')} ` : '',
      floorsMark: isEstimate(layout.estimates.mpp.floors) ? `${t(lang, 'provenance.mark')} ` : '',
      missing,
      missingComponents: missing.reduce((sum, m) => sum + m.missing.length, 0),
      noServicesAtAll: region.services.length === 0,
    }),
  });
  return { files, completed: region, summary, checklist: checklistSummary, layout, missingComponents: missing };
}

/**
 * Every file of a deployment from validated answers and the previous run's files (so that checklist
 * statuses and ticket prefixes survive). The answers are completed first (src/complete/): `mpp.yaml`
 * keeps exactly what the region gave, every other file is planned from the completed region and marks
 * what is estimated. Deterministic: the same inputs give the same bytes. A corrupted previous
 * checklist throws an InputError before anything is written. Each group of files is handed to
 * `options.hold` as soon as it is rendered.
 */
export async function buildDeployment<F extends Content = string | Uint8Array>(answers: ValidRegion, options: BuildOptions<F>): Promise<Deployment<F>> {
  const lang = documentLang(answers, options.lang);
  const region = completeRegion(answers, undefined, lang);
  const hold = options.hold ?? asRendered;
  // The two largest models of a large region's build, each made while little else is held: the app
  // config (kept as the app/ folder, then released) before the checklist is planned, the checklist's
  // workbook before the other files are rendered. The dashboard last: it shows every other file.
  const app = holdAppFolder(region, lang, options.previous?.appConfigJson, hold);
  const checklist = planChecklist(region, previousChecklist(options));
  const documents = await renderChecklistDocuments(checklist, lang, hold);
  const planned = renderPlannedFiles(answers, region, checklist, app, lang, options, hold);
  const files = Object.assign(planned.files, documents);
  files['dashboard.html'] = renderHeldDashboard(region, checklist, planned.layout, files, lang, hold);
  return planned;
}
