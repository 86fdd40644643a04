/** The sentence of an error, whatever was thrown (an Error, a string, a rejected value). */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
