export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** A text a user reads, in Bahasa Indonesia first and English second. */
export interface Localized {
  id: string;
  en: string;
}

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}
