import regionSchema from '../../schemas/region.schema.json' with { type: 'json' };
import type { Lang, Localized } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { Column, Sheet } from './columns.js';

type Node = { $ref?: string; description?: string; properties?: Record<string, Node>; items?: Node; $defs?: Record<string, Node> };
const root = regionSchema as unknown as Node;

function deref(node: Node): Node {
  let current = node;
  for (let i = 0; i < 10 && current.$ref?.startsWith('#/$defs/'); i++) {
    const target = root.$defs?.[current.$ref.slice('#/$defs/'.length)];
    if (!target) break;
    current = { ...target, description: current.description ?? target.description };
  }
  return current;
}

/** The schema node at a path of property names, where `[]` steps into array items. */
export function schemaNodeAt(segments: readonly string[]): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of segments) {
    if (!node) return undefined;
    const resolved: Node = deref(node);
    node = segment === '[]' ? resolved.items : resolved.properties?.[segment];
  }
  return node ? deref(node) : undefined;
}

/** Splits the schema's bilingual description `Teks. (EN) Text.` */
export function splitDescription(description: string | undefined): Localized | undefined {
  if (!description) return undefined;
  const [id, en] = description.split(' (EN) ');
  return { id: id.trim(), en: (en ?? id).trim() };
}

/** Schema path segments of a column of a sheet. */
export function columnSchemaPath(sheet: Sheet, column: Column): string[] {
  if (sheet.kind === 'keyValue') return column.path.split('.');
  const base = sheet.collection.split('.');
  const item = sheet.shape === 'byKey' ? [...base, 'monday'] : [...base, '[]'];
  return column.path ? [...item, ...column.path.split('.')] : item;
}

/** The note of a header cell: the column's own comment, the schema's description and allowed values. */
export function columnNote(sheet: Sheet, column: Column, lang: Lang): string {
  const parts: string[] = [];
  if (column.comment) parts.push(column.comment[lang]);
  if (column.type !== 'day') {
    const description = splitDescription(schemaNodeAt(columnSchemaPath(sheet, column))?.description);
    if (description) parts.push(description[lang]);
  }
  if (column.type === 'enum' && column.values) parts.push(t(lang, 'sheet.note.allowed', { values: column.values.join(', ') }));
  if (column.type === 'textList') parts.push(t(lang, 'sheet.note.list'));
  if (column.type === 'boolean') parts.push(t(lang, 'sheet.note.boolean'));
  if (column.required) parts.push(t(lang, 'sheet.note.required'));
  return parts.join('\n');
}
