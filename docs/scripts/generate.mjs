#!/usr/bin/env node
/**
 * Writes the generated pages of the site before every build (output gitignored, never hand-edited):
 *   docs/generated/reference/   configuration reference, one page per ../schemas/*.json
 *   docs/generated/examples/    examples gallery, one page per ../examples/<slug>/mpp.yaml
 * and the same in English under i18n/en/docusaurus-plugin-content-docs/current/generated/.
 * Floor plans and downloadable files go to static/generated/<slug>/<lang>/.
 * Exits non-zero when the generator CLI fails on an example, so the build fails.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSchemaPage, renderReferenceIndex } from './lib/schema-page.mjs';
import { findExamples, buildExamplePage, renderGalleryIndex, runGenerator, runLimited, deploymentDir } from './lib/gallery.mjs';

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

/**
 * Generates every page. Options: repoRoot (holds schemas/, examples/, bin/mpp.js), siteDir (the
 * Docusaurus folder to write into), cli (the generator entry, default <repoRoot>/bin/mpp.js),
 * jobs (generator runs at a time, default the number of CPUs).
 * Resolves to what was written, for logs and tests; rejects when a generator run fails.
 */
export async function generate({ repoRoot, siteDir, cli = join(repoRoot, 'bin', 'mpp.js'), jobs = availableParallelism() }) {
  const staticDir = join(siteDir, 'static', 'generated');
  for (const lang of LOCALES) rmSync(join(localeDocsDir(siteDir, lang), 'generated'), { recursive: true, force: true });
  rmSync(staticDir, { recursive: true, force: true });

  const schemas = readSchemas(join(repoRoot, 'schemas'));
  const examples = findExamples(join(repoRoot, 'examples'));
  const workDir = mkdtempSync(join(tmpdir(), 'mpp-docs-'));
  const written = { schemas: schemas.map((s) => s.fileName), examples: [] };
  try {
    const runs = LOCALES.flatMap((lang) =>
      examples.map((example) => () =>
        runGenerator({ cli, cwd: repoRoot, answers: example.answers, out: deploymentDir(workDir, example.slug, lang), lang }),
      ),
    );
    await runLimited(runs, jobs);
    for (const lang of LOCALES) {
      const base = join(localeDocsDir(siteDir, lang), 'generated');
      write(join(base, 'reference', 'index.mdx'), renderReferenceIndex(schemas, lang));
      schemas.forEach(({ fileName, schema }, i) => {
        write(join(base, 'reference', fileName.replace(/\.json$/, '.mdx')), renderSchemaPage(schema, fileName, lang, i + 1));
      });
      const pages = examples.map((example, i) =>
        buildExamplePage({ example, lang, cli, repoRoot, workDir, staticDir, position: i + 1 }),
      );
      for (const page of pages) write(join(base, 'examples', `${page.slug}.mdx`), page.content);
      write(join(base, 'examples', 'index.mdx'), renderGalleryIndex(pages, lang));
      if (lang === LOCALES[0]) written.examples = pages.map((p) => ({ slug: p.slug, floorPlans: p.floorPlans }));
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
        `(${written.examples.map((e) => `${e.slug}: ${e.floorPlans.length} floor plan(s)`).join(', ') || 'none'}), locales ${LOCALES.join(', ')}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
