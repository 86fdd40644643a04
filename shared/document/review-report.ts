import { activityLabel, assessmentLabel, excerpt, outcomeLabel } from '../checks';
import type { CommentAnchor, Design } from '../model';
import { bold, cell, facts, heading, muted, paragraph, table, toned } from './blocks';
import { formats, labelOf, type DocumentContext } from './context';
import type { Block } from './model';

/** "Learning outcomes · LO2 Analyse the…": where a comment is anchored, for the board. */
export function anchorPlace(design: Design, anchor: CommentAnchor, t: DocumentContext['t']): string {
  const section = t(`enums.section.${anchor.section}`);
  const id = anchor.itemId;
  if (!id) return section;
  const outcome = design.outcomes.find((o) => o.id === id);
  if (outcome) return `${section} · ${outcomeLabel(design, id)} ${excerpt(outcome.statement, 50)}`;
  const activity = design.activities.find((a) => a.id === id);
  if (activity) return `${section} · ${activityLabel(design, id)} ${activity.title}`;
  const assessment = design.assessments.find((a) => a.id === id);
  if (assessment) return `${section} · ${assessmentLabel(design, id)} ${assessment.title}`;
  const competence = design.competences.find((c) => c.id === id);
  if (competence)
    return `${section} · ${competence.source.kind === 'custom' ? competence.source.title : competence.source.ref}`;
  if (anchor.section === 'credential') return `${section} · ${t(`annex.${id}`, { defaultValue: id })}`;
  return section;
}

/** The decision, its history, and every comment with where it points and whether it is resolved. */
export function reviewBlocks(context: DocumentContext): Block[] {
  const { design, t } = context;
  const f = formats(context);
  const { decision, history, comments } = design.review;
  const open = comments.filter((c) => !c.resolved).length;
  return [
    heading(2, t('document.review.decisionHeading')),
    facts([
      [t('document.review.status'), [[bold(labelOf(context, `enums.decision.${decision.status}`))]]],
      [t('document.review.reviewer'), decision.reviewer],
      [t('document.review.date'), decision.date ? f.date(decision.date) : null],
      [t('document.review.note'), decision.note],
    ]),
    ...(history.length > 0
      ? [
          heading(3, t('document.review.history')),
          {
            type: 'bullets',
            items: history.map((entry) => [
              bold(labelOf(context, `enums.decision.${entry.status}`)),
              entry.date ? ` · ${f.date(entry.date)}` : '',
              entry.reviewer ? ` · ${entry.reviewer}` : '',
              entry.note ? ` — ${entry.note}` : '',
            ]),
          } satisfies Block,
        ]
      : []),
    heading(2, t('document.review.commentsHeading')),
    paragraph(t('document.review.commentCounts', { count: comments.length, open })),
    comments.length === 0
      ? paragraph([muted(t('document.review.noComments'))])
      : table(
          [
            [t('document.review.where'), 3],
            [t('document.review.comment'), 5],
            [t('document.review.by'), 2],
            [t('document.review.state'), 2],
          ],
          comments.map((comment) => [
            cell(anchorPlace(design, comment.anchor, t)),
            cell(comment.text),
            cell([[comment.author], [muted(f.date(comment.createdAt))]]),
            cell(
              comment.resolved
                ? [
                    [toned(t('document.review.resolved'), 'success')],
                    ...(comment.resolvedBy ? [[muted(comment.resolvedBy)]] : []),
                  ]
                : [[toned(t('document.review.open'), 'warning')]],
            ),
          ]),
        ),
  ].filter((block): block is Block => block !== null);
}
