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
  return jsValue(String(text));
}

/** Any JSON value as a JavaScript literal for a JSX attribute or child expression, safe inside MDX. */
export function jsValue(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function yamlScalar(value) {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(String(value));
}

/**
 * YAML front matter from an object of strings, numbers, booleans and nulls, one level of nested
 * objects allowed (`mdx: { format: 'md' }`); values JSON-quoted (valid YAML); undefined values left out.
 */
export function frontMatter(fields) {
  const lines = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value !== null && typeof value === 'object') {
      lines.push(`${key}:`);
      for (const [sub, subValue] of Object.entries(value)) if (subValue !== undefined) lines.push(`  ${sub}: ${yamlScalar(subValue)}`);
    } else {
      lines.push(`${key}: ${yamlScalar(value)}`);
    }
  }
  return `---\n${lines.join('\n')}\n---\n`;
}
