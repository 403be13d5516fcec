import { t, type MessageKey, type Params } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import type { LayoutPlan, LayoutWarning } from './types.js';

/** Builds a warning carrying both the catalogue key and the text in both languages. */
export function layoutWarning(
  code: LayoutWarning['code'],
  severity: LayoutWarning['severity'],
  key: MessageKey,
  params: Params,
  path?: string,
): LayoutWarning {
  const warning: LayoutWarning = { code, severity, key, params, message: { id: t('id', key, params), en: t('en', key, params) } };
  if (path !== undefined) warning.path = path;
  return warning;
}

/** All warnings of a plan (sizing, area, floors), in that order. */
export function layoutWarnings(plan: LayoutPlan): LayoutWarning[] {
  return plan.warnings;
}

/** One warning as a line in the chosen language, prefixed by its path when it has one. */
export function formatLayoutWarning(warning: LayoutWarning, lang: Lang): string {
  const text = t(lang, warning.key, warning.params);
  return warning.path ? `${warning.path}: ${text}` : text;
}
