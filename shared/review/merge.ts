import type { Decision, Design, ReviewComment } from '../model';

const dateOf = (decision: Decision) => (decision.date ? Date.parse(decision.date) : -Infinity);
const sameDecision = (a: Decision, b: Decision) => JSON.stringify(a) === JSON.stringify(b);
/** A decision that was never taken: the draft a new design starts with. */
const untouched = (decision: Decision) => decision.status === 'draft' && decision.date === null && !decision.note;

/**
 * The coordinator round trip: keep `mine` (the library's design, with the author's later edits)
 * and take in the review from `theirs` (the returned file): every comment of either side once
 * (a comment resolved on either side stays resolved), and the newer decision, with the other
 * one and both histories kept in the history.
 */
export function takeInReview(mine: Design, theirs: Design): Design {
  const theirComments = new Map(theirs.review.comments.map((comment) => [comment.id, comment]));
  const mineIds = new Set(mine.review.comments.map((comment) => comment.id));
  const comments: ReviewComment[] = [
    ...mine.review.comments.map((comment) => {
      const other = theirComments.get(comment.id);
      return other && other.resolved && !comment.resolved ? other : comment;
    }),
    ...theirs.review.comments.filter((comment) => !mineIds.has(comment.id)),
  ];

  const [newer, older] =
    dateOf(theirs.review.decision) > dateOf(mine.review.decision)
      ? [theirs.review.decision, mine.review.decision]
      : [mine.review.decision, theirs.review.decision];
  const history: Decision[] = [];
  for (const decision of [...mine.review.history, ...theirs.review.history, older])
    if (!untouched(decision) && !sameDecision(decision, newer) && !history.some((d) => sameDecision(d, decision)))
      history.push(decision);
  history.sort((a, b) => dateOf(a) - dateOf(b));

  return { ...mine, review: { comments, decision: newer, history } };
}
