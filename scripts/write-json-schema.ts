// Regenerates the published JSON Schemas from the zod schemas (`npm run schema`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { designJsonSchema } from '../shared/model/json-schema';
import { pathwayJsonSchema } from '../shared/pathway/json-schema';

mkdirSync('templates/schema', { recursive: true });
for (const [file, schema] of [
  ['templates/schema/design.schema.json', designJsonSchema()],
  ['templates/schema/pathway.schema.json', pathwayJsonSchema()],
] as const) {
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
