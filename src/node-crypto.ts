// node:crypto, loaded where a hash or random bytes are first asked for. Imported at the top of the modules that hash
// (fingerprints, shard ranks, temporary file names), it was loaded at every command's start, with the stream and key
// modules it requires (~3 ms of CPU, ~7-10 ms of the demo's main thread before its first request: docs/performance.md),
// though the demo's audit hashes nothing (its presets are checked by their text, the bundled models' fingerprints are
// worked out by the build: scripts/bundle-cli.mjs).
import type * as NodeCrypto from 'node:crypto';

/** node:crypto (Node keeps it once loaded). */
export const nodeCrypto = (): typeof NodeCrypto => process.getBuiltinModule('node:crypto');
