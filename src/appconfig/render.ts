import type { CompletedRegion } from '../config/completed-region.js';
import type { AppConfig } from '../generated/app-config.types.js';
import type { Lang } from '../i18n/types.js';
import { serializeAppConfigParts } from './plan.js';
import type { TextParts } from '../render/text-parts.js';
import { renderStandardPages } from './pages.js';
import { exportNovosga } from './novosga.js';

export const APP_CONFIG_FILE = 'app/app-config.json';

/** A group of files, rendered when called. */
export type FileGroup = () => Record<string, string | TextParts>;

/**
 * The files of the deployment's `app/` folder that the app config makes, in groups rendered one at
 * a time: app-config.json (in pieces, TextParts: a large region's file is hundreds of MB), the public
 * service-standard pages (app/standar-pelayanan/**.md, in `lang`) and the NovoSGA seed data
 * (app/novosga/*.json). Renders a planned config (planAppConfig); plans nothing.
 */
export function appConfigFileGroups(region: CompletedRegion, config: AppConfig, lang: Lang): FileGroup[] {
  return [() => ({ [APP_CONFIG_FILE]: serializeAppConfigParts(config) }), () => renderStandardPages(region, config, lang), () => exportNovosga(region, config, lang)];
}

/** The same files, keyed by path. */
export function renderAppConfigFiles(region: CompletedRegion, config: AppConfig, lang: Lang): Record<string, string | TextParts> {
  return Object.assign({}, ...appConfigFileGroups(region, config, lang).map((group) => group()));
}
