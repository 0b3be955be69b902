// Part of `npm run build`: what the CLI would otherwise redo on every run, done once from the built modules.
// - The configuration validators (brand files, rule sets, portfolios), precompiled into
//   dist/config/schema-validators.cjs as ajv standalone code, each with the fingerprint of its schema
//   (compiling the rule-set schema takes ~0.1 s; src/config/validate.ts uses these when the schema is the same).
// - The bundled presets (rules/*.yaml), parsed into dist/config/presets.prebuilt.json with their
//   text (src/config/rule-set.ts reads them from there while the files are unchanged, without loading YAML).
// - The snapshot check (the `loaded` form of schema/snapshot.schema.json's schema), precompiled into
//   dist/snapshot/schema-validator.cjs with its schema's fingerprint: compiling it took ~0.1 s of every run that
//   reads a snapshot (src/snapshot/schema.ts uses this file when the schema is the same).
// - The literals each pattern of the text detectors cannot match without, read from the patterns' source, into
//   dist/text/required-literals.prebuilt.json (src/text/regex-literals.ts says why, and in what form): the patterns
//   are those the detectors meet on the labelled posts of fixtures/text, read in each language and with the language
//   unknown.
// - The question and complaint models' scoring tables, packed into dist/text/*-model.prebuilt.cjs in the form the
//   scorers read (src/text/packed-tables.ts says why), each with the fingerprint of the weights it was built from.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createAjv, PRECOMPILED_VALIDATORS, SCHEMA_BUILDERS, schemaFingerprint } from '../dist/config/validate.js';
import { PREBUILT_PRESETS, prebuildPresets } from '../dist/config/rule-set.js';
import { createSnapshotAjv, PRECOMPILED_SNAPSHOT_VALIDATOR, snapshotSchema, snapshotSchemaFingerprint } from '../dist/snapshot/schema.js';
import { formatPrebuilt, PREBUILT_REQUIRED_LITERALS, requiredLiteralsAnswered } from '../dist/text/regex-literals.js';
import { readPostIn } from '../dist/text/reading.js';
import { LANGS } from '../dist/text/stopwords.js';
import { QUESTION_MODEL_PACKED, packQuestionModel } from '../dist/text/question-model.js';
import { COMPLAINT_MODEL_PACKED, packComplaintModel } from '../dist/text/complaint-model.js';
import { packedModule } from '../dist/text/packed-tables.js';

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

// The previous build's answers go first: every pattern is then read here, by the code being built.
rmSync(PREBUILT_REQUIRED_LITERALS, { force: true });
const postsDir = new URL('../fixtures/text/', import.meta.url);
for (const file of readdirSync(postsDir).filter((f) => f.endsWith('.json')).sort()) {
  for (const { text } of JSON.parse(readFileSync(new URL(file, postsDir), 'utf8'))) for (const lang of [...LANGS, 'und']) readPostIn(text, lang);
}
writeFileSync(PREBUILT_REQUIRED_LITERALS, formatPrebuilt(requiredLiteralsAnswered()));

writeFileSync(QUESTION_MODEL_PACKED, packedModule(packQuestionModel()));
writeFileSync(COMPLAINT_MODEL_PACKED, packedModule(packComplaintModel()));
