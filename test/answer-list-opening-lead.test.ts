import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A list that opens its sentence ("A, B and C were the main markets.") is of what the sentence before it in its
// paragraph said ("X exported N yuan of marble."): that sentence's words and flow count for the list, so it wins over a
// list of another paragraph that only shares the question's flow ("Silk exports grew thanks to markets such as …").
// Made-up article.

const DOC = `---
title: "Shaanxi silk and marble exports in 2014"
published: "2015-02-11"
---
Shaanxi exported 3,100 tonnes of silk in 2014, up 4.2 percent.

"Silk exports grew thanks to new markets such as Mongolia and Oman," said an official of the provincial bureau.

Exports of marble products fell 5.1 percent to 6.3 billion yuan in 2014.

Xi'an exported 3.2 billion yuan of marble and Baoji 1.1 billion yuan. Canada, Chile, Poland and Egypt were the main markets.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "silk-marble.md": DOC }); });
afterAll(async () => over.close());

describe("a list that opens its sentence goes on from the sentence before", () => {
  it("names the markets of the goods the sentence before is about, quoting both", async () => {
    const a = await over.ask("main markets for shaanxi marble exports in 2014?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Canada, Chile, Poland and Egypt: “Xi'an exported 3\.2 billion yuan of marble/);
    expect(a.answer).not.toMatch(/Mongolia/);
  });
});
