/**
 * One page per generated file, by kind (see deployment-files.mjs fileKind):
 *   markdown        the file itself, as a page (parsed as CommonMark, `mdx.format: md`), its links to
 *                   other files of the deployment pointing to their pages
 *   csv             a table
 *   yaml, json, text highlighted code
 * Tables and code longer than PREVIEW_LIMIT bytes show their beginning only (whole lines or rows) and
 * say so: a 650 KB configuration file is read by programs, and every byte shown is built into the
 * page twice (HTML and script), highlighted code about twelve times over (a 128 KB preview made a
 * 1.7 MB page). Markdown pages are always whole.
 *   html            embedded in a sandboxed frame, with a link to open it alone
 *   svg, image      the picture, linked at full size
 *   binary          a description and the download link
 * Every page starts with a line back to the region's page, the file's kind and size, and a download
 * link to the original (copied under static/generated/).
 * The text of a code or table page travels in a JSON file beside the page (`_<page>.json`, imported by
 * it), not inside the MDX: the bundler reads JSON natively, where the MDX compiler would tokenise
 * every character of a long string literal, once per locale and (with webpack) once per bundle.
 */
import { posix } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { escapeMdx, jsString, frontMatter } from './mdx.mjs';
import { formatSize } from './deployment-files.mjs';
import { mapOutsideFences, rewriteLinks, shiftHeadings, stripFrontMatter } from './generated-markdown.mjs';
import { svgTitle } from './svg-title.mjs';
import { LABELS } from './labels.mjs';

/** How much of a table or code file a page shows, in bytes of the original (some 800 lines of YAML). */
export const PREVIEW_LIMIT = 32 * 1024;

/**
 * The beginning of `text` that fits in `limit` bytes, cut after a whole line (or inside the first
 * line when that alone is longer): { text, partial }.
 */
export function previewText(text, limit = PREVIEW_LIMIT) {
  if (Buffer.byteLength(text) <= limit) return { text, partial: false };
  const head = Buffer.from(text).subarray(0, limit).toString('utf8').replace(/\uFFFD$/, '');
  const lastBreak = head.lastIndexOf('\n');
  return { text: lastBreak > 0 ? head.slice(0, lastBreak) : head, partial: true };
}

const CODE_LANGUAGE = { yaml: 'yaml', json: 'json', text: 'text' };

/**
 * The page of one file. `file` = { path, kind, bytes }; `site` (gallery.mjs siteLocations) tells
 * where things are: regionTitle, regionRoute (the region's page), pageRoute(path) (a file's page, or
 * undefined), hasFile(path), assetUrl(path) (the copied original under static/).
 * `dataName` is the file name of the page's JSON data beside it (see the top of this file).
 * Returns { source, data }: the page source (markdown pages are CommonMark, `.md`, the rest MDX) and
 * the JSON value its data file holds (undefined when the page has none).
 */
export function renderFilePage(file, site, lang, dataName = '_data.json') {
  const L = LABELS[lang];
  const kindLabel = L.fileKinds[file.kind] ?? file.kind;
  const title = L.filePageTitle(file.path, site.regionTitle);
  const fields = {
    title,
    sidebar_label: file.path,
    slug: site.pageRoute(file.path).replace(/^\/docs/, ''),
    displayed_sidebar: 'docs',
    pagination_prev: null,
    pagination_next: null,
    description: L.filePageDescription(file.path, site.regionTitle),
  };
  if (file.kind === 'markdown') return { source: renderMarkdownPage(file, site, lang, fields, kindLabel), data: undefined };

  const body = bodyOf(file, site, lang);
  const out = [frontMatter(fields), ''];
  out.push("import GeneratedFile from '@site/src/components/GeneratedFile';");
  if (file.kind === 'csv') out.push("import DataTable from '@site/src/components/DataTable';");
  if (file.kind === 'html') out.push("import EmbeddedPage from '@site/src/components/EmbeddedPage';");
  if (file.kind === 'svg' || file.kind === 'image') out.push("import FloorPlan from '@site/src/components/FloorPlan';");
  if (file.kind in CODE_LANGUAGE || file.kind === 'csv') out.push("import CodeBlock from '@theme/CodeBlock';");
  if (body.data !== undefined) out.push(`import data from ${jsString(`./${dataName}`)};`);
  out.push('');
  const download = `<GeneratedFile src={${jsString(site.assetUrl(file.path))}} label={${jsString(L.downloadNamed(file.path))}}>{${jsString(L.download)}}</GeneratedFile>`;
  out.push(headerLine(file, site, lang, kindLabel, download), '');
  out.push(...body.lines, '');
  return { source: out.join('\n'), data: body.data };
}

/** The line that opens every file page: back to the region, the file's kind and size, the download. */
function headerLine(file, site, lang, kindLabel, download) {
  const L = LABELS[lang];
  return `[${escapeMdx(L.backTo(site.regionTitle))}](${site.regionRoute}) · ${escapeMdx(kindLabel)}, ${escapeMdx(formatSize(file.bytes.length, lang))} · ${download}`;
}

/** { lines, data }: the page's body and the JSON data it imports (code text, table rows), if any. */
function bodyOf(file, site, lang) {
  const L = LABELS[lang];
  const text = () => file.bytes.toString('utf8');
  switch (file.kind) {
    case 'csv': {
      const table = csvTable(text());
      if (!table) {
        const code = codeBlock(text(), 'text', file.bytes.length, lang);
        return { lines: [escapeMdx(L.csvUnreadable), '', ...code.lines], data: code.data };
      }
      const rows = rowsWithin(table.rows, PREVIEW_LIMIT);
      const note = rows.length < table.rows.length ? [escapeMdx(L.previewRows(rows.length, table.rows.length)), ''] : [];
      return { lines: [...note, `<DataTable caption={${jsString(file.path)}} columns={data.columns} rows={data.rows} />`], data: { columns: table.columns, rows } };
    }
    case 'yaml':
    case 'json':
    case 'text':
      return codeBlock(text(), CODE_LANGUAGE[file.kind], file.bytes.length, lang);
    case 'html':
      return { lines: [`<EmbeddedPage src={${jsString(site.assetUrl(file.path))}} title={${jsString(file.path)}} openLabel={${jsString(L.openAlone)}} />`] };
    case 'svg':
    case 'image': {
      const alt = (file.kind === 'svg' ? svgTitle(text()) : undefined) ?? L.pictureAlt(file.path, site.regionTitle);
      return { lines: [`<FloorPlan className="generated-picture" src={${jsString(site.assetUrl(file.path))}} alt={${jsString(alt)}} fullSizeLabel={${jsString(L.fullSize)}} />`] };
    }
    default:
      return { lines: [escapeMdx(L.binaryFile)] };
  }
}

/** The code block (its beginning when the file is long, with a note saying how much is shown); the text is the page's data. */
function codeBlock(text, language, size, lang) {
  const preview = previewText(text);
  const note = preview.partial ? [escapeMdx(LABELS[lang].previewBytes(formatSize(Buffer.byteLength(preview.text), lang), formatSize(size, lang))), ''] : [];
  return { lines: [...note, `<CodeBlock language={${jsString(language)}}>{data.text}</CodeBlock>`], data: { text: preview.text } };
}

/** The first rows whose cells add up to at most `limit` bytes (at least one row). */
function rowsWithin(rows, limit) {
  let size = 0;
  let n = 0;
  while (n < rows.length) {
    size += rows[n].reduce((sum, cell) => sum + Buffer.byteLength(cell) + 1, 0);
    if (size > limit && n > 0) break;
    n += 1;
  }
  return rows.slice(0, n);
}

/** { columns, rows } of a CSV text (RFC 4180, comma-separated, optional BOM), or undefined when it does not parse. */
export function csvTable(text) {
  let records;
  try {
    records = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch {
    return undefined;
  }
  if (records.length === 0) return undefined;
  const [columns, ...rows] = records;
  const width = Math.max(columns.length, ...rows.map((row) => row.length));
  const pad = (row) => [...row, ...Array(width - row.length).fill('')];
  return { columns: pad(columns), rows: rows.map(pad) };
}

/**
 * A generated Markdown file as a CommonMark page: its own front matter dropped, headings moved under
 * the page title, links to other files of the deployment pointed to their pages (images to the
 * copied originals), links to anything else that is not on the site made plain text.
 */
function renderMarkdownPage(file, site, lang, fields, kindLabel) {
  const L = LABELS[lang];
  const dir = posix.dirname(file.path);
  const resolve = (target, { image }) => {
    if (target.startsWith('#')) return target;
    const [pathPart, anchor] = target.split('#', 2);
    let decoded;
    try {
      decoded = decodeURIComponent(pathPart);
    } catch {
      return undefined;
    }
    const path = posix.normalize(posix.join(dir === '.' ? '' : dir, decoded));
    if (path.startsWith('../')) return undefined;
    if (image) return site.hasFile(path) ? site.assetUrl(path) : undefined;
    const route = site.pageRoute(path);
    return route ? `${route}${anchor ? `#${anchor}` : ''}` : undefined;
  };
  const body = stripFrontMatter(file.bytes.toString('utf8')).replace(/\r\n/g, '\n').split('\n');
  const lines = mapOutsideFences(shiftHeadings(body, 2), (line) => rewriteLinks(line, resolve));
  const head = [
    frontMatter({ ...fields, mdx: { format: 'md' } }),
    headerLine(file, site, lang, kindLabel, `[${escapeMdx(L.downloadOriginal)}](pathname://${site.assetUrl(file.path)})`),
    '',
  ];
  return [...head, ...lines, ''].join('\n');
}
