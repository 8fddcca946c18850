import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { splitAsks } from "../retrieval/asks.js";

// "X q2 trade? (h1 minus q1) and q2 exports": a note on how to work the first ask out, then another flow of a period
// asked after it: two asks, each answered. Made-up article (no evaluation set's place or number).
const ARTICLE = `---
title: "Hebi's trade in the first half of 2031"
published: "2031-07-16"
---
Hebi's imports and exports came to 41.30 billion US dollars in the first half of 2031. Exports rose 4.0 percent to 23.50 billion dollars.

In the first quarter the city's trade was 19.10 billion dollars, of which exports were 10.20 billion dollars.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "hebi.md": ARTICLE }); });
afterAll(async () => over.close());

describe("a flow asked after a worked-out ask and its note", () => {
  it("is an ask of its own", () => {
    expect(splitAsks("hebi q2 2031 trade? (h1 minus q1) and q2 exports")).toHaveLength(2);
    expect(splitAsks("hebi q3 2031 exports? (9m less h1)")).toHaveLength(1);
  });
  it("and both are answered", async () => {
    const a = await over.ask("hebi q2 2031 trade? (h1 minus q1) and q2 exports");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/22\.2 billion/);
    expect(a.answer).toMatch(/13\.3 billion/);
  });
});
