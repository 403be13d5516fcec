/**
 * Escaping for the generated MDX pages (same rules as src/render/escape.ts, which this script cannot
 * import without a build): any text renders as literal text in MDX 3, never as JSX or an expression.
 */

/** Inline text for MDX: Markdown punctuation backslash-escaped, `< > { } & "` as character references. */
export function escapeMdx(text) {
  return String(text)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_[\]()#+\-.!|~^$%]/g, (c) => `\\${c}`)
    .replace(/[&<>{}"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An inline code span, safe for any content; `inTable` escapes pipes so it can sit in a GFM table cell. */
export function mdxCode(text, inTable = false) {
  const clean = String(text).replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${inTable ? clean.replace(/\|/g, '\\|') : clean}${pad}${fence}`;
}

/** A JavaScript string literal for a JSX attribute (`alt={...}`), safe inside MDX. */
export function jsString(text) {
  return JSON.stringify(String(text)).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** YAML front matter from a flat object of strings and numbers (values JSON-quoted, valid YAML). */
export function frontMatter(fields) {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === 'number' ? value : JSON.stringify(String(value))}`);
  return `---\n${lines.join('\n')}\n---\n`;
}
