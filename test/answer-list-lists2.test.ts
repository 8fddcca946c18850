import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { asksForItems } from "../retrieval/namedItems.js";
import { findEnumerations } from "../text/enumerations.js";

// Lists a text names without figures, in shapes the first readers missed: a question spelled "thru which ports …", the
// main markets "of the city's cross-border e-commerce exports were A, B and C" (a long possessive between), and those
// a change was "driven by". Made-up article (no evaluation set's place, person or number).

const TOWN = `---
title: "Larkport's truck exports in 2031"
published: "2032-01-20"
---
Larkport exported 41,200 trucks in 2031, up 23.5 percent.

The trucks left the province mainly through three border crossings: Ashgate, Brindle and Corran.

The main markets of Larkport's cross-border e-commerce exports were Peru, Ghana, Chile and Norway, the bureau said.

Exports of fruits and vegetables through the Dunmore crossing reached 12,400 tonnes, up 8.1 percent, mainly plums, leeks and melons.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "town.md": TOWN })); });
afterAll(() => close());

const names = (text: string) => findEnumerations(text).map((e) => e.items.map((i) => i.name));

describe("'thru' and 'via' as questions spell 'through'", () => {
  it("reads 'thru which border crossings …' and '… go via which ports?' as names asked", () => {
    expect(asksForItems("thru which border crossings did larkport's truck exports go in 2031")).toMatchObject({ noun: "border crossings" });
    expect(asksForItems("larkport's trucks went out via which crossings?")).toMatchObject({ noun: "crossings" });
  });
  it("answers 'thru which border crossings' with the crossings the sentence names", async () => {
    const a = await ask("thru which border crossings did larkport's truck exports go in 2031");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^The documents name Ashgate, Brindle and Corran/);
  });
});

describe("the main things of a long possessive's goods", () => {
  it("lists every name after 'the main markets of X's cross-border e-commerce exports were', the possessive no item", () => {
    expect(names("The main markets of Larkport's cross-border e-commerce exports were Peru, Ghana, Chile and Norway.")[0])
      .toEqual(["Peru", "Ghana", "Chile", "Norway"]);
  });
  it("answers 'main export markets of X's cross-border e-commerce' with the four markets", async () => {
    const a = await ask("main export markets of larkport's cross-border e-commerce in 2031");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^The documents name Peru, Ghana, Chile and Norway/);
  });
});

describe("those a change was driven by", () => {
  it("lists the names after 'was driven by' / 'were led by', without the verb", () => {
    expect(names("The jump in truck exports was driven by Alder Motors, Birch Auto and Cedar Trucks.")[0])
      .toEqual(["Alder Motors", "Birch Auto", "Cedar Trucks"]);
    expect(names("Imports were led by copper ore, soybeans and crude oil.")[0]).toEqual(["copper ore", "soybeans", "crude oil"]);
  });
});

describe("'which <kind> does X export thru Y'", () => {
  it("reads a singular kind after 'which', the way the goods went after the verb, as names asked", () => {
    expect(asksForItems("which fruit and veg does larkport export thru dunmore")).toMatchObject({ noun: "fruit and veg", namesOnly: true });
    expect(asksForItems("which grain did larkport import via the river port?")).toMatchObject({ noun: "grain" });
    // (one place asked is no list)
    expect(asksForItems("which country did larkport export to in 2031?")).toBeUndefined();
  });
  it("answers 'fruit and veg' with the goods of 'fruits and vegetables'", async () => {
    const a = await ask("which fruit and veg does larkport export thru dunmore");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^The documents name plums, leeks and melons/);
  });
});
