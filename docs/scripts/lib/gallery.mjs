/**
 * The examples gallery: every examples/<slug>/mpp.yaml is run through the mpp-kit CLI (a child
 * process, once per locale) and gets one MDX page per locale with the region summary (from the answers
 * file), the checklist summary and the floor plans (from the generator's output).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { escapeMdx, mdxCode, jsString, frontMatter } from './mdx.mjs';
import { richText } from './schema-page.mjs';
import { summaryOf } from './generated-markdown.mjs';
import { LABELS } from './labels.mjs';

/** Files of a deployment folder offered for download on the gallery page, when the generator wrote them. */
export const DOWNLOADS = ['README.md', 'checklist/checklist.md', 'layout/sizing.md'];

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

/** Runs the generator CLI; throws with its output when it exits non-zero or cannot start. */
export function runGenerator({ cli, cwd, answers, out, lang }) {
  const args = [cli, 'new', '--answers', answers, '--out', out, '--force', '--lang', lang];
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error || result.status !== 0) {
    const detail = [result.error?.message, result.stdout, result.stderr].filter(Boolean).join('\n');
    throw new Error(`mpp-kit generator failed (exit ${result.status}) for ${answers} --lang ${lang}:\n${detail}`);
  }
  return `node bin/mpp.js ${args.slice(1).join(' ')}`;
}

/** Floor plan SVGs the generator wrote (layout/floorplan-*.svg), sorted. */
export function floorPlansIn(deployment) {
  const layout = join(deployment, 'layout');
  if (!existsSync(layout)) return [];
  return readdirSync(layout)
    .filter((name) => /^floorplan-.*\.svg$/.test(name))
    .sort();
}

function regionTitle(region, lang) {
  const name = String(region?.region?.name ?? '');
  const kind = region?.region?.kind;
  if (lang === 'en') return kind === 'kota' ? `${name} City` : kind === 'kabupaten' ? `${name} Regency` : name;
  return kind ? `${LABELS.id.kinds[kind] ?? kind} ${name}` : name;
}

function plannedCounters(answers) {
  if (Array.isArray(answers.counters) && answers.counters.length > 0) return answers.counters.length;
  return (answers.agencies ?? []).reduce((sum, agency) => sum + (Number(agency.plannedCounters) || 0), 0);
}

/** The region summary, from the answers file (names escaped for MDX). */
export function regionSummary(answers, lang) {
  const L = LABELS[lang];
  const S = L.summary;
  const agencies = answers.agencies ?? [];
  const services = answers.services ?? [];
  const floors = answers.mpp?.floors ?? [];
  const rows = [
    [S.name, escapeMdx(regionTitle(answers, lang))],
    [S.province, escapeMdx(answers.region?.province ?? '')],
    [S.mpp, escapeMdx(answers.mpp?.name ?? '')],
    [S.organiser, escapeMdx(answers.mpp?.organiser ?? '')],
    [S.agencies, String(agencies.length)],
    [S.services, String(services.length)],
    [S.counters, String(plannedCounters(answers))],
    [S.floors, floors.map((f) => `${escapeMdx(f.name ?? f.id)} (${Number(f.width)} × ${Number(f.depth)} m)`).join(', ')],
  ];
  const out = [`| | |`, `| --- | --- |`, ...rows.map(([k, v]) => `| ${k} | ${v || L.none} |`), ''];
  const estimated = agencies.some((a) => a.estimate) || services.some((s) => s.estimate);
  if (estimated) out.push(`*${S.estimate}*`, '');
  return out.join('\n');
}

/**
 * Runs one example in one locale and returns its page. Floor plans and downloads are copied to
 * `<staticDir>/<slug>/<lang>/` and referenced as `/generated/<slug>/<lang>/<file>` (baseUrl added by the
 * components).
 */
export function buildExamplePage({ example, lang, cli, repoRoot, workDir, staticDir, position }) {
  const L = LABELS[lang];
  const out = join(workDir, lang, example.slug);
  const command = runGenerator({ cli, cwd: repoRoot, answers: example.answers, out, lang });
  const answers = parse(readFileSync(example.answers, 'utf8')) ?? {};
  const title = regionTitle(answers, lang);
  const assets = join(staticDir, example.slug, lang);
  mkdirSync(assets, { recursive: true });
  const site = (file) => `/generated/${example.slug}/${lang}/${file}`;

  const page = [
    frontMatter({ title, sidebar_position: position, slug: `/examples/${example.slug}` }),
    '',
    "import FloorPlan from '@site/src/components/FloorPlan';",
    "import GeneratedFile from '@site/src/components/GeneratedFile';",
    '',
    `${L.command}: ${mdxCode(command.replace(repoRoot + '/', '').replace(out, `out/${example.slug}`))}`,
    '',
    `## ${L.region}`,
    '',
    regionSummary(answers, lang),
    `## ${L.checklist}`,
    '',
  ];
  const checklist = join(out, 'checklist', 'checklist.md');
  page.push(existsSync(checklist) ? summaryOf(readFileSync(checklist, 'utf8'), 3) : richText(L.missing('`checklist/checklist.md`')), '');

  page.push(`## ${L.floorPlans}`, '');
  const plans = floorPlansIn(out);
  if (plans.length === 0) page.push(richText(L.missing('`layout/floorplan-*.svg`')), '');
  for (const file of plans) {
    copyFileSync(join(out, 'layout', file), join(assets, file));
    page.push(`### ${mdxCode(file)}`, '', `<FloorPlan src=${`{${jsString(site(file))}}`} alt={${jsString(L.floorPlanAlt(title, file))}} />`, '');
  }

  const downloads = DOWNLOADS.filter((file) => existsSync(join(out, file)));
  if (downloads.length > 0) {
    page.push(`## ${L.files}`, '');
    for (const file of downloads) {
      const flat = file.replace(/\//g, '--');
      copyFileSync(join(out, file), join(assets, flat));
      page.push(`- <GeneratedFile src={${jsString(site(flat))}}>{${jsString(file)}}</GeneratedFile>`);
    }
    page.push('');
  }
  return { slug: example.slug, title, content: page.join('\n'), floorPlans: plans };
}

/** The gallery's index page: every example, linked. */
export function renderGalleryIndex(pages, lang) {
  const L = LABELS[lang];
  const out = [frontMatter({ title: L.galleryTitle, sidebar_position: 1000, slug: '/examples' }), ''];
  out.push(richText(L.galleryIntro), '');
  if (pages.length === 0) out.push(L.noExamples, '');
  for (const page of pages) out.push(`- [${escapeMdx(page.title)}](./${page.slug}.mdx)`);
  out.push('');
  return out.join('\n');
}
