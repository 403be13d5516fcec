/**
 * The bilingual description of a schema node. The project's convention is
 * "Indonesian text. (EN) English text."; a node may instead carry `x-description-en`.
 */
export const EN_MARKER = ' (EN) ';

/** { id, en } from a schema node; missing halves fall back to the other language, then to ''. */
export function splitDescription(node) {
  const description = typeof node?.description === 'string' ? node.description.trim() : '';
  const explicitEn = typeof node?.['x-description-en'] === 'string' ? node['x-description-en'].trim() : '';
  const at = description.indexOf(EN_MARKER);
  const id = (at >= 0 ? description.slice(0, at) : description).trim();
  const en = explicitEn || (at >= 0 ? description.slice(at + EN_MARKER.length).trim() : '');
  return { id: id || en, en: en || id };
}

/** The interview question of a node (`x-prompt`, either `{ id, en }` or a string), or ''. */
export function promptOf(node, lang) {
  const prompt = node?.['x-prompt'];
  if (typeof prompt === 'string') return prompt;
  if (prompt && typeof prompt === 'object') return String(prompt[lang] ?? prompt.id ?? prompt.en ?? '');
  return '';
}
