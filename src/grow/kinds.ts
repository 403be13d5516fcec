/** The items a deployment can grow by, and the answers collection each lives in. */
export const ITEM_KINDS = ['agency', 'service', 'counter'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export type Collection = 'agencies' | 'services' | 'counters';

export const COLLECTION: Readonly<Record<ItemKind, Collection>> = { agency: 'agencies', service: 'services', counter: 'counters' };

export function isItemKind(value: unknown): value is ItemKind {
  return typeof value === 'string' && (ITEM_KINDS as readonly string[]).includes(value);
}

/** A plain YAML/JSON object (what an item file holds). */
export type Item = Record<string, unknown>;

export function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
