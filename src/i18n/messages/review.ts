import type { Localized } from '../types.js';

/** Messages of the review concern. Keys are namespaced `review.*`. */
export const reviewMessages = {
} satisfies Record<string, Localized>;
