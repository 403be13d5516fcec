/**
 * Escaping, one function per output format. Names from the answers reach YAML and JSON (written by
 * serializers, never by hand), and HTML, SVG, Markdown, MDX and CSV (escaped here).
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** Text for XML/SVG element content or a quoted attribute value. Drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * Inline text for Markdown and MDX: renders as the literal text in CommonMark and in MDX 3
 * (Docusaurus). Inline markup characters are backslash-escaped; `<`, `>`, `{`, `}` and `&` become
 * character references, which MDX never reads as JSX or expressions. Line breaks fold to spaces,
 * and a leading character that could open a block (heading, list, quote, rule) is escaped, so a
 * name cannot start a heading, list, rule or front matter wherever a template puts it.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/[&<>{}]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/^([#+\-=!]|\d+(?=[.)]))/, (c) => (/^\d/.test(c) ? `${c}\\` : `\\${c}`));
}

/** Inline code span for Markdown/MDX, safe for any content (identifiers, paths). */
export function markdownCode(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A spreadsheet-safe cell text: a value that a spreadsheet would read as a formula
 * (starting with = + - @, tab or carriage return) gets a leading apostrophe.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180), formula-neutralized. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutralizeFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line from fields, CRLF-terminated as RFC 4180 says. */
export function csvRow(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
