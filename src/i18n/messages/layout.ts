import type { Localized } from '../types.js';

/** Messages of the layout concern. Keys are namespaced `layout.*`. */
export const layoutMessages = {
} satisfies Record<string, Localized>;
