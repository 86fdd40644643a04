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

export function alignmentMatrix(design: Design): AlignmentMatrix {
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
