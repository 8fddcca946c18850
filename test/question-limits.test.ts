import { describe, expect, it } from "vitest";
import { MAX_QUESTION_CHARS, normaliseQuestion, validateQuestion } from "../retrieval/question.js";

// What the bot accepts as a question: words and numbers, at most MAX_QUESTION_CHARS characters, with chat mentions
// read as spaces between words. Each refusal tells the user what went wrong.
describe("the limits of a question", () => {
  it("refuses a question of punctuation alone, and says it is empty", () => {
    expect(() => validateQuestion("?!? ..."))
      .toThrow(expect.objectContaining({ code: "QUESTION_EMPTY", message: expect.stringMatching(/empty/) }));
    expect(validateQuestion("2019?")).toBe("2019?");
  });
  it("accepts a question of exactly the limit and refuses one character more, naming its length", () => {
    const atLimit = `${"a".repeat(MAX_QUESTION_CHARS - 1)}?`;
    expect(validateQuestion(atLimit)).toBe(atLimit);
    expect(() => validateQuestion(`${atLimit}b`)).toThrow(expect.objectContaining({
      code: "QUESTION_TOO_LONG", message: expect.stringContaining(`${MAX_QUESTION_CHARS + 1} characters`),
    }));
  });
  it("keeps the words on either side of a mention apart", () => {
    expect(normaliseQuestion("hubei<@123>exports in 2019?")).toBe("hubei exports in 2019?");
  });
});
