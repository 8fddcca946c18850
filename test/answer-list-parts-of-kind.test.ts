import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "what kinds of wool products does X export?" of an article that states the kind's figure and then gives its parts
// one by one, each named with the kind's own word and its change ("Wool carpets … fell …; wool yarn rose …, while
// wool blankets fell …"), in no sentence that lists them together. Made-up article (no evaluation set's place, person
// or number).

const TOWN = `---
title: "Quzhou's wool makers in a slow year"
published: "2031-10-20"
---
Quzhou is a county-level city known for its wool mills.

Quzhou's exports of wool products fell 4.2 percent year on year to 6.31 billion yuan in the first nine months of 2031, customs said. Wool carpets, the oldest line of the trade, dropped 9.1 percent to 2.44 billion yuan. Worsted wool yarn rose 3.6 percent to 1.95 billion yuan, while wool blankets and scarves fell 2.7 percent to 1.12 billion yuan.

The city's total exports grew 1.8 percent to 27.5 billion yuan, thanks to printed fabrics.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "town.md": TOWN })); });
afterAll(() => close());

describe("the parts of a kind given one by one after its figure", () => {
  it("names each part the sentences after the kind's figure give with the kind's word", async () => {
    const a = await ask("what kinds of wool products does quzhou export (jan-sep 2031 breakdown)?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^The documents name Wool carpets, Worsted wool yarn and wool blankets and scarves/);
  });
  it("never names the parts of a kind the article gives no figure of", async () => {
    const a = await ask("what kinds of silk products does quzhou export in jan-sep 2031?");
    expect(a.answer).not.toMatch(/carpets/);
  });
});
