import type { Localized } from '../types.js';

/** Messages of the appconfig concern. Keys are namespaced `appconfig.*`. */
export const appconfigMessages = {
} satisfies Record<string, Localized>;
