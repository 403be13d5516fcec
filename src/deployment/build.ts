import type { RegionAnswers } from '../config/region.types.js';
import type { Lang } from '../i18n/types.js';
import { renderAnswersYaml } from '../render/answers-yaml.js';
import { renderTemplate } from '../render/templates.js';
import { REGION_SCHEMA } from '../config/load.js';
import type { DeploymentFiles, PreviousFiles } from './files.js';
import { summarizeRegion, type RegionSummary } from './summary.js';

export interface BuildOptions {
  /** Language of the documents when the answers do not set `lang`. */
  lang: Lang;
  previous?: PreviousFiles;
}

export interface Deployment {
  files: DeploymentFiles;
  summary: RegionSummary;
  /** Lines for the end-of-run report, already in the document language. */
  report: string[];
}

/** The language the region's documents are written in. */
export function documentLang(region: RegionAnswers, fallback: Lang): Lang {
  return region.lang ?? fallback;
}

/**
 * Every file of a deployment from validated answers (and the previous run's files, so that statuses
 * and prefixes survive). Deterministic: the same inputs give the same bytes.
 */
export async function buildDeployment(region: RegionAnswers, options: BuildOptions): Promise<Deployment> {
  const lang = documentLang(region, options.lang);
  const summary = summarizeRegion(region);
  const files: DeploymentFiles = {};
  files['mpp.yaml'] = renderAnswersYaml(region, 'schemas/region.schema.json');
  files['schemas/region.schema.json'] = `${JSON.stringify(REGION_SCHEMA, null, 2)}\n`;
  files['README.md'] = renderTemplate('deployment/README.md.hbs', {
    lang,
    region,
    summary,
    facilities: region.facilities ?? [],
  });
  return { files, summary, report: [] };
}
