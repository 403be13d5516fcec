/** One configuration-reference page (MDX) per schema and locale. */
import { walkSchema } from './schema-walk.mjs';
import { splitDescription } from './description.mjs';
import { escapeMdx, mdxCode, frontMatter } from './mdx.mjs';
import { exampleAt } from './schema-examples.mjs';
import { LABELS } from './labels.mjs';

/** Text that may contain `code spans` (as the schema descriptions do): code kept, the rest escaped. */
export function richText(text, inTable = false) {
  return String(text)
    .split(/(`[^`\n]+`)/)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 2 ? mdxCode(part.slice(1, -1), inTable) : escapeMdx(part),
    )
    .join('');
}

/** `region.schema.json` -> `region`. */
export function schemaSlug(fileName) {
  return fileName.replace(/\.schema\.json$/, '').replace(/\.json$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function requiredText(row, L) {
  if (row.condition) {
    const field = mdxCode(row.condition.field);
    if (row.condition.kind === 'absent') return L.whenAbsent(field);
    if (row.condition.kind === 'present') return L.whenPresent(field);
    return L.conditional;
  }
  if (row.required === null) return L.none;
  return row.required ? `**${L.yes}**` : L.no;
}

function constraintText({ key, value }, L) {
  if (key === 'enum') return `${L.values}: ${value.map((v) => mdxCode(JSON.stringify(v))).join(', ')}`;
  if (key === 'additionalProperties') return mdxCode('additionalProperties: false');
  return mdxCode(`${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

function descriptionText(row, lang, L) {
  const parts = [];
  const text = row.description[lang];
  if (text) parts.push(richText(text));
  const prompt = row.prompt[lang];
  if (prompt) parts.push(`${L.prompt}: *${escapeMdx(prompt)}*`);
  if (row.sameAs) parts.push(L.sameAs(mdxCode(row.sameAs)));
  return parts.join(' · ') || L.none;
}

function constraintsText(row, L) {
  const parts = row.constraints.map((c) => constraintText(c, L));
  if (row.defaultValue !== undefined) parts.unshift(`${L.defaultValue}: ${mdxCode(JSON.stringify(row.defaultValue))}`);
  return parts.join('; ') || L.none;
}

/** One term of a field block: `<div><dt>label</dt><dd>value</dd></div>` on one line (the value is Markdown). */
function term(label, value) {
  return `<div className="fact-list__item"><dt>${escapeMdx(label)}</dt><dd>${value}</dd></div>`;
}

/**
 * One field as a block: its path as a heading (level 3; none when `heading` is false, for a
 * top-level field whose section heading already names it), then type, required, description,
 * limits and an example value (from a real document of the schema, when one is given) as a
 * definition list.
 */
export function renderFieldBlock(row, lang, example, heading = true) {
  const L = LABELS[lang];
  const terms = [
    term(L.type, mdxCode(row.type)),
    term(L.required, requiredText(row, L)),
    term(L.description, descriptionText(row, lang, L)),
    term(L.constraints, constraintsText(row, L)),
  ];
  if (example !== undefined) terms.push(term(L.example, mdxCode(example)));
  const title = heading ? [`### ${mdxCode(row.path)}`, ''] : [];
  return ['<section className="schema-field">', '', ...title, '<dl className="fact-list">', ...terms, '</dl>', '', '</section>', ''].join('\n');
}

/** The first segment of a field path (`agencies[].name` -> `agencies`): the section it is listed under. */
export function topField(path) {
  return /^[^.[]+/.exec(path)?.[0] ?? path;
}

/**
 * The MDX page for one schema in one locale. `sample` is a real document of the schema (for the
 * example values), or undefined.
 */
export function renderSchemaPage(schema, fileName, lang, position, sample) {
  const L = LABELS[lang];
  const description = splitDescription(schema)[lang];
  const title = schema.title ? `${fileName} (${schema.title})` : fileName;
  const rows = walkSchema(schema);
  const out = [];
  out.push(
    frontMatter({
      title,
      sidebar_label: fileName,
      sidebar_position: position,
      slug: `/reference/${schemaSlug(fileName)}`,
      description: description || undefined,
      toc_max_heading_level: 2,
    }),
  );
  out.push('');
  if (description) out.push(richText(description), '');
  out.push(`${L.schemaFile}: ${mdxCode(`schemas/${fileName}`)}. ${L.generatedNote}`, '');
  if (sample !== undefined) out.push(escapeMdx(L.examplesFrom), '');
  if (rows.length === 0) {
    out.push(`## ${L.fields}`, '', L.noFields, '');
    return out.join('\n');
  }
  // one section per top-level field: its heading names the field, its fields follow as blocks
  for (const row of rows) {
    const top = row.path === topField(row.path);
    if (top) out.push(`## ${mdxCode(row.path)}`, '');
    out.push(renderFieldBlock(row, lang, sample === undefined ? undefined : exampleAt(sample, row.path), !top));
  }
  return out.join('\n');
}

/** The index page of the reference section: the schemas, linked. */
export function renderReferenceIndex(entries, lang) {
  const L = LABELS[lang];
  const out = [frontMatter({ title: L.referenceTitle, sidebar_position: 1001, slug: '/reference' }), ''];
  out.push(richText(L.referenceIntro), '');
  for (const { fileName, schema } of entries) {
    const description = splitDescription(schema)[lang];
    out.push(`- [${escapeMdx(fileName)}](./${fileName.replace(/\.json$/, '.mdx')})${description ? `: ${richText(description)}` : ''}`);
  }
  out.push('');
  return out.join('\n');
}
