#!/usr/bin/env node
// mpp: the mpp-kit command line. The code is compiled from src/cli (npm install runs the build).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
