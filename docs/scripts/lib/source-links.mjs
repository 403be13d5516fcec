/**
 * Checks that the prose cites its sources as links: a site named in running text (a "sourced claim")
 * must be inside a link, and every web link must be one of the addresses in docs/sources.yaml (so
 * that no address is made up). Text in code, front matter, imports and HTML comments is not prose.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The sources registry: [{ id, url, site, about, article? }]. */
export function loadSources(file) {
  const doc = parse(readFileSync(file, 'utf8'));
  return Object.entries(doc?.sources ?? {}).map(([id, entry]) => ({ id, ...entry }));
}

/** A host name in running text: labels joined by dots, ending in a top-level domain the sources use. */
const SITE = /(?<![\w./@-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|id|co|io|info|gov|edu|int)(?![\w-]|\.[a-z])/gi;
const INLINE_LINK = /!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^()\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const AUTOLINK = /<(https?:\/\/[^>\s]+)>/g;
const BARE_URL = /\bhttps?:\/\/[^\s<>()\]]+[^\s<>()\].,;:!?'"]/g;

/**
 * The prose lines of a Markdown/MDX page: [{ line (1-based), text }], with front matter, fenced code,
 * inline code, HTML/MDX comments and import/export lines blanked out (line numbers kept).
 */
export function proseLines(markdown) {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const out = [];
  let i = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) i = end + 1;
  }
  let fence = null;
  let comment = false;
  for (; i < lines.length; i++) {
    let text = lines[i];
    const marker = /^\s*(`{3,}|~{3,})/.exec(text);
    if (fence) {
      if (marker && marker[1][0] === fence[0] && marker[1].length >= fence.length) fence = null;
      continue;
    }
    if (marker) {
      fence = marker[1];
      continue;
    }
    if (/^(import|export)\s/.test(text)) continue;
    if (comment) {
      const close = text.indexOf('-->');
      if (close < 0) continue;
      text = text.slice(close + 3);
      comment = false;
    }
    text = text.replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, '');
    const open = text.indexOf('<!--');
    if (open >= 0) {
      text = text.slice(0, open);
      comment = true;
    }
    text = text.replace(/(`+)[\s\S]*?\1/g, ' ');
    out.push({ line: i + 1, text });
  }
  return out;
}

/** Every web address the page links to (inline links, autolinks, bare URLs): [{ line, url }]. */
export function webLinks(markdown) {
  const out = [];
  for (const { line, text } of proseLines(markdown)) {
    for (const m of text.matchAll(INLINE_LINK)) if (/^https?:\/\//i.test(m[1])) out.push({ line, url: m[1] });
    const rest = text.replace(INLINE_LINK, ' ');
    for (const m of rest.matchAll(AUTOLINK)) out.push({ line, url: m[1] });
    for (const m of rest.replace(AUTOLINK, ' ').matchAll(BARE_URL)) out.push({ line, url: m[0] });
  }
  return out;
}

/**
 * Sites named in running text outside any link: [{ line, site, text }]. `sites` (from the registry)
 * are looked for as well as anything shaped like a host name.
 */
export function unlinkedSiteMentions(markdown, sites = []) {
  const out = [];
  const known = sites.map((site) => site.toLowerCase());
  for (const { line, text } of proseLines(markdown)) {
    const rest = text.replace(INLINE_LINK, ' ').replace(AUTOLINK, ' ').replace(BARE_URL, ' ');
    const found = new Set([...rest.matchAll(SITE)].map((m) => m[0].toLowerCase()));
    const lower = rest.toLowerCase();
    for (const site of known) if (lower.includes(site)) found.add(site);
    for (const site of found) out.push({ line, site, text: text.trim() });
  }
  return out;
}
