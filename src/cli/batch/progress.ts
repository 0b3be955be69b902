// Batch progress on stderr: on a terminal one live line (brands done/total, failures, ETA); in CI and logs one
// plain line per brand, so a job log says which brand took how long and which failed.
export interface BatchProgress {
  brandDone(id: string, outcome: { score?: number | null; grade?: string | null; error?: string; ms: number }): void;
  info(line: string): void;
  end(): void;
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** `total` counts the brands this run audits (those --resume skips are not in it). */
export function createBatchProgress(opts: { total: number; quiet: boolean; stream: NodeJS.WriteStream; env: NodeJS.ProcessEnv }): BatchProgress {
  const { stream, total } = opts;
  const live = !opts.quiet && stream.isTTY === true && !opts.env.CI;
  const started = Date.now();
  let done = 0;
  let failures = 0;
  const draw = (last: string) => {
    const elapsed = Date.now() - started;
    const eta = done > 0 && done < total ? ` · ETA ${duration((elapsed / done) * (total - done))}` : '';
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    const text = `${done}/${total} brands · ${failures} failed${eta} · ${last}`;
    stream.write(`\r\u001b[2K${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
  };
  return {
    brandDone(id, outcome) {
      done++;
      if (outcome.error) failures++;
      if (opts.quiet) return;
      if (live) return draw(id);
      const result = outcome.error ? `could not be audited: ${outcome.error}` : `${outcome.score ?? '—'}${outcome.grade ? ` (${outcome.grade})` : ''}`;
      stream.write(`[${done}/${total}] ${id}: ${result} in ${(outcome.ms / 1000).toFixed(1)} s\n`);
    },
    info(line) {
      if (opts.quiet) return;
      if (live) stream.write('\r\u001b[2K');
      stream.write(`${line}\n`);
    },
    end() {
      if (live) stream.write('\r\u001b[2K');
      if (!opts.quiet) stream.write(`${done}/${total} brands audited in ${duration(Date.now() - started)}${failures ? `, ${failures} could not be audited` : ''}\n`);
    },
  };
}
