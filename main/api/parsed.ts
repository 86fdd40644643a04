import { parseDesignText } from '../../shared/model';
import { message } from '../../shared/errors';
import { ServiceError } from '../services/errors';

/** A design file's text through the one read pipeline; a problem becomes a ServiceError. */
export function parsed(name: string, text: string) {
  const result = parseDesignText(text);
  if (!result.ok)
    throw new ServiceError(
      result.problems.some((p) => p.code === 'newer-version') ? 'newer-version' : 'invalid-design',
      message('errors.file.openFailed', { name, problem: result.problems[0]! }),
      result.problems,
    );
  return result;
}
