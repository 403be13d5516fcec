/**
 * Fitting Markdown that the mpp-kit generator wrote (already escaped for MDX by the generator) into a
 * gallery page, without unescaping anything: front matter and the title line are dropped, headings are
 * shifted under the page's own section, and links to files of the deployment folder (which do not exist
 * on the site) become plain text, so that the site's broken-link check does not fail on them.
 */

const FENCE = /^\s*(```|~~~)/;

/** Lines outside fenced code blocks are passed to `fn`; fenced lines are kept as they are. */
export function mapOutsideFences(lines, fn) {
  let inFence = false;
  return lines.map((line) => {
    if (FENCE.test(line)) {
      inFence = !inFence;
      return line;
    }
    return inFence ? line : fn(line);
  });
}

export function stripFrontMatter(text) {
  return text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

/** Shifts headings so that the shallowest becomes `minLevel` (max 6). */
export function shiftHeadings(lines, minLevel) {
  let shallowest = 7;
  mapOutsideFences(lines, (line) => {
    const m = /^(#{1,6})\s/.exec(line);
    if (m) shallowest = Math.min(shallowest, m[1].length);
    return line;
  });
  if (shallowest === 7) return lines;
  const delta = minLevel - shallowest;
  return mapOutsideFences(lines, (line) =>
    line.replace(/^(#{1,6})(\s)/, (_, hashes, space) => `${'#'.repeat(Math.min(6, Math.max(1, hashes.length + delta)))}${space}`),
  );
}

/** A link target that leaves the deployment folder's own files alone: a web address, an e-mail or a page anchor. */
export function isRelativeTarget(target) {
  return !/^([a-z][a-z0-9+.-]*:|#)/i.test(target);
}

const IMAGE = /(?<!\\)!\[([^\]\\]*(?:\\.[^\]\\]*)*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const LINK = /(?<![\\!])\[([^\]\\]*(?:\\.[^\]\\]*)*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/**
 * Rewrites the links of one Markdown line. `resolve(target, { image })` returns the new target, or
 * undefined: a link then becomes its plain text and an image is dropped. Web addresses and e-mail
 * links are never passed to `resolve`; page anchors (`#x`) are.
 */
export function rewriteLinks(line, resolve) {
  const rewrite = (all, text, target, image) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return all;
    const to = resolve(target, { image });
    if (to === undefined) return image ? '' : text;
    return `${image ? '!' : ''}[${text}](${to})`;
  };
  return line
    .replace(IMAGE, (all, text, target) => rewrite(all, text, target, true))
    .replace(LINK, (all, text, target) => rewrite(all, text, target, false));
}

/** `[text](target)` with a relative target -> `text`; images with relative targets are dropped. */
export function neutralizeRelativeLinks(line) {
  return rewriteLinks(line, (target) => (isRelativeTarget(target) ? undefined : target));
}

/** The lines of the first section whose heading matches `pattern` (heading excluded), or undefined. */
export function sectionMatching(lines, pattern) {
  let start = -1;
  let level = 0;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    if (FENCE.test(lines[i])) inFence = !inFence;
    if (inFence) continue;
    const m = /^(#{1,6})\s+(.*)$/.exec(lines[i]);
    if (!m) continue;
    if (start >= 0 && m[1].length <= level) return lines.slice(start, i);
    if (start < 0 && pattern.test(m[2])) {
      start = i + 1;
      level = m[1].length;
    }
  }
  return start >= 0 ? lines.slice(start) : undefined;
}

/** Lines before the second heading of level <= 2 (the title and its introduction), title excluded. */
export function leadingPart(lines) {
  let headings = 0;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    if (FENCE.test(lines[i])) inFence = !inFence;
    if (!inFence && /^#{1,2}\s/.test(lines[i])) {
      headings += 1;
      if (headings === 2) return lines.slice(0, i);
    }
  }
  return lines;
}

/**
 * One list item per level-2 section: the first paragraph line under its heading (the checklist writes
 * its per-phase counts there), or the heading text when the section opens with something else.
 */
export function sectionLeads(lines) {
  const items = [];
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    if (FENCE.test(lines[i])) inFence = !inFence;
    const m = !inFence && /^##\s+(.*)$/.exec(lines[i]);
    if (!m) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].trim() === '') j++;
    const first = lines[j] ?? '';
    const isParagraph = first.trim() !== '' && !/^(#|\s*[-*+]\s|\s*\d+[.)]\s|\s*\||\s*>|\s*```|\s*~~~|\s*<)/.test(first);
    items.push(`- ${isParagraph ? first.trim() : m[1].trim().replace(/^\d+[.)]\s+/, '')}`);
  }
  return items;
}

/**
 * The summary of a generated document: its "Ringkasan"/"Summary" section if it has one, otherwise its
 * introduction followed by the lead line of each level-2 section; headings shifted to start at
 * `minLevel`, relative links made plain text.
 */
export function summaryOf(markdown, minLevel = 3) {
  const lines = stripFrontMatter(markdown).replace(/\r\n/g, '\n').split('\n');
  const section = sectionMatching(lines, /ringkasan|summary/i);
  let part = section ?? [...leadingPart(lines), '', ...sectionLeads(lines)];
  const title = part.findIndex((line) => /^#\s/.test(line));
  if (title >= 0 && part.slice(0, title).every((line) => line.trim() === '')) part = part.slice(title + 1);
  part = shiftHeadings(part, minLevel);
  part = mapOutsideFences(part, neutralizeRelativeLinks);
  return part.join('\n').trim();
}
