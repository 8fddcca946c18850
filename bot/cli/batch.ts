import { isUserError } from "../../index/errors.js";
import type { Answer } from "../../retrieval/types.js";

/** A batch question that could not be answered: the JSON contract's error record. */
export interface BatchError { question: string; abstained: true; error: string; answer: ""; figures: []; citations: [] }

/**
 * One question of `ask --batch`: its answer, or a record saying why it has none. A fault in answering one question
 * (a bug, not bad input) is reported for that question and the batch goes on: the other answers are not lost.
 */
export async function answerInBatch(
  question: string,
  answerOne: (q: string) => Promise<Answer>,
): Promise<{ result: Answer | BatchError; internal: boolean }> {
  try {
    return { result: await answerOne(question), internal: false };
  } catch (err) {
    const internal = !isUserError(err);
    const message = err instanceof Error ? err.message : String(err);
    const error = internal ? `internal error: ${message}` : message;
    return { result: { question, abstained: true, error, answer: "", figures: [], citations: [] }, internal };
  }
}
