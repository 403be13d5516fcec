// The docs site built cold (build output and caches removed before every build), with Faster
// (Rspack, SWC) and with webpack (DOCS_FASTER=0), alternately: A B A B ... Each build is timed as its
// two steps, the page generation (docs/scripts/generate.mjs, the kit's library in one process) and
// the bundler (docusaurus build), so the share of each is visible.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { summary } from './stats.mjs';

function coldBuild(docs, env) {
  for (const dir of ['build', '.docusaurus', join('node_modules', '.cache')]) rmSync(join(docs, dir), { recursive: true, force: true });
  const options = { cwd: docs, stdio: 'ignore', env: { ...process.env, ...env } };
  let t0 = performance.now();
  execFileSync(process.execPath, [join(docs, 'scripts', 'generate.mjs')], options);
  const generate = performance.now() - t0;
  t0 = performance.now();
  execFileSync(process.execPath, [join(docs, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'build'], options);
  const bundle = performance.now() - t0;
  return { generate, bundle, total: generate + bundle };
}

/** { faster, webpack: { generate, bundle, total } summaries; ratio (Faster / webpack, per pair) }. */
export function docsBuilds(root, pairs) {
  const docs = join(root, 'docs');
  if (!existsSync(join(docs, 'node_modules'))) execFileSync('npm', ['--prefix', docs, 'install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  const runs = { faster: [], webpack: [] };
  for (let i = 0; i < pairs; i++) {
    runs.faster.push(coldBuild(docs, { DOCS_FASTER: '1' }));
    runs.webpack.push(coldBuild(docs, { DOCS_FASTER: '0' }));
  }
  const side = (list) => Object.fromEntries(['generate', 'bundle', 'total'].map((k) => [k, summary(list.map((r) => r[k]))]));
  return {
    pairs,
    faster: side(runs.faster),
    webpack: side(runs.webpack),
    ratio: summary(runs.faster.map((f, i) => f.total / runs.webpack[i].total)),
    bundlerRatio: summary(runs.faster.map((f, i) => f.bundle / runs.webpack[i].bundle)),
  };
}
