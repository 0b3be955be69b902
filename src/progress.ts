// Progress on stderr: an animated line on an interactive terminal, a single summary line in logs and CI.
import type { PageRecord } from './snapshot/types.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface Progress {
  page(page: PageRecord, done: number): void;
  done(summary: string): void;
  info(line: string): void;
}

/**
 * Whether the environment says it is a CI job. CI servers set `CI=true` (or `1`); a user who writes `CI=false` or
 * `CI=0` (to get the animation back in a container that sets it) means "not CI", so only a non-empty value other
 * than those two counts.
 */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== 'false' && value !== '0';
}

/**
 * Animated only when stderr is a TTY and the environment is not CI (DESIGN.md, isCi); `quiet` silences everything
 * but errors, which the CLI prints itself.
 */
export function createProgress(opts: { quiet: boolean; stream?: NodeJS.WriteStream; env?: NodeJS.ProcessEnv }): Progress {
  const stream = opts.stream ?? process.stderr;
  const env = opts.env ?? process.env;
  const animated = !opts.quiet && stream.isTTY === true && !isCi(env);
  let frame = 0;
  let lastDraw = 0;
  const clear = (): void => {
    if (animated) stream.write('\r\u001b[2K');
  };
  return {
    page(page, done) {
      if (!animated) return;
      const now = Date.now();
      if (now - lastDraw < 80) return; // redraw at most ~12 times a second
      lastDraw = now;
      const width = Math.max(20, (stream.columns ?? 80) - 20);
      const url = page.url.length > width ? `${page.url.slice(0, width - 1)}…` : page.url;
      stream.write(`\r\u001b[2K${FRAMES[frame++ % FRAMES.length]} ${done} ${done === 1 ? 'page' : 'pages'} · ${url}`);
    },
    done(summary) {
      clear();
      if (!opts.quiet) stream.write(`${summary}\n`);
    },
    info(line) {
      clear();
      if (!opts.quiet) stream.write(`${line}\n`);
    },
  };
}
