import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { answersOver } from "./helpers/answerOver.js";

// "X's biggest trading city?" asks for one of the province's cities, never for the province's own total. Made-up article.
const article = (more: string) => `---
title: "Ningxia's trade rises 12% in the first half"
date: 2014-07-20
---

Ningxia's imports and exports reached 14.6 billion dollars in the first half of 2014, up 12.1 percent, customs said.

Shizuishan, the prefecture-level city that includes two industrial parks, was the region's biggest trading city with 4.37
billion dollars${more}.
`;

describe("a province's biggest trading city asked", () => {
  it("is read as a ranking of the province's cities", () => {
    for (const q of ["ningxia's biggest trading city in h1 2014?", "what was ningxia's top export city last year"]) {
      expect(parseQuestion(q).subjectKind, q).toBe("city");
    }
    // (a city named beside its province is asked about itself)
    expect(parseQuestion("ningxia h1 2014 trade?").subjectKind).toBeUndefined();
  });
  it("is answered by the cities' figures, not the province's total", async () => {
    const { ask, close } = await answersOver({ "region.md": article(", followed by Yinchuan at 3.9 billion dollars") });
    try {
      const a = await ask("ningxia's biggest trading city in h1 2014?");
      expect(a.answer).toMatch(/1\. Shizuishan 4\.37/);
      expect(a.answer).not.toMatch(/14\.6/);
    } finally { await close(); }
  });
  it("with no city ranked beside another, abstains rather than give the province's total", async () => {
    const { ask, close } = await answersOver({ "region.md": article("") });
    try {
      const a = await ask("ningxia's biggest trading city in h1 2014?");
      expect(a.abstained).toBe(true);
      // (the province's own total is still its answer when asked for)
      expect((await ask("ningxia h1 2014 trade?")).answer).toMatch(/14\.6 billion US dollars/);
    } finally { await close(); }
  });
});
