// Part of `npm run build`: precompiles the configuration validators (brand files, rule sets, portfolios) into
// dist/config/schema-validators.cjs as ajv standalone code, each with the fingerprint of its schema, so the CLI
// loads ready validators instead of compiling the schemas (~0.1 s) on every run (src/config/validate.ts).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createAjv, PRECOMPILED_VALIDATORS, SCHEMA_BUILDERS, schemaFingerprint } from '../dist/config/validate.js';

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
