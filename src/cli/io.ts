// What every command writes to and returns: the streams, the environment, and the documented exit codes.

/**
 * 0 ok; 1 a gate failed; 2 usage or configuration error; 3 the target could not be audited (DESIGN.md); 130 and 143
 * interrupted by SIGINT (Ctrl-C) or SIGTERM (cli/interrupt.ts).
 */
export const EXIT = { ok: 0, threshold: 1, usage: 2, target: 3, interrupted: 130, terminated: 143 } as const;

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  exitCode: number;
  /** Where relative paths and the configuration file search start (default: the process's working folder). */
  cwd?: string;
  /**
   * Removes the secrets of `env` (API keys and tokens), and any piece of one, from text written to a file; the streams
   * above are already scrubbed by main(). Absent: text is written as it is.
   */
  redact?: (text: string) => string;
}
