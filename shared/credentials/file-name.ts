import { titleSlug } from '../document/file-name';
import type { Design } from '../model';

const SUFFIX = {
  elm: '-europass.jsonld',
  'elm-credential': '-europass-credential.json',
  ob3: '-open-badge-achievement.jsonld',
  'ob3-credential': '-open-badge-credential.jsonld',
} as const;

/** "urban-heat-and-health-europass.jsonld": the documents' naming, with the format's suffix. */
export function credentialFileName(design: Pick<Design, 'title'>, format: keyof typeof SUFFIX): string {
  return `${titleSlug(design)}${SUFFIX[format]}`;
}
