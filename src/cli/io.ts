// What every command writes to and returns: the streams, the environment, and the documented exit codes.

/** 0 ok; 1 a gate failed; 2 usage or configuration error; 3 the target could not be audited (DESIGN.md). */
export const EXIT = { ok: 0, threshold: 1, usage: 2, target: 3 } as const;

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  exitCode: number;
  /** Where relative paths and the configuration file search start (default: the process's working folder). */
  cwd?: string;
}
