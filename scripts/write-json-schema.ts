// Regenerates templates/schema/design.schema.json from the zod schema (`npm run schema`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { designJsonSchema } from '../shared/model/json-schema';

mkdirSync('templates/schema', { recursive: true });
writeFileSync('templates/schema/design.schema.json', `${JSON.stringify(designJsonSchema(), null, 2)}\n`);
console.log('wrote templates/schema/design.schema.json');
