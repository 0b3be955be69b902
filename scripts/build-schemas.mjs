// npm run schemas: writes the JSON Schemas of brand files, rule sets (every rule id and option, from the rule
// registry) and portfolios under schema/. tests/config/schemas.test.ts fails when a committed file is stale.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { publishedSchemas, schemaText, SCHEMA_DIR } from '../dist/config/schemas.js';

for (const [file, schema] of Object.entries(publishedSchemas())) {
  writeFileSync(path.join(SCHEMA_DIR, file), schemaText(schema));
  console.log(`schema/${file}`);
}
