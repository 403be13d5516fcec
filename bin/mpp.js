#!/usr/bin/env node
// mpp: the mpp-kit command line. The code is compiled from src/cli (npm install runs the build): tsc
// writes dist/src/, scripts/bundle-cli.mjs bundles it into dist/cli/ (a few files instead of ~120 to
// load at start-up). The bundle runs when it is at least as new as the compiled sources; after a bare
// `tsc` (no bundle step) the compiled sources run, with the same behaviour.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

const bundled = new URL('../dist/cli/main.js', import.meta.url);
const compiled = new URL('../dist/src/cli/main.js', import.meta.url);
const modified = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;

// A large region's deployment keeps its rendered files while the views over them are rendered; by
// default V8 lets the heap grow to several times what is live before a full collection, which at
// 20,000 services is gigabytes. Growing by half of what is live trades a little collection time
// for a much lower peak (no effect on what is written).
setFlagsFromString('--heap-growing-percent=50');

const { main } = await import(modified(bundled) >= modified(compiled) ? bundled.href : compiled.href);
process.exitCode = await main(process.argv.slice(2));
