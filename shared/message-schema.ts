import * as z from 'zod';
import type { MessageParams } from './errors';

/**
 * A catalogue message as data that crosses a boundary (an API error, a triage row): its key and
 * params, a param being text, a number or a message of its own. The English travels beside it.
 */
export const MessageParamsShape: z.ZodType<MessageParams> = z.lazy(() =>
  z.record(
    z.string(),
    z.union([
      z.string(),
      z.number(),
      z.object({
        key: z.string().max(200).optional(),
        params: MessageParamsShape.optional(),
        message: z.string().optional(),
      }),
    ]),
  ),
);
export const MessageKeyShape = z.object({ key: z.string().max(200), params: MessageParamsShape.optional() });
