import type { Localized } from '../types.js';

/** Messages of the core: loading, validation, CLI, generator, region README. */
export const coreMessages = {
} satisfies Record<string, Localized>;
