import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { asksForItems } from "../retrieval/namedItems.js";

// "what did X import from Y in 2020?", "what did X import more of?", "what did X import per its commodity table?": with
// neither a kind of goods nor "mainly", the question asks the goods when it names where they came from or went, "more
// of" them, or a word of goods, and no word of a figure ("what did X export in 2020?" may ask how much). Over a made-up
// article.

const DOC = `---
title: "Hainan's trade with Chile in 2018"
published: "2019-01-30"
---
Hainan's trade with Chile rose 12.4 percent to 3.1 billion yuan in 2018.

Exports to Chile were 0.9 billion yuan, and imports from Chile 2.2 billion yuan. Imports of cherries, copper and wine increased, while exports were mainly tyres, glassware and bicycles.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "chile.md": DOC }); });
afterAll(async () => over.close());

describe("'what did X import from Y' asks the goods", () => {
  it("reads the goods of the verb's flow when the question names the partner, 'more of' or goods", () => {
    expect(asksForItems("what did hainan import from chile in 2018")?.noun).toBe("imports");
    expect(asksForItems("what did hainan import more of in 2018")?.noun).toBe("imports");
    expect(asksForItems("what did hainan export per the commodity table?")?.noun).toBe("exports");
  });

  it("reads no list when the question asks a figure, or names neither partner nor goods", () => {
    expect(asksForItems("what did hainan import from chile in 2018, value and yoy?")).toBeUndefined();
    expect(asksForItems("what did hainan export in 2018?")).toBeUndefined();
  });

  it("answers with the goods of the asked flow, not the other flow's", async () => {
    const a = await over.ask("what did hainan import from chile in 2018");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name cherries, copper and wine:/);
    const b = await over.ask("what did hainan export to chile in 2018");
    expect(b.abstained, b.answer).toBe(false);
    expect(b.answer).toMatch(/^The documents name tyres, glassware and bicycles:/);
  });
});
