import type Handlebars from 'handlebars';
import runtime from 'handlebars/runtime.js';
import { TEMPLATE_SPECS } from '../generated/templates.js';
import { escapeMarkdown, escapeXml, markdownCode, csvField } from './escape.js';
import { t, pick, type MessageKey, type Params } from '../i18n/catalogue.js';
import type { Lang, Localized } from '../i18n/types.js';

/**
 * Handlebars for documents people read. Output format comes from the template's name:
 * `*.html.hbs` and `*.svg.hbs` use Handlebars' HTML escaping on `{{x}}`; `*.md.hbs` and
 * `*.mdx.hbs` are compiled without escaping and every value must pass a format helper
 * (`{{md x}}`, `{{code x}}`, `{{num x}}`, `{{tr ...}}`); a test checks the templates for that.
 * The templates are precompiled with those options by scripts/gen-templates.mjs (a test keeps
 * src/generated/templates.ts in step): only Handlebars' runtime is loaded, nothing is compiled.
 */
const hb = (runtime as unknown as typeof Handlebars).create();

function lang(options: Handlebars.HelperOptions): Lang {
  const value = (options.data?.root as { lang?: Lang } | undefined)?.lang;
  return value === 'en' ? 'en' : 'id';
}

hb.registerHelper('md', (value: unknown) => escapeMarkdown(value === undefined || value === null ? '' : String(value)));
hb.registerHelper('code', (value: unknown) => markdownCode(String(value ?? '')));
hb.registerHelper('xml', (value: unknown) => escapeXml(String(value ?? '')));
hb.registerHelper('csv', (value: unknown) => csvField(value as string));
hb.registerHelper('num', (value: unknown, digits: unknown) => {
  const n = Number(value);
  if (!Number.isFinite(n)) return '';
  return typeof digits === 'number' ? n.toFixed(digits) : String(n);
});
hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
hb.registerHelper('not', (a: unknown) => !a);
hb.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''));
/** `{{tr "key" name=value}}`: a catalogue message in the document's language (root `lang`), unescaped. */
hb.registerHelper('tr', function (this: unknown, key: string, options: Handlebars.HelperOptions) {
  return t(lang(options), key as MessageKey, options.hash as Params);
});
/** `{{loc obj}}`: one language of a {id, en} text, unescaped (use inside md/xml helpers' input only when trusted). */
hb.registerHelper('loc', function (this: unknown, text: Localized, options: Handlebars.HelperOptions) {
  return text ? pick(lang(options), text) : '';
});

const cache = new Map<string, Handlebars.TemplateDelegate>();

const specs = TEMPLATE_SPECS as unknown as Record<string, TemplateSpecification>;
type TemplateSpecification = Parameters<typeof hb.template>[0];

function compileTemplate(relPath: string): Handlebars.TemplateDelegate {
  const cached = cache.get(relPath);
  if (cached) return cached;
  const spec = Object.prototype.hasOwnProperty.call(specs, relPath) ? specs[relPath] : undefined;
  if (!spec) throw new Error(`no template templates/${relPath} (run npm run gen:templates)`);
  const compiled = hb.template(spec);
  cache.set(relPath, compiled);
  return compiled;
}

/** Renders `templates/<relPath>` with the context. The context should carry `lang`. */
export function renderTemplate(relPath: string, context: object): string {
  return compileTemplate(relPath)(context);
}

/** Registers a partial from `templates/<relPath>` under a name. */
export function registerPartial(name: string, relPath: string): void {
  hb.registerPartial(name, compileTemplate(relPath));
}

hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
