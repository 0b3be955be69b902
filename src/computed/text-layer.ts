// The text layer (src/text: language detection, the question, complaint, value and topic detectors), as computed
// values and rules reach it: through textLayer(), called where a post is read, never at module load. Loading src/text
// (its modules' pattern tables and models) was ~15-20 ms of CPU of every audit's start, a website-only audit
// (--no-social) included, which reads no post.
// Node 20 cannot load an ES module synchronously, and the pipeline is synchronous (auditSnapshot), so in the ES
// modules of dist/ (the library, the tests) the import below stays a static one; the CLI's bundle, which the bin runs,
// turns it into a require() made on the first call (scripts/bundle-cli.mjs: ON_DEMAND_IMPORTS), which runs src/text's
// modules then. tests/e2e/text-on-demand.test.ts checks that a website-only audit of the real CLI never runs them.
import * as text from '../text/index.js';

export type TextLayer = typeof text;

/** The text layer's functions; in the CLI's bundle, its modules run on the first call. */
export function textLayer(): TextLayer {
  return text;
}
