import { describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// review of this stop's text rules (rvc34): questions of other shapes than the rules were written for
const DOC = "---\ntitle: Henan trade in 2031\npublished: 2032-01-20\n---\n\n"
  + "Henan's exports of power equipment reached 14.7 billion yuan in 2031.\n\n"
  + "The province's trade in services reached 52.3 billion yuan in 2031, of which transport services were 12.4 billion yuan.\n";

describe("a kind of service asked by its own word (rvc34)", () => {
  it("'transport equipment' asks goods, never the transport services figure", async () => {
    const { ask, close } = await answersOver({ "a.md": DOC });
    try {
      const a = await ask("What was Henan's trade in transport equipment in 2031?");
      expect(a.figures?.map((f) => f.value) ?? []).not.toContain(12.4);
    } finally { await close(); }
  }, 60000);
});
