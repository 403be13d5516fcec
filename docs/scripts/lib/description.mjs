/**
 * The bilingual description and the question of a schema node, as the kit reads them
 * (src/config/schema-fields.ts): "Indonesian text. (EN) English text.", or `x-description-en`.
 */
import { splitDescription as split, promptOf as prompt } from './schema-fields.mjs';

/** { id, en } from a schema node; missing halves fall back to the other language, then to ''. */
export function splitDescription(node) {
  return split(node);
}

/** The interview question of a node (`x-prompt`, either `{ id, en }` or a string), or ''. */
export function promptOf(node, lang) {
  return prompt(node)?.[lang] ?? '';
}
