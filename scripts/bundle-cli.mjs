// The command line as a few files: dist/src/cli/main.js (compiled by tsc) and everything of the project it
// imports, with the `yaml` library and the workbook libraries, bundled into dist/cli/: main.cjs, one
// chunk per command (the commands' dynamic imports stay lazy, so a command still loads only what it
// needs), chunks shared between commands, and workbook-*.cjs (exceljs and jszip with everything they
// require). Loading ~50 project modules, yaml's ~70 CommonJS files and exceljs's several hundred one
// by one is a large part of the start-up of `mpp validate`, `review` and `new`; the bundle loads a handful.
// The bundle is CommonJS: bin/mpp.js (CommonJS too) then loads it synchronously, without starting the
// ES module loader or waiting on it between modules (validate and review start about 15 and 50 ms
// sooner; measured with `npm run bench`). The libraries left outside that are ES modules only (Yeoman,
// @inquirer/prompts) are still reached by dynamic import(), which CommonJS keeps as it is.
// The other libraries stay external: the heavy ones (Yeoman, inquirer, handlebars, ajv) are imported
// only by the outputs that use them, which test/cli/heavy-imports.test.ts checks by their names (and
// for the workbook libraries by the workbook chunk) on the bundle as on the compiled sources.
// bin/mpp.js runs the bundle when it is at least as new as dist/src/cli/main.js (a bare `tsc`
// afterwards makes it fall back to dist/src/).
// Usage: node scripts/bundle-cli.mjs   (run by `npm run build`, `prepare`, `test` and `bench` after tsc)
import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { rolldown } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The workbook libraries (checklist and review workbooks, spreadsheets, zip timestamps): bundled with what they require, in one chunk. */
const WORKBOOK_LIBRARIES = ['exceljs', 'jszip'];
const out = join(root, 'dist', 'cli');
/** yaml: on the path of every command that reads an answers file. */
const BUNDLED = new Set(['yaml', ...WORKBOOK_LIBRARIES]);

/**
 * The few files of ajv and ajv-formats that the precompiled validators call at run time (not the
 * compiler, which test/cli/heavy-imports.test.ts keeps out): bundled, so that validating an answers
 * file does not resolve and load them one by one from node_modules.
 */
const AJV_RUNTIME = /^(ajv\/dist\/runtime\/|ajv-formats\/dist\/formats(\.js)?$)/;
/** Bundled packages that are not workbook libraries: yaml, and ajv's run-time files with what they require. */
const OUTSIDE_WORKBOOK = /\/node_modules\/(yaml|ajv|ajv-formats|fast-deep-equal)\//;

const builtins = new Set(builtinModules);
const packageName = (id) => (id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]);
const isExternal = (id, importer) => {
  if (id.startsWith('node:') || builtins.has(id)) return true;
  // What a bundled library requires is bundled with it.
  if (importer?.includes('/node_modules/')) return false;
  if (id.startsWith('.') || id.startsWith('/') || id.startsWith('\0')) return false;
  if (AJV_RUNTIME.test(id)) return false;
  return !BUNDLED.has(packageName(id));
};

/**
 * The interactive path (Yeoman and the generators, which import the compiled sources) stays on
 * dist/src/: the bundle imports dist/src/cli/run-generator.js as it is, so the generators are found
 * where tsc put them.
 */
const compiledOnly = {
  name: 'compiled-only',
  async resolveId(source, importer, options) {
    if (!source.endsWith('/run-generator.js')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved ? { id: relative(out, resolved.id).split(sep).join('/'), external: true } : null;
  },
};

/**
 * The precompiled validators (src/generated/*.validator.ts, ajv standalone) reach ajv's run-time files
 * through `createRequire(import.meta.url)`, which a bundler cannot follow: their `require` calls are
 * handed to the bundler's own `require` instead, so the files are bundled with them.
 */
const VALIDATOR_MODULE = /[\\/]dist[\\/]src[\\/]generated[\\/][^\\/]+\.validator\.js$/;
const CREATE_REQUIRE = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n";
const validatorRequires = {
  name: 'validator-requires',
  transform(code, id) {
    if (!VALIDATOR_MODULE.test(id)) return null;
    if (!code.includes(CREATE_REQUIRE)) throw new Error(`${id}: the precompiled validator no longer starts as scripts/gen-validators.mjs wrote it`);
    return { code: code.replace(CREATE_REQUIRE, ''), map: null };
  },
};

/**
 * Data as `JSON.parse('...')` rather than object literals: V8 reads JSON text much faster than the same
 * data written as JavaScript, and the commands load a lot of it at start (the message catalogue, the
 * region schema, the kit's data files). Two kinds of module are written so: a JSON file imported as a
 * module, and a message module of src/i18n/messages/ (compiled), whose exports are checked to be plain
 * data that JSON gives back unchanged (the module is left as it is otherwise, and when it imports).
 */
const MESSAGE_MODULE = /[\\/]dist[\\/]src[\\/]i18n[\\/]messages[\\/][^\\/]+\.js$/;
// The JSON text is kept ASCII (other characters as \uXXXX escapes, which JSON.parse reads back as the
// same characters): Node reads a file holding any non-ASCII character as a two-byte string, slower to
// read and to scan.
const asciiJson = (value) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const parsedJson = (value) => `/* @__PURE__ */ JSON.parse(${JSON.stringify(asciiJson(value))})`;
const dataAsJson = {
  name: 'data-as-json',
  async load(id) {
    if (id.endsWith('.json') && !id.includes(`${sep}node_modules${sep}`)) {
      return { code: `export default ${parsedJson(JSON.parse(readFileSync(id, 'utf8')))};\n`, moduleType: 'js' };
    }
    if (!MESSAGE_MODULE.test(id)) return null;
    const code = readFileSync(id, 'utf8');
    if (/^\s*(import|export \*|export \{)/m.test(code)) return null;
    const exports = Object.entries(await import(pathToFileURL(id).href));
    if (!exports.every(([, value]) => isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value))) return null;
    return { code: exports.map(([name, value]) => `export const ${name} = ${parsedJson(value)};\n`).join(''), moduleType: 'js' };
  },
};

rmSync(out, { recursive: true, force: true });
const bundle = await rolldown({
  input: { main: join(root, 'dist', 'src', 'cli', 'main.js') },
  platform: 'node',
  external: isExternal,
  plugins: [compiledOnly, dataAsJson, validatorRequires],
  logLevel: 'warn',
});
const { output } = await bundle.write({
  dir: out,
  format: 'cjs',
  // ASCII only: Node reads a file holding any other character (one en dash in a comment of the yaml
  // library is enough) as a two-byte string, which is slower to read and to scan; the chunk validate
  // loads took about 39 ms to load instead of 34. Other characters in code are escaped; JSDoc
  // comments, where the rest sat, are dropped (licence and annotation comments are kept).
  charset: 'ascii',
  comments: { legal: true, annotation: true, jsdoc: false },
  entryFileNames: '[name].cjs',
  chunkFileNames: '[name]-[hash].cjs',
  codeSplitting: { groups: [{ name: 'workbook', test: (id) => id.includes('/node_modules/') && !OUTSIDE_WORKBOOK.test(id) }] },
});
await bundle.close();
console.log(`CLI bundle: ${output.length} files in dist/cli/`);
