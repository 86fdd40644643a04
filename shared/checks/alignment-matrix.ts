import type { Design } from '../model';

export interface AlignmentRow {
  outcomeId: string;
  /** Ids of the activities and assessments that link to this outcome. */
  activityIds: string[];
  summativeIds: string[];
  formativeIds: string[];
}

/**
 * Outcomes × activities and assessments: the constructive-alignment view the UI and the
 * documents both draw. A gap is an outcome nobody practises or no summative assessment checks.
 */
export interface AlignmentMatrix {
  rows: AlignmentRow[];
  activityIds: string[];
  assessmentIds: string[];
  /** Quick lookups for drawing cells: `${outcomeId}|${itemId}`. */
  links: Set<string>;
}

export const cellKey = (outcomeId: string, itemId: string) => `${outcomeId}|${itemId}`;

/** An item's links as they were when the last matrix was worked out (copied: code outside the UI
 * may change a design in place). */
interface Links {
  id: string;
  purpose?: string;
  outcomeIds: string[];
}

let last: { outcomes: string[]; items: Links[]; matrix: AlignmentMatrix } | null = null;

const linksOf = (design: Design): Links[] => [
  ...design.activities.map((a) => ({ id: a.id, outcomeIds: [...a.outcomeIds] })),
  ...design.assessments.map((a) => ({ id: a.id, purpose: a.purpose, outcomeIds: [...a.outcomeIds] })),
];

const sameIds = (before: readonly string[], now: readonly string[]) =>
  before.length === now.length && before.every((id, i) => id === now[i]);

function unchanged(before: NonNullable<typeof last>, design: Design): boolean {
  const { activities, assessments } = design;
  if (before.items.length !== activities.length + assessments.length) return false;
  if (before.outcomes.length !== design.outcomes.length) return false;
  if (!before.outcomes.every((id, i) => id === design.outcomes[i]!.id)) return false;
  return before.items.every((links, i) => {
    const item = i < activities.length ? activities[i]! : assessments[i - activities.length]!;
    return (
      links.id === item.id &&
      ('purpose' in item ? links.purpose === item.purpose : true) &&
      sameIds(links.outcomeIds, item.outcomeIds)
    );
  });
}

/**
 * The matrix of a design: the same object as last time when no outcome, link or purpose changed,
 * so typing a title or a description at the largest design compares the links instead of
 * rebuilding 500 × 540 cells on every keystroke.
 */
export function alignmentMatrix(design: Design): AlignmentMatrix {
  if (last && unchanged(last, design)) return last.matrix;
  const matrix = buildAlignmentMatrix(design);
  last = { outcomes: design.outcomes.map((o) => o.id), items: linksOf(design), matrix };
  return matrix;
}

function buildAlignmentMatrix(design: Design): AlignmentMatrix {
  const rows = new Map<string, AlignmentRow>(
    design.outcomes.map((o) => [o.id, { outcomeId: o.id, activityIds: [], summativeIds: [], formativeIds: [] }]),
  );
  const links = new Set<string>();
  for (const activity of design.activities)
    for (const outcomeId of activity.outcomeIds) {
      rows.get(outcomeId)?.activityIds.push(activity.id);
      links.add(cellKey(outcomeId, activity.id));
    }
  for (const assessment of design.assessments)
    for (const outcomeId of assessment.outcomeIds) {
      const row = rows.get(outcomeId);
      (assessment.purpose === 'summative' ? row?.summativeIds : row?.formativeIds)?.push(assessment.id);
      links.add(cellKey(outcomeId, assessment.id));
    }
  return {
    rows: [...rows.values()],
    activityIds: design.activities.map((a) => a.id),
    assessmentIds: design.assessments.map((a) => a.id),
    links,
  };
}
