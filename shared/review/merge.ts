import type { Decision, Design, Review, ReviewComment } from '../model';

const dateOf = (decision: Decision) => (decision.date ? Date.parse(decision.date) : -Infinity);
const sameDecision = (a: Decision, b: Decision) => JSON.stringify(a) === JSON.stringify(b);
/** A decision that was never taken: the draft a new design starts with. */
const untouched = (decision: Decision) => decision.status === 'draft' && decision.date === null && !decision.note;

/**
 * Two reviews of one design united: every comment of either once (a comment resolved on either
 * side stays resolved), and the newer decision, with the other one and both histories kept in
 * the history. The one home of this rule: the coordinator round trip and the team merge use it.
 */
export function mergeReviews(mine: Review, theirs: Review): Review {
  const theirComments = new Map(theirs.comments.map((comment) => [comment.id, comment]));
  const mineIds = new Set(mine.comments.map((comment) => comment.id));
  const comments: ReviewComment[] = [
    ...mine.comments.map((comment) => {
      const other = theirComments.get(comment.id);
      return other && other.resolved && !comment.resolved ? other : comment;
    }),
    ...theirs.comments.filter((comment) => !mineIds.has(comment.id)),
  ];

  const [newer, older] =
    dateOf(theirs.decision) > dateOf(mine.decision)
      ? [theirs.decision, mine.decision]
      : [mine.decision, theirs.decision];
  const history: Decision[] = [];
  for (const decision of [...mine.history, ...theirs.history, older])
    if (!untouched(decision) && !sameDecision(decision, newer) && !history.some((d) => sameDecision(d, decision)))
      history.push(decision);
  history.sort((a, b) => dateOf(a) - dateOf(b));
  return { comments, decision: newer, history };
}

/**
 * The coordinator round trip: keep `mine` (the library's design, with the author's later edits)
 * and take in the review from `theirs` (the returned file).
 */
export function takeInReview(mine: Design, theirs: Design): Design {
  return { ...mine, review: mergeReviews(mine.review, theirs.review) };
}
