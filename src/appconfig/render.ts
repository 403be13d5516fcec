import type { CompletedRegion } from '../complete/types.js';
import type { Lang } from '../i18n/types.js';
import { exportHsds } from '../hsds/export.js';
import type { AppConfig } from './app-config.types.js';
import { planAppConfig, serializeAppConfig } from './plan.js';
import { renderStandardPages } from './pages.js';
import { exportNovosga } from './novosga.js';

export const APP_CONFIG_FILE = 'app/app-config.json';

/**
 * Every file of the deployment's `app/` folder, keyed by path: app-config.json, the HSDS export
 * (app/hsds/*.json) and the public service-standard pages (app/standar-pelayanan/**.md, in `lang`) and NovoSGA seed data (app/novosga/*.json).
 * `previous` is the app-config.json of an earlier run (keeps ticket prefixes stable).
 */
export function renderAppFiles(region: CompletedRegion, previous: AppConfig | undefined, lang: Lang): Record<string, string> {
  const config = planAppConfig(region, previous);
  return {
    [APP_CONFIG_FILE]: serializeAppConfig(config),
    ...exportHsds(region, config),
    ...renderStandardPages(region, config, lang),
    ...exportNovosga(region, config, lang),
  };
}
