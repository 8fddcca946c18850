import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { contentWords } from "../retrieval/evidence.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// "X produce exports in 2030 - which products? (fyp review)": the asker's shorthand for a five-year plan's review is no
// word an article writes, so a list is not set aside for lacking it; the goods after "including" are named, never the
// place the first of them came from. Made-up article (no evaluation set's place, person or number).

const REVIEW = `---
title: "Lishui looks back on the 14th Five-Year Plan"
published: "2031-02-10"
---
Lishui's foreign trade grew by an average of 6.1 percent a year from 2026 to 2030.

The freight trains from Lishui made 318 trips in 2030, carrying machinery, furniture and daily necessities to Central Asia.

Exports of orchard produce, including pears from Hollin, dried dates, walnuts and quince jam, totalled 1.07 billion yuan in 2030.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "review.md": REVIEW })); });
afterAll(() => close());

describe("a five-year plan's review asked in shorthand", () => {
  it("reads 'fyp' as no word a sentence must say", () => {
    expect(contentWords(parseQuestion("lishui orchard produce exports in 2030 - which products? (fyp review)"))).not.toContain("fyp");
  });
  it("answers with the goods the sentence lists", async () => {
    const a = await ask("lishui orchard produce exports in 2030 - which products? (fyp review)");
    expect(a.answer).toMatch(/^The documents name pears, dried dates, walnuts and quince jam/);
  });
});
