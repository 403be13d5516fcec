import { t, type MessageKey, type Params } from '../i18n/catalogue.js';
import type { CategoryId, Finding, FindingCode, Severity } from './types.js';

export interface FindingInput {
  code: FindingCode;
  severity: Severity;
  category: CategoryId;
  path: string;
  agency?: string;
  params?: Params;
  source?: Finding['source'];
  /** Parameters that differ per language (e.g. a component label), merged over `params`. */
  localParams?: { id: Params; en: Params };
}

/** A finding with its message and fix in both languages, from the catalogue keys `review.finding.<code>` / `review.fix.<code>`. */
export function finding(input: FindingInput): Finding {
  const key = `review.finding.${input.code}` as MessageKey;
  const fixKey = `review.fix.${input.code}` as MessageKey;
  const params = input.params ?? {};
  const idParams = { ...params, ...(input.localParams?.id ?? {}) };
  const enParams = { ...params, ...(input.localParams?.en ?? {}) };
  return {
    code: input.code,
    severity: input.severity,
    category: input.category,
    source: input.source ?? 'answers',
    path: input.path,
    ...(input.agency !== undefined ? { agency: input.agency } : {}),
    key,
    fixKey,
    params: idParams,
    message: { id: t('id', key, idParams), en: t('en', key, enParams) },
    fix: { id: t('id', fixKey, idParams), en: t('en', fixKey, enParams) },
  };
}
