import type { FeedbackRecord } from "./store.js";

/** Marks an exported case whose expectations a maintainer has not filled in yet; `npm run eval` refuses it. */
export const TODO_KIND = "todo";

/**
 * 👎 feedback as a question file in the eval format (../shared/eval/README.md): one case per answer,
 * with what was answered and what people said; `kind` and `expect` are left for a maintainer to fill.
 */
export function feedbackCases(records: FeedbackRecord[]): unknown[] {
  const byAnswer = new Map<string, FeedbackRecord[]>();
  for (const r of records) byAnswer.set(r.answerId, [...(byAnswer.get(r.answerId) ?? []), r]);
  return [...byAnswer.values()].map((rs) => {
    const { answer } = rs[0]!;
    const comments = rs.map((r) => r.comment).filter((c): c is string => Boolean(c));
    return {
      id: `feedback-${answer.id}`,
      question: answer.effectiveQuestion,
      kind: TODO_KIND,
      expect: { numbers: [], entities: [], docs: [], must_not: [] },
      rationale: `👎 ×${rs.length}${comments.length ? `: ${comments.join(" / ")}` : ""}. Fill in kind and expect from the documents, then add the case to a question set.`,
      feedback: {
        asked: answer.question,
        answeredAt: new Date(answer.createdAt).toISOString(),
        server: answer.guildId,
        ratings: rs.map((r) => ({
          at: new Date(r.createdAt).toISOString(),
          comment: r.comment,
          ownAnswer: r.ownAnswer,
        })),
        answer: {
          abstained: answer.answer.abstained,
          ...(answer.answer.partial && { partial: true, missing: answer.answer.missing }),
          mode: answer.answer.mode,
          answer: answer.answer.answer,
          figures: answer.answer.figures,
          citations: answer.answer.citations.map((c) => ({ n: c.n, source: c.source, passageId: c.passageId })),
        },
      },
    };
  });
}
