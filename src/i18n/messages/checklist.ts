import type { Localized } from '../types.js';

/** Messages of the checklist concern. Keys are namespaced `checklist.*`. */
export const checklistMessages = {
} satisfies Record<string, Localized>;
