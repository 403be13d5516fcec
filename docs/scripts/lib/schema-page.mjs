/** One configuration-reference page (MDX) per schema and locale. */
import { walkSchema } from './schema-walk.mjs';
import { splitDescription } from './description.mjs';
import { escapeMdx, mdxCode, frontMatter } from './mdx.mjs';
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

function requiredCell(row, L) {
  if (row.condition) {
    const field = mdxCode(row.condition.field, true);
    if (row.condition.kind === 'absent') return L.whenAbsent(field);
    if (row.condition.kind === 'present') return L.whenPresent(field);
    return L.conditional;
  }
  if (row.required === null) return L.none;
  return row.required ? `**${L.yes}**` : L.no;
}

function constraintText({ key, value }, L) {
  if (key === 'enum') return `${L.values}: ${value.map((v) => mdxCode(JSON.stringify(v), true)).join(', ')}`;
  if (key === 'additionalProperties') return mdxCode('additionalProperties: false', true);
  return mdxCode(`${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`, true);
}

function descriptionCell(row, lang, L) {
  const parts = [];
  const text = row.description[lang];
  if (text) parts.push(richText(text, true));
  const prompt = row.prompt[lang];
  if (prompt) parts.push(`${L.prompt}: *${escapeMdx(prompt)}*`);
  if (row.sameAs) parts.push(L.sameAs(mdxCode(row.sameAs, true)));
  return parts.join(' · ') || L.none;
}

function constraintsCell(row, L) {
  const parts = row.constraints.map((c) => constraintText(c, L));
  if (row.defaultValue !== undefined) parts.unshift(`${L.defaultValue}: ${mdxCode(JSON.stringify(row.defaultValue), true)}`);
  return parts.join('<br />') || L.none;
}

/** The MDX page for one schema in one locale. */
export function renderSchemaPage(schema, fileName, lang, position) {
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
    }),
  );
  out.push('');
  if (description) out.push(richText(description), '');
  out.push(`${L.schemaFile}: ${mdxCode(`schemas/${fileName}`)}. ${L.generatedNote}`, '');
  out.push(`## ${L.fields}`, '');
  if (rows.length === 0) {
    out.push(L.noFields, '');
  } else {
    out.push(`| ${L.field} | ${L.type} | ${L.required} | ${L.description} | ${L.constraints} |`);
    out.push('| --- | --- | --- | --- | --- |');
    for (const row of rows) {
      out.push(
        `| ${mdxCode(row.path, true)} | ${mdxCode(row.type, true)} | ${requiredCell(row, L)} | ${descriptionCell(row, lang, L)} | ${constraintsCell(row, L)} |`,
      );
    }
    out.push('');
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
