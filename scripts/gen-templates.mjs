// Precompiles every Handlebars template (templates/**/*.hbs) into plain code, so that no command
// compiles a template at run time and the run time loads Handlebars' runtime only (not its compiler).
// The options are the ones src/render/templates.ts documents: `*.html.hbs` and `*.svg.hbs` escape
// `{{x}}`, every other template does not (each value passes a format helper).
// Usage: node scripts/gen-templates.mjs [--check]   (--check fails when the file is stale)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { writeGenerated } from './generated-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const templatesDir = join(root, 'templates');
export const target = { out: 'src/generated/templates.ts' };

/** Every template below `base` (templates/), as a path relative to it with forward slashes, sorted. */
export function templatePaths(base = templatesDir) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.hbs') ? [relative(base, join(dir, entry.name)).split(sep).join('/')] : [],
    );
  return walk(base).sort();
}

/** The compile options of a template, from its name. */
export function compileOptions(relPath) {
  return { noEscape: !/\.(html|svg)\.hbs$/.test(relPath), strict: false, preventIndent: true };
}

export function generate() {
  const entries = templatePaths().map((path) => `  ${JSON.stringify(path)}: ${Handlebars.precompile(readFileSync(join(templatesDir, path), 'utf8'), compileOptions(path))},`);
  return [
    '// Generated from templates/**/*.hbs by scripts/gen-templates.mjs. Do not edit: run `npm run gen:templates`.',
    '// @ts-nocheck',
    `// Handlebars ${Handlebars.VERSION} template specs, keyed by the path below templates/.`,
    'export const TEMPLATE_SPECS = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(writeGenerated(root, [[target.out, generate()]], 'gen:templates'));
}
