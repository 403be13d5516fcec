#!/usr/bin/env node
/**
 * Writes the generated pages of the site before every build (output gitignored, never hand-edited):
 *   docs/generated/reference/      configuration reference, one page per ../schemas/*.json
 *   docs/generated/examples/       examples gallery: the index (cards), one page per region, and a
 *                                  floor-plan partial per region (`_layout-<slug>.mdx`) for prose pages
 *   docs/generated/files/<slug>/   one page per file the generator wrote for the region
 * and the same in English under i18n/en/docusaurus-plugin-content-docs/current/generated/.
 * Every generated file is copied to static/generated/<slug>/<lang>/<path> (downloads and pictures).
 * The deployments come from the kit's library in this process (lib/deployment-run.mjs), not from a
 * CLI process per example. Exits non-zero when the kit fails on an example, so the build fails.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSchemaPage, renderReferenceIndex } from './lib/schema-page.mjs';
import { findExamples, collectRegion, deploymentDir, renderGalleryIndex } from './lib/gallery.mjs';
import { renderRegionPage, renderLayoutPartial } from './lib/region-page.mjs';
import { renderFilePage } from './lib/file-page.mjs';
import { generatorArgs, libraryKit, reviewDeployment } from './lib/deployment-run.mjs';
import { floorPlanFiles } from './lib/region-facts.mjs';
import { loadSample } from './lib/schema-examples.mjs';

/** The example whose deployment gives the configuration reference its example values. */
export const REFERENCE_EXAMPLE = 'badung';

export const LOCALES = ['id', 'en'];

/** Where a locale's docs live, relative to the site folder. */
export function localeDocsDir(siteDir, lang) {
  return lang === 'id' ? join(siteDir, 'docs') : join(siteDir, 'i18n', lang, 'docusaurus-plugin-content-docs', 'current');
}

function write(file, content) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content.endsWith('\n') ? content : `${content}\n`);
}

/** The top-level JSON Schemas of `schemasDir`, sorted by file name, region.schema.json first. */
export function readSchemas(schemasDir) {
  return readdirSync(schemasDir)
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => (a === 'region.schema.json' ? -1 : b === 'region.schema.json' ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map((fileName) => ({ fileName, schema: JSON.parse(readFileSync(join(schemasDir, fileName), 'utf8')) }));
}

/** The command line shown on a region's page (paths relative to the repository). */
function shownCommand(example, repoRoot, lang) {
  const shown = (path) => (path.startsWith(repoRoot + '/') ? path.slice(repoRoot.length + 1) : path);
  return ['node', 'bin/mpp.js', ...generatorArgs({ cli: '', answers: shown(example.answers), out: `out/${example.slug}`, lang }).slice(1)].join(' ');
}

/**
 * Generates every page. Options: repoRoot (holds schemas/ and examples/), siteDir (the Docusaurus
 * folder to write into), kit (what generates and reviews a deployment, default the kit's library,
 * see lib/deployment-run.mjs).
 * Resolves to what was written, for logs and tests; rejects when the kit fails on an example.
 */
export async function generate({ repoRoot, siteDir, kit }) {
  const staticDir = join(siteDir, 'static', 'generated');
  for (const lang of LOCALES) rmSync(join(localeDocsDir(siteDir, lang), 'generated'), { recursive: true, force: true });
  rmSync(staticDir, { recursive: true, force: true });

  const schemas = readSchemas(join(repoRoot, 'schemas'));
  const examples = findExamples(join(repoRoot, 'examples'));
  const workDir = mkdtempSync(join(tmpdir(), 'mpp-docs-'));
  const written = { schemas: schemas.map((s) => s.fileName), examples: [] };
  try {
    // Generate every deployment; the readiness review (language-independent) runs on the first locale's.
    // One after another in this thread: the kit's work is synchronous, and a pool of worker threads
    // (each loading and warming its own kit) used 30-50% more CPU and was not faster on two cores.
    const generator = kit ?? (await libraryKit());
    const reviews = new Map();
    for (const lang of LOCALES) {
      for (const example of examples) {
        const out = deploymentDir(workDir, example.slug, lang);
        await generator.generate({ cwd: repoRoot, answers: example.answers, out, lang });
        if (lang === LOCALES[0]) reviews.set(example.slug, await reviewDeployment(generator, { cwd: repoRoot, dir: out }));
      }
    }
    for (const lang of LOCALES) {
      const base = join(localeDocsDir(siteDir, lang), 'generated');
      write(join(base, 'reference', 'index.mdx'), renderReferenceIndex(schemas, lang));
      const sampleFrom = examples.find((e) => e.slug === REFERENCE_EXAMPLE) ?? examples[0];
      const where = {
        repoRoot,
        deploymentDir: sampleFrom && deploymentDir(workDir, sampleFrom.slug, lang),
        // the report names the files it read: show them as the command on the region page writes them
        reviewReport:
          sampleFrom &&
          JSON.parse(JSON.stringify(reviews.get(sampleFrom.slug)).replaceAll(deploymentDir(workDir, sampleFrom.slug, LOCALES[0]), `out/${sampleFrom.slug}`)),
      };
      schemas.forEach(({ fileName, schema }, i) => {
        const page = renderSchemaPage(schema, fileName, lang, i + 1, loadSample(fileName, where));
        write(join(base, 'reference', fileName.replace(/\.json$/, '.mdx')), page);
      });
      const regions = examples.map((example) =>
        collectRegion({ example, lang, deployment: deploymentDir(workDir, example.slug, lang), staticDir, reviewReport: reviews.get(example.slug) }),
      );
      regions.forEach((region, i) => {
        const example = examples[i];
        write(join(base, 'examples', `${region.slug}.mdx`), renderRegionPage(region, lang, i + 1, shownCommand(example, repoRoot, lang)));
        write(join(base, 'examples', `_layout-${region.slug}.mdx`), renderLayoutPartial(region, lang));
        for (const file of region.files) {
          const ext = file.kind === 'markdown' ? 'md' : 'mdx';
          const pagePath = join(base, 'files', region.slug, `${region.site.pagePath(file.path)}.${ext}`);
          const dataName = `_${basename(pagePath, `.${ext}`)}.json`;
          const page = renderFilePage(file, region.site, lang, dataName);
          write(pagePath, page.source);
          if (page.data !== undefined) write(join(dirname(pagePath), dataName), JSON.stringify(page.data));
        }
      });
      write(join(base, 'examples', 'index.mdx'), renderGalleryIndex(regions, lang));
      if (lang === LOCALES[0]) {
        written.examples = regions.map((r) => ({ slug: r.slug, floorPlans: floorPlanFiles(r.facts), files: r.files.length }));
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const written = await generate({ repoRoot: resolve(siteDir, '..'), siteDir });
    console.log(
      `generated: ${written.schemas.length} schema reference page(s), ${written.examples.length} example(s) ` +
        `(${written.examples.map((e) => `${e.slug}: ${e.files} file(s), ${e.floorPlans.length} floor plan(s)`).join(', ') || 'none'}), locales ${LOCALES.join(', ')}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
