import type { ValidRegion } from '../config/valid-region.js';
import type { CompletedRegion } from '../config/completed-region.js';
import { completeRegion } from '../complete/complete.js';
import { isEstimate } from '../config/provenance.js';
import type { EstimateSummary } from '../config/estimate-summary.js';
import { MPP_FIGURES } from '../config/completed-region.js';
import { round } from '../numbers/round.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { renderAnswersYaml } from '../render/answers-yaml.js';
import { renderTemplate } from '../render/templates.js';
import { REGION_SCHEMA } from '../config/schema-fields.js';
import { parseChecklistYaml, planChecklist, renderChecklistFiles, summarizeChecklist, CHECKLIST_SCHEMA, type ChecklistFile, type ChecklistSummary } from '../checklist/index.js';
import { renderLayoutFiles } from '../layout/index.js';
import { formatLayoutWarning } from '../layout/warnings.js';
import type { LayoutPlan } from '../layout/types.js';
import { simulatedDay, simulatedDayFiles } from '../simulation/files.js';
import { missingComponentsReport, missingComponentsSummary, type MissingComponentsEntry } from '../appconfig/missing.js';
import layoutSchema from '../../schemas/layout.schema.json' with { type: 'json' };
import appConfigSchema from '../../schemas/app-config.schema.json' with { type: 'json' };
import type { DeploymentFiles, PreviousFiles } from './files.js';
import { summarizeRegion, type RegionSummary } from './summary.js';
import { stampGeneratedBy, type KitInfo } from './kit.js';
import { previousAppConfig, renderAppFiles } from './app-folder.js';
import { renderDashboard } from './dashboard.js';
import { reviewRegion } from '../review/review.js';

export interface BuildOptions {
  /** Language of the run's messages, and of the documents when the answers do not set `lang`. */
  lang: Lang;
  previous?: PreviousFiles;
  /** The kit to record in mpp.yaml as `generatedBy` (read by `mpp upgrade`); without it mpp.yaml carries no stamp. */
  kit?: KitInfo;
}

export interface Deployment {
  files: DeploymentFiles;
  /** The region the files were planned from: the answers completed, with the provenance of every figure. */
  completed: CompletedRegion;
  summary: RegionSummary;
  checklist: ChecklistSummary;
  layout: LayoutPlan;
  missingComponents: MissingComponentsEntry[];
  /** Lines for the end-of-run report, in the run's language. */
  report: string[];
}

/** The language the region's documents are written in. */
export function documentLang(region: Pick<ValidRegion, 'lang'>, fallback: Lang): Lang {
  return region.lang ?? fallback;
}

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

/**
 * The files that show the checklist: its five documents and the dashboard (which also shows the
 * layout, the review and every other file of `files`). The writer renders them again from a
 * checklist.yaml it merged with the user's.
 */
export async function renderChecklistViews(region: CompletedRegion, checklist: ChecklistFile, layout: LayoutPlan, files: DeploymentFiles, lang: Lang): Promise<DeploymentFiles> {
  const documents = await renderChecklistFiles(checklist, region, lang);
  const dashboard = renderDashboard({ region, checklist, layout, review: reviewRegion(region, { checklist }), files: { ...files, ...documents }, lang });
  return { ...documents, 'dashboard.html': dashboard };
}

/**
 * Every file of a deployment from validated answers and the previous run's files (so that checklist
 * statuses and ticket prefixes survive). The answers are completed first (src/complete/): `mpp.yaml`
 * keeps exactly what the region gave, every other file is planned from the completed region and marks
 * what is estimated. Deterministic: the same inputs give the same bytes. A corrupted previous
 * checklist throws an InputError before anything is written.
 */
export async function buildDeployment(answers: ValidRegion, options: BuildOptions): Promise<Deployment> {
  const lang = documentLang(answers, options.lang);
  const region = completeRegion(answers, undefined, lang);
  const previous = options.previous ?? {};
  const previousChecklist = previous.checklistYaml ? parseChecklistYaml(previous.checklistYaml, 'checklist/checklist.yaml', options.lang) : undefined;
  const checklist = planChecklist(region, previousChecklist);
  const checklistSummary = summarizeChecklist(checklist);
  // Counters first, then the simulated day of those counters, then the seats and floors it sized.
  const day = simulatedDay(region);
  const layout = day.layout;
  const missing = missingComponentsReport(region);
  const summary = summarizeRegion(region);

  const files: DeploymentFiles = {
    'mpp.yaml': renderAnswersYaml(options.kit ? stampGeneratedBy(answers, options.kit) : answers, 'schemas/region.schema.json'),
    'schemas/region.schema.json': schemaFile(REGION_SCHEMA),
    'schemas/checklist.schema.json': schemaFile(CHECKLIST_SCHEMA),
    'schemas/layout.schema.json': schemaFile(layoutSchema),
    'schemas/app-config.schema.json': schemaFile(appConfigSchema),
    ...renderLayoutFiles(layout, region, lang),
    ...simulatedDayFiles(day, lang),
    ...renderAppFiles(region, previousAppConfig(previous.appConfigJson), lang),
  };
  files['README.md'] = renderTemplate('deployment/README.md.hbs', {
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
    missing: missing.map((m) => ({ ...m, labelsText: m.labels.map((l) => l[lang]).join('; ') })),
    noServicesAtAll: region.services.length === 0,
  });

  Object.assign(files, await renderChecklistViews(region, checklist, layout, files, lang));

  const runLang = options.lang;
  const report = [
    t(runLang, 'summary.checklist', { total: checklistSummary.applicable, done: checklistSummary.done, blocking: checklistSummary.blockingOpen }),
    t(runLang, 'summary.counters', { needed: layout.sizing.totals.neededCounters, planned: layout.sizing.totals.plannedCounters }),
    ...(layout.estimates.any ? [t(runLang, 'summary.estimates', { percent: round(layout.estimates.loadOnEstimates * 100, 0) })] : []),
    ...layout.warnings.filter((w) => w.severity === 'warning').map((w) => `! ${formatLayoutWarning(w, runLang)}`),
    ...missingComponentsSummary(region, runLang),
  ];
  return { files, completed: region, summary, checklist: checklistSummary, layout, missingComponents: missing, report };
}
