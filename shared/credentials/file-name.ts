import { titleSlug } from '../document/file-name';
import type { Design } from '../model';
import { CREDENTIAL_SUFFIX, type CredentialFormat } from './formats';

/** "urban-heat-and-health-europass.jsonld": the documents' naming, with the format's suffix. */
export function credentialFileName(design: Pick<Design, 'title'>, format: CredentialFormat): string {
  return `${titleSlug(design)}${CREDENTIAL_SUFFIX[format]}`;
}
