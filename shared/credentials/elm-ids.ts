/**
 * Node identifiers of the ELM export. Each names the design item it comes from, so a SHACL
 * finding about a node leads back to the field that fixes it (elm-findings.ts), and an import
 * of our own export finds its items again.
 */
export const ELM_NODE_KINDS = [
  'learningOpportunity',
  'learningAchievementSpec',
  'learningOutcome',
  'learningAssessmentSpec',
  'learningActivitySpec',
  'awardingOpportunity',
  'org',
  'location',
  'address',
  'webResource',
  'note',
  'creditPoint',
  'period',
  'credential',
  'displayParameter',
  'learningAchievement',
  'awardingProcess',
  'person',
] as const;
export type ElmNodeKind = (typeof ELM_NODE_KINDS)[number];

/** `urn:epass:<kind>:<design id>[:<item id>]` — the style of the Commission's own samples. */
export const elmId = (kind: ElmNodeKind, designId: string, itemId?: string) =>
  `urn:epass:${kind}:${designId}${itemId === undefined ? '' : `:${itemId}`}`;

export interface ParsedElmId {
  kind: ElmNodeKind;
  designId: string;
  itemId?: string;
}

export function parseElmId(id: string): ParsedElmId | undefined {
  const match = /^urn:epass:([A-Za-z]+):([A-Za-z0-9_-]+)(?::(.+))?$/.exec(id);
  if (!match || !(ELM_NODE_KINDS as readonly string[]).includes(match[1]!)) return undefined;
  return { kind: match[1] as ElmNodeKind, designId: match[2]!, ...(match[3] ? { itemId: match[3] } : {}) };
}
