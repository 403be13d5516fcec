import type { Localized } from '../types.js';

/** Messages of the grow concern. Keys are namespaced `grow.*`. */
export const growMessages = {
} satisfies Record<string, Localized>;
