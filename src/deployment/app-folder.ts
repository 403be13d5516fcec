import type { CompletedRegion } from '../config/completed-region.js';
import type { AppConfig } from '../generated/app-config.types.js';
import type { Lang } from '../i18n/types.js';
import { appConfigFileGroups, planAppConfig, type FileGroup } from '../appconfig/index.js';
import { exportHsds } from '../hsds/index.js';

/** The previous app config, when it is readable; a broken one only loses prefix memory. */
export function previousAppConfig(text: string | undefined): AppConfig | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as AppConfig;
  } catch {
    return undefined;
  }
}

/**
 * Every file of the deployment's `app/` folder, in groups rendered one at a time: what the app
 * config renders (app-config.json in pieces, service-standard pages in `lang`, NovoSGA seed) and the
 * HSDS open-data export (app/hsds/*.json), both from one planned config. `previous` is the
 * app-config.json of an earlier run (keeps ticket prefixes stable).
 */
export function appFolderGroups(region: CompletedRegion, previous: AppConfig | undefined, lang: Lang): FileGroup[] {
  const config = planAppConfig(region, previous);
  return [...appConfigFileGroups(region, config, lang), () => exportHsds(region, config)];
}

/** The same files, keyed by path, each as one text. */
export function renderAppFiles(region: CompletedRegion, previous: AppConfig | undefined, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const group of appFolderGroups(region, previous, lang)) {
    for (const [path, file] of Object.entries(group())) out[path] = typeof file === 'string' ? file : file.text();
  }
  return out;
}
