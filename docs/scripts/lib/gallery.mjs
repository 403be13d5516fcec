/**
 * The examples gallery: every examples/<slug>/mpp.yaml is turned into a deployment by the generator
 * (deployment-run.mjs), and the site shows, per locale:
 *   /docs/examples                       one card per region (gallery index)
 *   /docs/examples/<slug>                the region's page (region-page.mjs)
 *   /docs/examples/<slug>/files/<page>   one page per generated file (file-page.mjs)
 * Every generated file is copied to static/generated/<slug>/<lang>/<path> for download and pictures.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { escapeMdx, jsValue, frontMatter } from './mdx.mjs';
import { richText } from './schema-page.mjs';
import { listDeploymentFiles, pagePaths, readDeploymentFile } from './deployment-files.mjs';
import { estimatedShare, floorPlanFiles, keyFigures, launchStatus, readinessScore } from './region-facts.mjs';
import { svgTitle } from './svg-title.mjs';
import { regionReview } from './deployment-run.mjs';
import { LABELS } from './labels.mjs';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The example folders that hold an mpp.yaml, sorted by name. */
export function findExamples(examplesDir) {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, 'mpp.yaml')))
    .map((entry) => {
      if (!SLUG.test(entry.name)) throw new Error(`example folder name is not a slug (a-z, 0-9, -): ${entry.name}`);
      return entry;
    })
    .map((entry) => ({ slug: entry.name, answers: join(examplesDir, entry.name, 'mpp.yaml') }))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Where the generator writes one example in one language. */
export function deploymentDir(workDir, slug, lang) {
  return join(workDir, lang, slug);
}

/** "Kabupaten Badung" / "Badung Regency". */
export function regionTitle(answers, lang) {
  const name = String(answers?.region?.name ?? '');
  const kind = answers?.region?.kind;
  if (lang === 'en') return kind === 'kota' ? `${name} City` : kind === 'kabupaten' ? `${name} Regency` : name;
  return kind ? `${LABELS.id.kinds[kind] ?? kind} ${name}` : name;
}

/** Where a region's pages and copied files live on the site (and the region's title, for the file pages). */
export function siteLocations(slug, lang, files, title = slug) {
  const pages = pagePaths(files);
  const regionRoute = `/docs/examples/${slug}`;
  const known = new Set(files);
  return {
    regionTitle: title,
    regionRoute,
    hasFile: (path) => known.has(path),
    pageRoute: (path) => (pages.has(path) ? `${regionRoute}/files/${pages.get(path)}` : undefined),
    pagePath: (path) => pages.get(path),
    assetUrl: (path) => `/generated/${slug}/${lang}/${path.split('/').map(encodeURIComponent).join('/')}`,
  };
}

/**
 * Everything the pages of one example in one locale need, read from its deployment folder; copies
 * every generated file under `<staticDir>/<slug>/<lang>/`. `reviewReport` is the region's readiness
 * review (deployment-run.mjs reviewDeployment).
 */
export function collectRegion({ example, lang, deployment, staticDir, reviewReport }) {
  const review = regionReview(reviewReport);
  const answers = parse(readFileSync(example.answers, 'utf8')) ?? {};
  const paths = listDeploymentFiles(deployment);
  const files = paths.map((path) => readDeploymentFile(deployment, path));
  for (const { path } of files) {
    const target = join(staticDir, example.slug, lang, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(deployment, ...path.split('/')), target);
  }
  const title = regionTitle(answers, lang);
  const facts = { answers, review, files: paths };
  return { slug: example.slug, lang, title, answers, files, facts, site: siteLocations(example.slug, lang, paths, title) };
}

/** A YYYY-MM-DD date in words, in the page language (UTC, so the same everywhere). */
export function formatDate(date, lang) {
  // A launch date may give only the year (`2018`) or the month (`2017-10`): say no more than it gives.
  if (/^\d{4}$/.test(date)) return date;
  const monthOnly = /^\d{4}-\d{2}$/.test(date);
  const parts = monthOnly ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { ...parts, timeZone: 'UTC' }).format(new Date(`${monthOnly ? `${date}-01` : date}T00:00:00Z`));
}

/** The launch status in words. */
export function statusText(facts, lang) {
  const L = LABELS[lang];
  const { status, date } = launchStatus(facts);
  const when = date ? formatDate(date, lang) : undefined;
  return status === 'launched' ? L.launched(when) : L.planned(when);
}

/** The key figures of a region as label/value pairs (card and region page). */
export function figureItems(facts, lang) {
  const L = LABELS[lang];
  const F = L.figures;
  const figures = keyFigures(facts);
  const score = readinessScore(facts);
  const share = estimatedShare(facts);
  return [
    { label: F.status, value: statusText(facts, lang) },
    { label: F.agencies, value: String(figures.agencies) },
    { label: F.services, value: String(figures.services) },
    { label: F.counters, value: L.countersValue(figures.neededCounters, figures.plannedCounters) },
    { label: F.readiness, value: score === undefined ? L.unknown : L.readinessValue(score) },
    { label: F.estimates, value: share === undefined ? L.unknown : L.estimatesValue(share) },
  ];
}

/** The thumbnail of a region: its first floor plan, with the plan's own title as text alternative. */
export function thumbnailOf(region, lang) {
  const plan = floorPlanFiles(region.facts)[0];
  if (!plan) return undefined;
  const file = region.files.find((f) => f.path === plan);
  const alt = svgTitle(file.bytes.toString('utf8')) ?? LABELS[lang].floorPlanAlt(region.title, plan);
  return { src: region.site.assetUrl(plan), alt };
}

/** The gallery's index page: one card per region. */
export function renderGalleryIndex(regions, lang) {
  const L = LABELS[lang];
  const out = [frontMatter({ title: L.galleryTitle, sidebar_position: 1000, slug: '/examples' }), ''];
  out.push("import RegionCard from '@site/src/components/RegionCard';", '');
  out.push(richText(L.galleryIntro), '');
  if (regions.length === 0) out.push(L.noExamples, '');
  else {
    out.push('<div className="region-cards">', '');
    for (const region of regions) {
      const props = {
        href: region.site.regionRoute,
        title: region.title,
        status: statusText(region.facts, lang),
        thumbnail: thumbnailOf(region, lang) ?? null,
        noThumbnail: L.noThumbnail,
        figures: figureItems(region.facts, lang).slice(1),
      };
      out.push(`<RegionCard {...${jsValue(props)}} />`, '');
    }
    out.push('</div>', '');
  }
  return out.join('\n');
}

/** A link list line for MDX: `[text](route)` with the text escaped. */
export function mdxLink(text, route) {
  return `[${escapeMdx(text)}](${route})`;
}
