#!/usr/bin/env node
// mpp: the mpp-kit command line. The code is compiled from src/cli (npm install runs the build): tsc
// writes dist/src/, scripts/bundle-cli.mjs bundles it into dist/cli/ (a few CommonJS files instead of
// ~120 modules to load at start-up). The bundle runs when it is at least as new as the compiled
// sources; after a bare `tsc` (no bundle step) the compiled sources run, with the same behaviour.
// This file is CommonJS (bin/package.json), so a bundled command starts without the ES module loader.
'use strict';
const { statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { setFlagsFromString } = require('node:v8');

const bundled = join(__dirname, '..', 'dist', 'cli', 'main.cjs');
const compiled = join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
const modified = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;

// A large region's deployment keeps its rendered files while the views over them are rendered; by
// default V8 lets the heap grow to several times what is live before a full collection, which at
// 20,000 services is gigabytes. Growing by half of what is live trades a little collection time
// for a much lower peak (no effect on what is written).
setFlagsFromString('--heap-growing-percent=50');

const loaded = modified(bundled) >= modified(compiled) ? Promise.resolve(require(bundled)) : import(pathToFileURL(compiled).href);
loaded
  .then(({ main }) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  });
