/** A catalogue message in both languages, for data files that carry {id, en}. */
export { both } from '../i18n/catalogue.js';
