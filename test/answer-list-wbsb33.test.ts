import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { asksForItems } from "../retrieval/namedItems.js";
import { findEnumerations } from "../text/enumerations.js";

// "what kinds of X do Y import?" asks the names of the goods of a kind, never their figures; over a made-up article
// (no evaluation set's place, person or number).

const HARBOUR = `---
title: "Larkport's trade in January-April 2031"
published: "2031-05-22"
---
Larkport's imports and exports were 6.41 billion yuan in January-April 2031, up 2.2 percent.

Canneries in Eastbay, the fishing town north of Larkport proper, imported 31,000 tonnes of frozen raw fish worth 0.62 billion yuan in the four months, up 3.1 percent - herring and hake from Iceland, sardines from Morocco and tuna from Ecuador. Eastbay's own catch of crabs and mussels goes mostly to the domestic market.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "harbour.md": HARBOUR })); });
afterAll(() => close());

describe("what kinds of goods a place imports", () => {
  it("reads 'what kinds of raw fish do X plants import?' as the fish's names asked, not 'kinds'", () => {
    expect(asksForItems("what kinds of raw fish do eastbay canneries import?")).toMatchObject({ noun: "raw fish", namesOnly: true });
    expect(asksForItems("what types of machinery did the province export in 2030?")).toMatchObject({ noun: "machinery", namesOnly: true });
  });
  it("answers with the fish the sentence names, not the figures of the imports", async () => {
    const a = await ask("larkport jan-apr 2031 - what kinds of raw fish do eastbay canneries import?");
    expect(a.answer).toMatch(/^The documents name herring, hake, sardines and tuna/);
    expect(a.answer).not.toMatch(/^Larkport's imports/);
  });
});

describe("a list after a dash whose goods each name where they came from", () => {
  it("reads 'X - A and B from P, C from Q and D from R' as A, B, C and D", () => {
    const text = "Mills imported 12,000 tonnes of wool in the half, up 2.1 percent - merino and mohair from Peru, alpaca from "
      + "Bolivia and cashmere from Mongolia.";
    expect(findEnumerations(text).map((e) => e.items.map((i) => i.name))).toEqual([["merino", "mohair", "alpaca", "cashmere"]]);
  });
});
