/**
 * The page of one example region (MDX): key figures, floor plans at full width (each opening at full
 * size), the simulated day and the dashboard when the deployment has them, the region and checklist
 * summaries, and the list of every generated file with its page and its download link. Also the
 * floor-plan partial that prose pages import (`_layout-<slug>.mdx`).
 */
import { posix } from 'node:path';
import { escapeMdx, mdxCode, jsString, jsValue, frontMatter } from './mdx.mjs';
import { richText } from './schema-page.mjs';
import { summaryOf } from './generated-markdown.mjs';
import { comparePaths, formatSize } from './deployment-files.mjs';
import { dashboardFile, estimatedShare, floorPlanFiles, keyFigures, simulationFiles } from './region-facts.mjs';
import { svgTitle } from './svg-title.mjs';
import { figureItems, mdxLink } from './gallery.mjs';
import { LABELS } from './labels.mjs';

const IMPORTS = [
  "import FactList from '@site/src/components/FactList';",
  "import FloorPlan from '@site/src/components/FloorPlan';",
  "import GeneratedFile from '@site/src/components/GeneratedFile';",
  "import EmbeddedPage from '@site/src/components/EmbeddedPage';",
];

/** The region summary, from the answers file (names escaped for MDX). */
export function regionSummary(answers, title, lang, review) {
  const L = LABELS[lang];
  const S = L.summary;
  const agencies = answers.agencies ?? [];
  const services = answers.services ?? [];
  const floors = answers.mpp?.floors ?? [];
  const rows = [
    [S.name, escapeMdx(title)],
    [S.province, escapeMdx(answers.region?.province ?? '')],
    [S.mpp, escapeMdx(answers.mpp?.name ?? '')],
    [S.organiser, escapeMdx(answers.mpp?.organiser ?? '')],
    [S.agencies, String(agencies.length)],
    [S.services, String(services.length)],
    [S.counters, String(keyFigures({ answers, review }).plannedCounters)],
    [S.floors, floors.length > 0 ? floors.map((f) => `${escapeMdx(f.name ?? f.id)} (${Number(f.width)} × ${Number(f.depth)} m)`).join(', ') : S.floorsDerived],
  ];
  const out = [`| ${S.item} | ${S.value} |`, `| --- | --- |`, ...rows.map(([k, v]) => `| ${k} | ${v || L.none} |`), ''];
  if ((estimatedShare({ answers, review })?.estimated ?? 0) > 0) out.push(`*${S.estimate}*`, '');
  return out.join('\n');
}

/** A generated drawing as a FloorPlan figure; its text alternative is the SVG's own title. */
function figure(region, path, lang, textPath) {
  const L = LABELS[lang];
  const file = region.files.find((f) => f.path === path);
  // A simulated-day chart gets its alt text in the page language (the deployment may be in the other one).
  const chartAlt = Object.hasOwn(L.chartAlt, posix.basename(path)) ? L.chartAlt[posix.basename(path)] : undefined;
  const alt = chartAlt ? chartAlt(region.title) : (svgTitle(file.bytes.toString('utf8')) ?? L.floorPlanAlt(region.title, path));
  const props = {
    src: region.site.assetUrl(path),
    alt,
    caption: path,
    fullSizeLabel: L.fullSize,
    textLink: textPath && region.site.pageRoute(textPath) ? { href: region.site.pageRoute(textPath), label: `${L.layoutText}: ${textPath}` } : undefined,
  };
  return `<FloorPlan {...${jsValue(props)}} />`;
}

function floorPlanFigures(region, lang) {
  const layoutText = region.site.hasFile('layout/layout.yaml') ? 'layout/layout.yaml' : undefined;
  return floorPlanFiles(region.facts).map((path) => figure(region, path, lang, layoutText));
}

function simulationBlock(region, lang) {
  const L = LABELS[lang];
  const { reports, charts } = simulationFiles(region.facts);
  if (reports.length === 0 && charts.length === 0) return [];
  const out = [`## ${L.simulation}`, '', escapeMdx(L.simulationIntro), ''];
  for (const path of charts) out.push(figure(region, path, lang), '');
  for (const path of reports) out.push(`- ${mdxLink(`${L.simulationReport}: ${path}`, region.site.pageRoute(path))}`);
  if (reports.length > 0) out.push('');
  return out;
}

function dashboardBlock(region, lang) {
  const L = LABELS[lang];
  const path = dashboardFile(region.facts);
  if (!path) return [];
  const props = { src: region.site.assetUrl(path), title: `${L.dashboard}: ${region.title}`, openLabel: `${L.openAlone}: ${path}` };
  return [`## ${L.dashboard}`, '', `<EmbeddedPage {...${jsValue(props)}} />`, ''];
}

/** Every generated file: one list per top folder, sub-folders as nested lists, each file linked to its page. */
function fileList(region, lang) {
  const L = LABELS[lang];
  const byTop = new Map();
  for (const file of [...region.files].sort((a, b) => comparePaths(a.path, b.path))) {
    const parts = file.path.split('/');
    const top = parts.length === 1 ? '' : parts[0];
    if (!byTop.has(top)) byTop.set(top, []);
    byTop.get(top).push(file);
  }
  const item = (file, name) => {
    const kind = L.fileKinds[file.kind] ?? file.kind;
    const download = `<GeneratedFile src={${jsString(region.site.assetUrl(file.path))}} label={${jsString(L.downloadNamed(file.path))}}>{${jsString(L.download)}}</GeneratedFile>`;
    return `${mdxLink(name, region.site.pageRoute(file.path))} · ${escapeMdx(kind)}, ${escapeMdx(formatSize(file.bytes.length, lang))} · ${download}`;
  };
  const out = [`## ${L.files}`, '', richText(L.filesIntro), ''];
  for (const [top, files] of byTop) {
    out.push(`### ${top ? mdxCode(`${top}/`) : escapeMdx(L.rootFolder)}`, '');
    let currentDir = null;
    for (const file of files) {
      const dir = posix.dirname(file.path);
      const inTop = top === '' || dir === top;
      if (inTop) {
        currentDir = null;
        out.push(`- ${item(file, posix.basename(file.path))}`);
        continue;
      }
      if (dir !== currentDir) {
        currentDir = dir;
        out.push(`- ${mdxCode(`${dir.slice(top.length + 1)}/`)}`);
      }
      out.push(`  - ${item(file, posix.basename(file.path))}`);
    }
    out.push('');
  }
  return out;
}

/** The MDX page of one region. `command` is the generator command line shown for reproduction. */
export function renderRegionPage(region, lang, position, command) {
  const L = LABELS[lang];
  const out = [
    // no table of contents: the floor plans get the full width of the page
    frontMatter({ title: region.title, sidebar_position: position, slug: region.site.regionRoute.replace(/^\/docs/, ''), hide_table_of_contents: true }),
    '',
    ...IMPORTS,
    '',
    `<FactList {...${jsValue({ items: figureItems(region.facts, lang) })}} />`,
    '',
    `${L.command}: ${mdxCode(command)}`,
    '',
    `## ${L.floorPlans}`,
    '',
    escapeMdx(L.floorPlansIntro),
    '',
  ];
  const plans = floorPlanFigures(region, lang);
  if (plans.length === 0) out.push(richText(L.missing('`layout/floorplan-*.svg`')), '');
  for (const plan of plans) out.push(plan, '');
  out.push(...simulationBlock(region, lang), ...dashboardBlock(region, lang));
  out.push(`## ${L.region}`, '', regionSummary(region.answers, region.title, lang, region.facts.review), `## ${L.checklist}`, '');
  const checklist = region.files.find((f) => f.path === 'checklist/checklist.md');
  out.push(checklist ? summaryOf(checklist.bytes.toString('utf8'), 3) : richText(L.missing('`checklist/checklist.md`')), '');
  if (checklist) out.push(mdxLink('checklist/checklist.md', region.site.pageRoute(checklist.path)), '');
  out.push(...fileList(region, lang));
  return out.join('\n');
}

/**
 * The partial a prose page imports to show one region's floor plans and simulated-day charts
 * (`import Plans from './generated/examples/_layout-badung.mdx'`): no headings, so that it fits
 * under any section.
 */
export function renderLayoutPartial(region, lang) {
  const L = LABELS[lang];
  const { charts } = simulationFiles(region.facts);
  const layoutText = region.site.hasFile('layout/layout.yaml') ? 'layout/layout.yaml' : undefined;
  const out = ["import FloorPlan from '@site/src/components/FloorPlan';", ''];
  out.push(`${escapeMdx(L.layoutPartialIntro)} ${mdxCode(posix.join('examples', region.slug, 'mpp.yaml'))}. ${escapeMdx(L.layoutPartialMore)} ${mdxLink(region.title, region.site.regionRoute)}`, '');
  const plans = floorPlanFiles(region.facts);
  if (plans.length === 0) out.push(richText(L.missing('`layout/floorplan-*.svg`')), '');
  for (const path of plans) out.push(figure(region, path, lang, layoutText), '');
  for (const path of charts) out.push(figure(region, path, lang), '');
  return out.join('\n');
}
