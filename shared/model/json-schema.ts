import * as z from 'zod';
import { Design, SCHEMA_VERSION } from './design';
import { DESIGN_FILE_EXTENSION, PRODUCT_NAME } from '../product';

export const DESIGN_SCHEMA_ID = `urn:challenge-designer:schema:design:v${SCHEMA_VERSION}`;

/**
 * The published JSON Schema of a design file, generated from the zod schema so the two cannot
 * drift (a test compares it with templates/schema/design.schema.json). Cross-item links
 * (e.g. an outcome's competence ids) are checked by the app, not expressible here.
 */
export function designJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Design, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: DESIGN_SCHEMA_ID,
    title: `${PRODUCT_NAME} design file (${DESIGN_FILE_EXTENSION})`,
    description:
      'One challenge-based micro-credential design. Links between items must point at existing items; the app checks these beyond this schema.',
  };
}
