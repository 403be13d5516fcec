import type { Lang } from '../i18n/types.js';
import { t, type MessageKey, type Params } from '../i18n/catalogue.js';
import { round } from '../numbers/round.js';
import { formatLayoutWarning } from '../layout/warnings.js';
import { COMPLETENESS_PATH } from '../appconfig/completeness.js';
import { CHECKLIST_PATH } from './upgrade/merge-file.js';
import type { Deployment } from './build.js';
import { countByKind, type FilePlan } from './plan-files.js';

/** The figures the end of a run speaks of, from the built deployment. */
export interface RunFigures {
  blockingOpen: number;
  neededCounters: number;
  plannedCounters: number;
  /** Square metres the floors lack (0 when the selection fits). */
  missingArea: number;
  estimates: boolean;
  incompleteServices: number;
}

export function runFigures(deployment: Deployment): RunFigures {
  const { layout } = deployment;
  return {
    blockingOpen: deployment.checklist.blockingOpen,
    neededCounters: layout.sizing.totals.neededCounters,
    plannedCounters: layout.sizing.totals.plannedCounters,
    missingArea: round(layout.area.missingArea, 0),
    estimates: layout.estimates.any,
    incompleteServices: deployment.missingComponents.length,
  };
}

/** One next step: when it applies, and its message (with the figures and the folder as parameters). */
interface NextStep {
  key: MessageKey;
  applies: (f: RunFigures) => boolean;
}

/**
 * The next steps, most important first: what blocks the launch, then what the sizing says is
 * missing (counters, floor area), then what the kit had to estimate or leave empty, then the
 * dashboard. A run shows the first three that apply. A rule is data.
 */
export const NEXT_STEPS: readonly NextStep[] = [
  { key: 'run.step.blocking', applies: (f) => f.blockingOpen > 0 },
  { key: 'run.step.counters', applies: (f) => f.neededCounters > f.plannedCounters },
  { key: 'run.step.floor', applies: (f) => f.missingArea > 0 },
  { key: 'run.step.estimates', applies: (f) => f.estimates },
  { key: 'run.step.standard', applies: (f) => f.incompleteServices > 0 },
];
export const SHOWN_STEPS = 3;

/** A path inside the deployment folder as the user types it. */
const inside = (dir: string, path: string): string => (dir === '.' ? path : `${dir}/${path}`);

/** The files by what the run did with them, the counts that are not zero (`written` always). */
function fileCounts(plan: FilePlan, lang: Lang): string {
  const by = countByKind(plan);
  const counts: Array<[MessageKey, number]> = [
    ['run.files.written', by.new.length + by.replace.length],
    ['run.files.unchanged', by.unchanged.length],
    ['run.files.kept', by.keep.length + by['keep-edited-orphan'].length],
    ['run.files.merged', by.merge.length + by.conflict.length],
    ['run.files.deleted', by.delete.length],
  ];
  const parts = counts.filter(([key, count]) => count > 0 || key === 'run.files.written').map(([key, count]) => t(lang, key, { count }));
  return t(lang, 'run.files', { counts: parts.join(', ') });
}

/**
 * The short account a writing run ends with (at most about fifteen lines, in the run's language):
 * what was done and where, the files by decision, the key figures (agencies, services, counters
 * needed against planned, floor area, open blocking checklist items, estimates, incomplete
 * Standar Pelayanan), the three most important next steps, and where the details are. `dir` is the
 * deployment folder as the user sees it. Pure.
 */
export function runSummaryLines(deployment: Deployment, plan: FilePlan, lang: Lang, done: string, dir: string): string[] {
  const { summary, layout, checklist } = deployment;
  const figures = runFigures(deployment);
  const { estimates, ...numbers } = figures;
  void estimates;
  const params: Params = {
    ...numbers,
    dir,
    missingCounters: figures.neededCounters - figures.plannedCounters,
    checklist: inside(dir, CHECKLIST_PATH.replace(/\.yaml$/, '.html')),
    checklistYaml: inside(dir, CHECKLIST_PATH),
    sizing: inside(dir, 'layout/sizing.md'),
    completeness: inside(dir, COMPLETENESS_PATH),
    dashboard: inside(dir, 'dashboard.html'),
    readme: inside(dir, 'README.md'),
    answers: inside(dir, 'mpp.yaml'),
  };
  const warnings = layout.warnings.filter((w) => w.severity === 'warning');
  const components = deployment.missingComponents.reduce((sum, m) => sum + m.missing.length, 0);
  const steps = NEXT_STEPS.filter((step) => step.applies(figures)).slice(0, SHOWN_STEPS);
  return [
    `${done} ${fileCounts(plan, lang)}`,
    t(lang, 'run.counts', { agencies: summary.agencies, services: summary.services, facilities: summary.facilities, needed: figures.neededCounters, planned: figures.plannedCounters }),
    t(lang, figures.missingArea > 0 ? 'run.floor.short' : 'run.floor.fits', { needed: round(layout.area.neededArea, 0), available: round(layout.area.availableArea, 0), missing: figures.missingArea }),
    t(lang, 'summary.checklist', { total: checklist.applicable, done: checklist.done, blocking: checklist.blockingOpen }),
    ...(figures.estimates ? [t(lang, 'summary.estimates', { percent: round(layout.estimates.loadOnEstimates * 100, 0) })] : []),
    ...(figures.incompleteServices > 0 ? [t(lang, 'run.standard', { incomplete: figures.incompleteServices, services: summary.services, components, completeness: params.completeness })] : []),
    ...(warnings.length === 1 ? [`! ${formatLayoutWarning(warnings[0], lang)}`] : warnings.length > 1 ? [t(lang, 'run.layoutWarnings', { count: warnings.length, readme: params.readme })] : []),
    ...(steps.length > 0 ? [t(lang, 'run.next'), ...steps.map((step, index) => `  ${index + 1}. ${t(lang, step.key, params)}`)] : []),
    t(lang, 'run.details', params),
  ];
}
