// An audit's default limits, shared by the public API and the CLI's --help. A leaf module, so that printing the
// help loads these figures and nothing of the pipeline.
import { DEFAULT_WINDOW_DAYS } from './config/window.js';
import { SOURCE_LIMITS } from './collect/social/source-limits.js';

export const DEFAULTS = {
  maxPages: 30,
  maxDepth: 5,
  concurrency: 6,
  timeoutMs: 15_000,
  maxPosts: 200,
  windowDays: DEFAULT_WINDOW_DAYS,
  sourceSeconds: SOURCE_LIMITS.seconds,
} as const;
