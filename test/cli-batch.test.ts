import { describe, expect, it } from "vitest";
import { answerInBatch } from "../bot/cli/batch.js";
import { UserError } from "../index/errors.js";
import type { Answer } from "../retrieval/types.js";

// `ask --batch`: one question's failure is that question's record, and the batch goes on.
const answered = (question: string) => ({ question, abstained: false, answer: "ok", figures: [], citations: [] }) as unknown as Answer;

describe("a batch question", () => {
  it("gives its answer when answering works", async () => {
    const { result, internal } = await answerInBatch("q1", async (q) => answered(q));
    expect([result.answer, internal]).toEqual(["ok", false]);
  });
  it("that hits a bug gives an error record marked internal, not a thrown error", async () => {
    const { result, internal } = await answerInBatch("q2", async () => {
      throw new TypeError("Cannot read properties of null (reading 'index')");
    });
    expect(result).toMatchObject({ question: "q2", abstained: true, error: "internal error: Cannot read properties of null (reading 'index')" });
    expect(internal).toBe(true);
  });
  it("with bad input gives the input's message, not marked internal", async () => {
    const { result, internal } = await answerInBatch("q3", async () => {
      throw new UserError("QUESTION_EMPTY", "no question given");
    });
    expect([("error" in result) && result.error, internal]).toEqual(["no question given", false]);
  });
});
