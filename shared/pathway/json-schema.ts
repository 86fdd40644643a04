import * as z from 'zod';
import { Pathway, PATHWAY_SCHEMA_VERSION } from './model';

export const PATHWAY_SCHEMA_ID = `urn:challenge-designer:schema:pathway:v${PATHWAY_SCHEMA_VERSION}`;

/**
 * The published JSON Schema of a pathway file, generated from the zod schema (a test compares
 * it with templates/schema/pathway.schema.json). Links between parts are checked by the app.
 */
export function pathwayJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Pathway, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: PATHWAY_SCHEMA_ID,
    title: 'Challenge Designer pathway file (.cbpath)',
    description:
      'Several micro-credential designs that stack into a larger credential: the parts (designs by id, with where their files are), their order and prerequisites, and the credits, level, competences and SDG targets of the whole. Prerequisites must name parts of the same pathway; the app checks this beyond this schema.',
  };
}
