import type { CompletedRegion } from '../config/completed-region.js';
import type { AppConfig } from '../generated/app-config.types.js';
import type { Lang } from '../i18n/types.js';
import { serializeAppConfig } from './plan.js';
import { renderStandardPages } from './pages.js';
import { exportNovosga } from './novosga.js';

export const APP_CONFIG_FILE = 'app/app-config.json';

/**
 * The files of the deployment's `app/` folder that the app config makes, keyed by path:
 * app-config.json, the public service-standard pages (app/standar-pelayanan/**.md, in `lang`) and the
 * NovoSGA seed data (app/novosga/*.json). Renders a planned config (planAppConfig); plans nothing.
 */
export function renderAppConfigFiles(region: CompletedRegion, config: AppConfig, lang: Lang): Record<string, string> {
  return {
    [APP_CONFIG_FILE]: serializeAppConfig(config),
    ...renderStandardPages(region, config, lang),
    ...exportNovosga(region, config, lang),
  };
}
