#!/usr/bin/env node
// Thin shim: the CLI lives in the compiled dist/ (built by `npm ci` through the prepare script).
import { main } from '../dist/cli.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
