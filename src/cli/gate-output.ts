// What a failed gate prints: one English line per failure on stderr, like every other CLI message, and under GitHub
// Actions (GITHUB_ACTIONS=true) an `::error` workflow command per failure instead, which the runner reads on stderr
// too and shows as an annotation on the run, in the report's language (the job summary beside it is in it).
import type { GateResults } from '../report/types.js';
import type { Lang } from '../locale/langs.js';
import { translator } from '../locale/translator.js';
import { failedGates, gateMessage } from '../report/gates.js';
import type { Io } from './io.js';

/** Escapes a workflow command's message as @actions/core does: %, CR and LF would end or corrupt the command. */
export function escapeCommandData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as the message, plus the `:` and `,` that delimit properties. */
export function escapeCommandProperty(s: string): string {
  return escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Whether the process runs as a GitHub Actions step (the runner sets GITHUB_ACTIONS=true). */
export function inGithubActions(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/** One `::error` command per failed gate, titled, its message in `lang`. */
export function githubAnnotations(gates: GateResults, lang: Lang): string[] {
  const tr = translator(lang);
  const title = escapeCommandProperty(tr.t('gates.verdict.annotation'));
  return failedGates(gates).map((c) => `::error title=${title}::${escapeCommandData(`${c.name}: ${gateMessage(tr, c)}`)}`);
}

/** Prints the failed gates on stderr: annotations under GitHub Actions, plain "brand-audit: …" lines elsewhere. */
export function reportGateFailures(gates: GateResults, io: Io, lang: Lang): void {
  if (inGithubActions(io.env)) {
    for (const line of githubAnnotations(gates, lang)) io.stderr.write(`${line}\n`);
    return;
  }
  const en = translator('en');
  for (const c of failedGates(gates)) io.stderr.write(`brand-audit: ${gateMessage(en, c)}\n`);
}
