import type { CompletedRegion } from '../config/completed-region.js';
import type { Lang } from '../i18n/types.js';
import { pick, t } from '../i18n/catalogue.js';
import { registerPartial, renderTemplate } from '../render/templates.js';
import type { AppConfig, CatalogueService, Component, Fee } from '../generated/app-config.types.js';
import { groupThousands } from '../i18n/thousands.js';

export const STANDARD_PAGES_DIR = 'app/standar-pelayanan';

let partialsReady = false;
function ensurePartials(): void {
  if (partialsReady) return;
  registerPartial('appconfigComponent', 'appconfig/component.md.hbs');
  partialsReady = true;
}

/** The fee as one line of plain text (escaped later by the template): the published text first when there is one. */
export function feeText(fee: Fee, lang: Lang): string {
  const parts: string[] = [];
  if (fee.text) parts.push(fee.text);
  else if (fee.kind === 'free') parts.push(t(lang, 'appconfig.fee.free'));
  else if (fee.amount !== undefined) parts.push(t(lang, 'appconfig.fee.amount', { amount: groupThousands(fee.amount, lang) }));
  if (fee.note) parts.push(fee.note);
  return parts.length > 0 ? parts.join(' — ') : t(lang, 'appconfig.component.notSet');
}

/** A component as the template shows it: plain text or a list (both escaped by the template), or missing. */
interface ComponentView {
  label: string;
  missing: boolean;
  text?: string;
  items?: string[];
  ordered?: boolean;
}

function componentView(component: Component, label: string, fee: Fee, lang: Lang): ComponentView {
  if (component.status === 'missing' || component.value === undefined) return { label, missing: true };
  const value = component.value;
  if (component.key === 'fee') return { label, missing: false, text: feeText(fee, lang) };
  if (component.key === 'staffCount') return { label, missing: false, text: t(lang, 'appconfig.page.staffCount', { count: Number(value) }) };
  if (Array.isArray(value)) return { label, missing: false, items: value, ordered: component.key === 'procedure' };
  return { label, missing: false, text: String(value) };
}

function serviceView(service: CatalogueService, labels: ReadonlyMap<string, string>, lang: Lang) {
  const views = service.components.map((c) => ({ group: c.group, view: componentView(c, labels.get(c.key) ?? c.key, service.fee, lang) }));
  return {
    ...service,
    // ids match ^[a-z0-9]+(-[a-z0-9]+)*$ (schema), so the link needs no escaping; encodeURI guards anyway
    href: encodeURI(`./${service.agency}/${service.id}.md`),
    feeText: feeText(service.fee, lang),
    missingCount: service.missing.length,
    delivery: views.filter((v) => v.group === 'delivery').map((v) => v.view),
    management: views.filter((v) => v.group === 'management').map((v) => v.view),
  };
}

/**
 * Public service-standard pages, Markdown safe for MDX (Docusaurus): every value passes the `md`
 * helper, so names with `<`, `{`, `}` or Markdown syntax render as text.
 * Keys: `app/standar-pelayanan/index.md` and `app/standar-pelayanan/<agency>/<service>.md`.
 */
export function renderStandardPages(region: CompletedRegion, appConfig: AppConfig, lang: Lang): Record<string, string> {
  ensurePartials();
  const mpp = region.mpp.name;
  const labels = new Map(appConfig.catalogue.components.map((c) => [c.key as string, pick(lang, c.label)]));
  const services = appConfig.catalogue.services.map((s) => serviceView(s, labels, lang));
  const channels = appConfig.complaints.channels.map((c) => ({ label: pick(lang, c.label), value: c.value }));
  const files: Record<string, string> = {};
  files[`${STANDARD_PAGES_DIR}/index.md`] = renderTemplate('appconfig/standard-index.md.hbs', {
    lang,
    mpp,
    services,
    pledge: appConfig.pledge,
  });
  for (const service of services) {
    files[`${STANDARD_PAGES_DIR}/${service.agency}/${service.id}.md`] = renderTemplate('appconfig/standard-service.md.hbs', {
      lang,
      mpp,
      service,
      channels,
    });
  }
  return files;
}
