import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "what african products did X import more of?" of an article with two lists of goods: the deals a fair covered
// ("farm products, machinery and mining") and "Imports of A, B and C from Africa rose". The list of the asked flow,
// whose clause names the place the kind's adjective is of, answers; never the one that says neither. Made-up article
// (no evaluation set's place, person or number).

const FAIR = `---
title: "Quzhou's Africa fair closes with deals"
published: "2031-07-02"
---
The Quzhou Africa trade fair closed on Sunday with 88 deals worth 1.9 billion dollars.

Deals covered farm products, mining, hydropower and textile machinery.

Quzhou's trade with Africa rose 21 percent to 3.3 billion dollars in 2031. Imports of sesame seeds, rooibos tea, shea butter and cobalt ore from Africa also rose sharply.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "fair.md": FAIR })); });
afterAll(() => close());

describe("goods of a place's adjective and a flow", () => {
  it("answers with the imports from the place, not the deals the fair covered", async () => {
    const a = await ask("what african products did quzhou import more of in 2031?");
    expect(a.answer).toMatch(/^The documents name sesame seeds, rooibos tea, shea butter and cobalt ore/);
  });
});
