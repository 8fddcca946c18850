import { describe, expect, it } from "vitest";
import { normaliseQuestion, validateQuestion } from "../retrieval/question.js";

describe("normaliseQuestion", () => {
  it("strips user, role and channel mentions, @everyone and @here: they are not words of the question", () => {
    expect(normaliseQuestion("@everyone <@&123456789012345678> what was guangdong's trade surplus in january 2019?"))
      .toBe("what was guangdong's trade surplus in january 2019?");
    expect(normaliseQuestion("<@1100000000000000001> <@!42> how much did <#1300000000000000001> shanxi trade? @here"))
      .toBe("how much did shanxi trade?");
  });

  it("keeps what only looks like a mention: an address, a tag without an id", () => {
    expect(normaliseQuestion("did trade@here.com report <@me> figures?")).toBe("did trade@here.com report <@me> figures?");
  });

  it("removes invisible and direction-control characters and collapses whitespace", () => {
    expect(normaliseQuestion("\u200b\u202ewhat was\u200f  guangdong's\u2066 trade\n surplus\u2069?")).toBe("what was guangdong's trade surplus?");
  });
});

describe("validateQuestion", () => {
  it("refuses a question made only of mentions as empty", () => {
    expect(() => validateQuestion("@everyone <@&123> <#456>")).toThrow(expect.objectContaining({ code: "QUESTION_EMPTY" }));
  });

  it("measures the question without its mentions", () => {
    const q = "a".repeat(990);
    expect(validateQuestion(`<@&123456789012345678> ${q}`)).toBe(q);
    expect(() => validateQuestion("b".repeat(1001))).toThrow(expect.objectContaining({ code: "QUESTION_TOO_LONG" }));
  });
});
