// Part of `npm run build`: what the CLI would otherwise redo on every run, done once from the built modules.
// - The configuration validators (brand files, rule sets, portfolios), precompiled into
//   dist/config/schema-validators.cjs as ajv standalone code, each with the fingerprint of its schema
//   (compiling the rule-set schema takes ~0.1 s; src/config/validate.ts uses these when the schema is the same).
// - The bundled presets (rules/*.yaml), parsed into dist/config/presets.prebuilt.json with the SHA-256 of their
//   text (src/config/rule-set.ts reads them from there while the files are unchanged, without loading YAML).
// - The snapshot check (the `loaded` form of schema/snapshot.schema.json's schema), precompiled into
//   dist/snapshot/schema-validator.cjs with its schema's fingerprint: compiling it took ~0.1 s of every run that
//   reads a snapshot (src/snapshot/schema.ts uses this file when the schema is the same).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createAjv, PRECOMPILED_VALIDATORS, SCHEMA_BUILDERS, schemaFingerprint } from '../dist/config/validate.js';
import { PREBUILT_PRESETS, prebuildPresets } from '../dist/config/rule-set.js';
import { createSnapshotAjv, PRECOMPILED_SNAPSHOT_VALIDATOR, snapshotSchema, snapshotSchemaFingerprint } from '../dist/snapshot/schema.js';

const standaloneCode = createRequire(import.meta.url)('ajv/dist/standalone').default;
const ajv = createAjv({ code: { source: true } });
const fingerprints = {};
for (const [kind, build] of Object.entries(SCHEMA_BUILDERS)) {
  const schema = build();
  ajv.addSchema(schema, kind);
  fingerprints[kind] = schemaFingerprint(schema);
}
const code = standaloneCode(ajv, Object.fromEntries(Object.keys(SCHEMA_BUILDERS).map((kind) => [kind, kind])));
writeFileSync(PRECOMPILED_VALIDATORS, `${code}\nexports.fingerprints = ${JSON.stringify(fingerprints)};\n`);

const snapshotAjv = createSnapshotAjv({ code: { source: true } });
const loaded = snapshotSchema('loaded');
const snapshotCode = standaloneCode(snapshotAjv, snapshotAjv.compile(loaded));
writeFileSync(PRECOMPILED_SNAPSHOT_VALIDATOR, `${snapshotCode}\nmodule.exports.fingerprint = ${JSON.stringify(snapshotSchemaFingerprint(loaded))};\n`);

writeFileSync(PREBUILT_PRESETS, `${JSON.stringify(prebuildPresets())}\n`);
