import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// A question that goes on after its question mark with "and": both asks are the question's. Made-up question.
describe("an amount asked, then its growth after a question mark", () => {
  it("asks the amount as well as the growth", () => {
    expect(parseQuestion("hebi trade 2031? and yoy").measures).toEqual(expect.arrayContaining(["amount", "growth"]));
    expect(parseQuestion("hebi exports 2031? + growth").measures).toEqual(expect.arrayContaining(["amount", "growth"]));
  });
  it("leaves a growth asked alone as a growth", () => {
    expect(parseQuestion("how fast did hebi's trade grow in 2031?").measures).not.toContain("amount");
  });
});

describe("a second ask of another flow after a question mark", () => {
  it("joins no amount of the other flow to the question", async () => {
    const { answersOver } = await import("./helpers/answerOver.js");
    const over = await answersOver({ "hebi.md": `---
title: "Hebi's trade in 2031"
published: "2032-01-20"
---
Hebi's foreign trade was 70 billion yuan in 2031, up 2.0 percent. Hebi's exports were 48 billion yuan in 2031, up 6.0 percent.
` });
    try {
      expect((await over.ask("hebi trade 2031? and exports growth?")).answer).not.toContain("48 billion");
      expect((await over.ask("hebi trade 2031? and yoy")).answer).toContain("70 billion");
    } finally { await over.close(); }
  });
});
