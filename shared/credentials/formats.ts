/**
 * The machine-readable exports of a design (README, "Machine-readable credentials"). Light: the
 * CLI's option list, the API contract, the menu and the review step read it without loading any
 * mapping.
 */
export const CREDENTIAL_FORMATS = ['elm', 'elm-credential', 'ob3', 'ob3-credential'] as const;
export type CredentialFormat = (typeof CREDENTIAL_FORMATS)[number];

export const CREDENTIAL_MIME: Record<CredentialFormat, string> = {
  elm: 'application/ld+json',
  // The EDC issuer's upload is plain JSON around the JSON-LD credential.
  'elm-credential': 'application/json',
  ob3: 'application/ld+json',
  'ob3-credential': 'application/ld+json',
};

/** The file name's ending per format; the extension is what a save dialog filters on. */
export const CREDENTIAL_SUFFIX: Record<CredentialFormat, string> = {
  elm: '-europass.jsonld',
  'elm-credential': '-europass-credential.json',
  ob3: '-open-badge-achievement.jsonld',
  'ob3-credential': '-open-badge-credential.jsonld',
};

export const credentialExtension = (format: CredentialFormat): 'json' | 'jsonld' =>
  CREDENTIAL_SUFFIX[format].endsWith('.jsonld') ? 'jsonld' : 'json';
