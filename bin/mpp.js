#!/usr/bin/env node
// mpp: the mpp-kit command line. The code is compiled from src/cli (npm install runs the build).
import { setFlagsFromString } from 'node:v8';
import { main } from '../dist/src/cli/main.js';

// A large region's deployment keeps its rendered files while the views over them are rendered; by
// default V8 lets the heap grow to several times what is live before a full collection, which at
// 20,000 services is gigabytes. Growing by half of what is live trades a little collection time
// for a much lower peak (no effect on what is written).
setFlagsFromString('--heap-growing-percent=50');

process.exitCode = await main(process.argv.slice(2));
