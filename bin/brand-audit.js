#!/usr/bin/env node
// Thin shim: the CLI lives in the compiled dist/ (built by `npm ci` through the prepare script).
import { main, reportCrash } from '../dist/cli.js';

// A throw outside the command's promise (an unhandled 'error' event, a timer) is a bug like any other: one line and
// exit 2, not Node's stack trace and exit 1, which a CI job would read as a failed gate.
const crash = (err) => {
  process.exit(reportCrash(err));
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

main(process.argv).then((code) => {
  process.exitCode = code;
});
