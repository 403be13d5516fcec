/**
 * The examples gallery: every examples/<slug>/mpp.yaml is run through the mpp-kit CLI (a child
 * process, once per locale) and gets one MDX page per locale with the region summary (from the answers
 * file), the checklist summary and the floor plans (from the generator's output).
 */
import { spawn } from 'node:child_process';
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

/** The command line that runs the generator CLI on one example, in one language. */
export function generatorArgs({ cli, answers, out, lang }) {
  return [cli, 'new', '--answers', answers, '--out', out, '--force', '--lang', lang];
}

/** Runs the generator CLI; rejects with its output when it exits non-zero or cannot start. */
export function runGenerator({ cli, cwd, answers, out, lang }) {
  const args = generatorArgs({ cli, answers, out, lang });
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new Error(`mpp-kit generator could not start for ${answers}: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`mpp-kit generator failed (exit ${code}) for ${answers} --lang ${lang}:\n${output}`));
    });
  });
}

/** Runs tasks (functions returning promises) with at most `limit` at a time; rejects on the first failure. */
export async function runLimited(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
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
  const out = [`| ${S.item} | ${S.value} |`, `| --- | --- |`, ...rows.map(([k, v]) => `| ${k} | ${v || L.none} |`), ''];
  const estimated = agencies.some((a) => a.estimate) || services.some((s) => s.estimate);
  if (estimated) out.push(`*${S.estimate}*`, '');
  return out.join('\n');
}

/** Where the generator writes one example in one language. */
export function deploymentDir(workDir, slug, lang) {
  return join(workDir, lang, slug);
}

/**
 * The page of one example in one locale, from the generator's output (run before, see runGenerator). Floor plans and downloads are copied to
 * `<staticDir>/<slug>/<lang>/` and referenced as `/generated/<slug>/<lang>/<file>` (baseUrl added by the
 * components).
 */
export function buildExamplePage({ example, lang, cli, repoRoot, workDir, staticDir, position }) {
  const L = LABELS[lang];
  const out = deploymentDir(workDir, example.slug, lang);
  const shown = (path) => (path.startsWith(repoRoot + '/') ? path.slice(repoRoot.length + 1) : path);
  const command = ['node', 'bin/mpp.js', ...generatorArgs({ cli, answers: shown(example.answers), out: `out/${example.slug}`, lang }).slice(1)].join(' ');
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
    `${L.command}: ${mdxCode(command)}`,
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
