import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { asksForItems } from "../retrieval/namedItems.js";
import { findEnumerations } from "../text/enumerations.js";

// Those who traded most, asked with no "which": "who were the biggest buyers of X's bags?", "X's largest arab partners
// 2031?". Each is answered with the names a sentence lists after "the biggest buyers of … were", never with a figure.
// Made-up article (no evaluation set's place, person or number).

const TOWN = `---
title: "Fernvale's handbag makers in January-October 2031"
published: "2031-11-20"
---
Fernvale's exports were 6.42 billion yuan in January-October 2031, up 12.3 percent.

The biggest buyers of Fernvale's handbags were Peru, Ghana, Chile and Norway, the bureau said, with exports to Africa up 31 percent.

Oman, Qatar and Jordan were the largest Arab partners of Fernvale in 2031.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "town.md": TOWN })); });
afterAll(() => close());

describe("the biggest buyers of goods", () => {
  it("reads 'who were the biggest buyers of X' and a bare 'X's largest Y partners' as names asked", () => {
    expect(asksForItems("who were the biggest buyers of fernvale handbags in jan-oct 2031?")).toMatchObject({ noun: "buyers" });
    expect(asksForItems("fernvale's largest arab partners 2031?")).toMatchObject({ noun: "arab partners" });
  });
  it("lists every name after 'the biggest buyers of the town's goods were', the possessive no item", () => {
    const [e] = findEnumerations("The biggest buyers of Fernvale's handbags were Peru, Ghana, Chile and Norway, the bureau said.");
    expect(e?.items.map((i) => i.name)).toEqual(["Peru", "Ghana", "Chile", "Norway"]);
  });
  it("answers with the buyers the sentence names", async () => {
    const a = await ask("who were the biggest buyers of fernvale handbags in jan-oct 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^The documents name Peru, Ghana, Chile and Norway/);
  });
  it("answers a bare 'largest arab partners' with the partners named, not a figure", async () => {
    const a = await ask("fernvale's largest arab partners 2031?");
    expect(a.answer).toMatch(/^The documents name Oman, Qatar and Jordan/);
  });
});
