// The import graph of src/ and generators/, checked against the layers of the architecture: no import
// from a lower layer to a higher one, no cycle between files or between folders. Reads the sources as
// text (TypeScript's own API is not available with the native compiler): static imports and exports,
// `import type`, and dynamic `import()` with a literal or a template's fixed prefix.
// Usage: node scripts/import-graph.mjs   (prints the violations, exits 1 when there are any)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The layers, lowest first. A file may import its own layer and the layers below; folders of one layer
 * may import each other as long as no cycle forms. Generated code and paths.ts import nothing of the
 * project; the CLI is the outermost shell (it runs the generators for the interview).
 */
export const LAYERS = [
  { name: 'generated', folders: ['src/generated', 'src/paths.ts', 'src/numbers'] },
  { name: 'i18n', folders: ['src/i18n'] },
  { name: 'config', folders: ['src/config'] },
  { name: 'render', folders: ['src/render'] },
  { name: 'domain', folders: ['src/complete', 'src/interview', 'src/grow', 'src/spreadsheet', 'src/checklist', 'src/layout', 'src/hsds', 'src/skm', 'src/instruments', 'src/benchmarks'] },
  // The simulated day uses the queue app's daily quotas (the same tickets the app issues).
  { name: 'appconfig', folders: ['src/appconfig', 'src/simulation'] },
  { name: 'review', folders: ['src/review'] },
  { name: 'deployment', folders: ['src/deployment'] },
  { name: 'generators', folders: ['generators'] },
  { name: 'cli', folders: ['src/cli'] },
];

const toPosix = (path) => path.split(sep).join('/');

/** The layer of a repository path, or undefined for a path outside every layer. */
export function layerOf(path) {
  const index = LAYERS.findIndex((layer) => layer.folders.some((folder) => path === folder || path.startsWith(`${folder}/`)));
  return index < 0 ? undefined : { index, name: LAYERS[index].name };
}

/** The folder a file counts in for folder cycles: `src/<folder>`, `generators`, or the file itself. */
export function moduleOf(path) {
  const parts = path.split('/');
  if (parts[0] === 'generators') return 'generators';
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : path;
}

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const IMPORT_PATTERNS = [
  /\b(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bimport\(\s*`([^`$]*)\$\{/g,
];

/** Relative specifiers a source imports (comments removed first). */
export function specifiersOf(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const out = new Set();
  for (const pattern of IMPORT_PATTERNS) for (const match of code.matchAll(pattern)) if (match[1].startsWith('.')) out.add(match[1]);
  return [...out];
}

/**
 * The graph: `files` (repository paths) and `edges` [from, to] where `to` is a repository path (a file,
 * or the folder of a template-literal import).
 */
export function importGraph(files) {
  const edges = [];
  for (const [path, text] of files) {
    for (const specifier of specifiersOf(text)) {
      const target = toPosix(relative(root, resolve(root, dirname(path), specifier))).replace(/\/$/, '');
      edges.push([path, target.endsWith('.js') ? target.replace(/\.js$/, '.ts') : target]);
    }
  }
  return edges;
}

/** Every cycle (as a list of nodes) of a directed graph, one per strongly connected component of more than one node or a self-loop. */
export function cycles(edges) {
  const next = new Map();
  for (const [from, to] of edges) {
    if (!next.has(from)) next.set(from, new Set());
    next.get(from).add(to);
  }
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const out = [];
  let counter = 0;
  const strongConnect = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        strongConnect(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), index.get(to)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || next.get(node)?.has(node)) out.push(component.sort());
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) strongConnect(node);
  return out;
}

/** Violations of the layer rules and cycles, as sentences. */
export function violations(edges) {
  const out = [];
  for (const [from, to] of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    if (!a) out.push(`${from} is in no layer (add its folder to LAYERS in scripts/import-graph.mjs)`);
    else if (!b) {
      if (!to.startsWith('schemas/')) out.push(`${from} imports ${to}, which is in no layer`);
    } else if (b.index > a.index) out.push(`${from} (${a.name}) imports ${to} (${b.name}): a lower layer imports a higher one`);
  }
  for (const cycle of cycles(edges)) out.push(`import cycle between files: ${cycle.join(' -> ')}`);
  const folderEdges = edges.map(([from, to]) => [moduleOf(from), moduleOf(to)]).filter(([from, to]) => from !== to);
  for (const cycle of cycles(folderEdges)) out.push(`import cycle between folders: ${cycle.join(' -> ')}`);
  return [...new Set(out)];
}

/** The repository's sources: [path, text] for every .ts file of src/ and generators/. */
export function repositorySources() {
  return ['src', 'generators'].flatMap((dir) => sourceFiles(join(root, dir)).map((file) => [toPosix(relative(root, file)), readFileSync(file, 'utf8')]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = violations(importGraph(repositorySources()));
  for (const line of found) console.error(line);
  if (found.length === 0) console.log('import graph: layers respected, no cycle');
  process.exit(found.length > 0 ? 1 : 0);
}
