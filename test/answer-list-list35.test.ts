import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { asksForItems } from "../retrieval/namedItems.js";
import { findEnumerations } from "../text/enumerations.js";

// Lists asked in words the reader did not take for a list: what a kind of goods is made of ("what's in X's canned food
// exports"), a kind of several words ("what northland farm produce did X import"), a plural kind with what narrows the
// flow after the verb ("what goods did X export under market procurement"), where goods came from asked as their
// "sources". Each is answered with the names a sentence lists, or not at all: never with a figure of the goods. Made-up
// article (no evaluation set's place, person or number).

const CITY = `---
title: "Larkport's trade in 2031"
published: "2032-01-20"
---
Larkport's imports and exports were 84.6 billion yuan in 2031, up 5.1 percent.

Exports of preserved food, chiefly olives, capers and figs, reached 3.17 billion yuan, up 2.2 per cent. Imports of Northland goods were 2.41 billion yuan, including 0.72 billion yuan of farm produce such as quince, sloes and barley.

Exports under market procurement were 41.9 billion yuan, up 12.8 percent. The main goods exported under the mode were pots and pans, garden tools, toys and games, rugs and carpets, and paper lanterns.

Fruit imports through Larkport reached 96,000 tonnes worth 1.8 billion yuan, up 7.7 per cent. Papaya from Peru was the biggest single item at 0.6 billion yuan, a third of the total, followed by plums from Chile and grapes from Spain.

Larkport imported 21.3 million tonnes of crude oil worth 88.2 billion yuan, down 3.1 percent. Chile, Costa Rica and Norway were the largest sources of crude oil.
`;

const PARTNERS = `---
title: "Weihai's trade in the first half of 2031"
published: "2031-07-20"
---
Weihai's imports and exports were 61.3 billion yuan in the first half of 2031, up 4.0 percent.

Trade with Africa grew fastest among major partners, up 11.4 per cent to 12.6 billion yuan. Trade with the European Union, the largest partner, was 20.2 billion yuan, up 3.5 per cent. Trade with Japan rose 2.7 per cent to 9.1 billion yuan.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "city.md": CITY, "partners.md": PARTNERS })); });
afterAll(() => close());

describe("lists asked in other words", () => {
  it("reads the question as a list of names", () => {
    expect(asksForItems("what's in larkport's preserved food exports (2031)?")).toMatchObject({ namesOnly: true });
    expect(asksForItems("what northland farm produce did larkport import in 2031")).toMatchObject({ noun: "northland farm produce" });
    expect(asksForItems("what goods did larkport export under market procurement in 2031")).toMatchObject({ namesOnly: true });
    expect(asksForItems("larkport crude sources 2031?")).toMatchObject({ noun: "countries", direction: "from" });
    // (a report's sources, or growth's, are no places goods came from)
    expect(asksForItems("which sources said exports grew?")).not.toMatchObject({ direction: "from" });
  });
  it("reads a list whose items are two joined by 'and', closed by ', and …'", () => {
    const [e] = findEnumerations("The main goods exported under the mode were pots and pans, garden tools, toys and games, "
      + "rugs and carpets, and paper lanterns.");
    expect(e?.items.map((i) => i.name)).toEqual(["pots and pans", "garden tools", "toys and games", "rugs and carpets", "paper lanterns"]);
    // (a clause after ", and" closes nothing: "…, and imports fell")
    expect(findEnumerations("Exports of machinery, textiles and shoes rose, and imports fell.")[0]?.items.map((i) => i.name))
      .toEqual(["machinery", "textiles", "shoes"]);
  });
  it("reads a first item of several capitalised words", () => {
    expect(findEnumerations("Chile, Costa Rica and Norway were the largest sources.")[0]?.items.map((i) => i.name))
      .toEqual(["Chile", "Costa Rica", "Norway"]);
    expect(findEnumerations("Costa Rica, Chile and Norway were the largest sources.")[0]?.items.map((i) => i.name))
      .toEqual(["Costa Rica", "Chile", "Norway"]);
  });
  it("answers with the names", async () => {
    expect((await ask("what's in larkport's preserved food exports (2031)?")).answer).toMatch(/^The documents name olives, capers and figs/);
    expect((await ask("what northland farm produce did larkport import in 2031")).answer).toMatch(/^The documents name quince, sloes and barley/);
    expect((await ask("what goods did larkport export under market procurement in 2031")).answer)
      .toMatch(/^The documents name pots and pans, garden tools, toys and games, rugs and carpets and paper lanterns/);
    expect((await ask("larkport crude sources 2031?")).answer).toMatch(/^The documents name Chile, Costa Rica and Norway/);
  });
  it("names the goods that led, from the sentence after the one on their total", async () => {
    expect((await ask("larkport 2031 fruit imports - which fruits led")).answer)
      .toMatch(/^The documents name Papaya from Peru, plums from Chile and grapes from Spain/);
  });
});

describe("the one that grew fastest", () => {
  it("names it with the value it grew to", async () => {
    expect((await ask("weihai h1 2031 - which trade partner grew fastest")).answer)
      .toMatch(/1\. Africa 11\.4% \(to 12\.6 billion yuan\); 2\. European Union/);
  });
});

describe("'X fruits other than Y - which ones …'", () => {
  const ORCHARD = `---
title: "Tolvik's farm exports in 2031"
published: "2032-01-15"
---
Tolvik's farm exports were 6.2 billion yuan in 2031, up 4.4 percent. Apple exports were 2.1 billion yuan, fruits other than apples 1.2 billion yuan, nuts and nut products 0.8 billion yuan and fresh pears 0.3 billion yuan.

Goods that benefited most from the new rules included tyres, chemicals, fruits and seafood.
`;
  const MORE = `---
title: "Tolvik's orchards look abroad"
published: "2032-02-01"
---
Besides apples, Tolvik's fruit exports include pears, cherries and plums.
`;
  it("reads the kind before what is set aside as the one asked", () => {
    expect(asksForItems("tolvik fruits other than apples - which ones does it export?"))
      .toMatchObject({ noun: "fruits", besides: "apples", namesOnly: true });
  });
  it("never answers with a list that names the kind among its items, or an item of that kind as a whole", async () => {
    const { ask: askOne, close: closeOne } = await answersOver({ "orchard.md": ORCHARD });
    try {
      const a = await askOne("tolvik fruits other than apples - which ones does it export?");
      expect(a.abstained).toBe(true);
    } finally { await closeOne(); }
  });
  it("answers with the list of that kind", async () => {
    const { ask: askTwo, close: closeTwo } = await answersOver({ "orchard.md": ORCHARD, "more.md": MORE });
    try {
      expect((await askTwo("tolvik fruits other than apples - which ones does it export?")).answer)
        .toMatch(/^The documents name pears, cherries and plums/);
    } finally { await closeTwo(); }
  });
});

describe("a measure of one good asked with 'what … of … did X import'", () => {
  it("is no list of names", () => {
    expect(asksForItems("what quantity of coal did larkport import in 2031?")).toBeUndefined();
    expect(asksForItems("what tonnage of steel did larkport export in 2031?")).toBeUndefined();
    expect(asksForItems("what northland farm produce did larkport import in 2031")).toMatchObject({ namesOnly: true });
  });
});

describe("'what went into' a change, 'what's in store for' exports", () => {
  it("is no list of what the goods are made of", () => {
    expect(asksForItems("What went into the rise in larkport's exports?")).toBeUndefined();
    expect(asksForItems("What's in store for larkport's exports in 2032?")).toBeUndefined();
    expect(asksForItems("what is in the pipeline for larkport exports")).toBeUndefined();
    expect(asksForItems("what's in larkport's preserved food exports (2031)?")).toMatchObject({ namesOnly: true });
  });
});

describe("goods named 'sources', sources of no goods", () => {
  it("ask no places goods came from", () => {
    expect(asksForItems("larkport exports of light sources 2031")).not.toMatchObject({ direction: "from" });
    expect(asksForItems("larkport light sources exports 2031?")).not.toMatchObject({ noun: "countries" });
    expect(asksForItems("larkport revenue sources 2031")).toBeUndefined();
    expect(asksForItems("larkport crude sources 2031?")).toMatchObject({ noun: "countries", direction: "from" });
  });
});

describe("the goods that led, in a sentence of another flow", () => {
  const OTHER = `---
title: "Larkport's trade in 2031"
published: "2032-01-20"
---
Larkport's imports and exports were 84.6 billion yuan in 2031, up 5.1 percent.

Fruit imports through Larkport reached 96,000 tonnes worth 1.8 billion yuan, up 7.7 per cent. Machinery was the biggest single item among exports at 3.1 billion yuan, followed by textiles and toys.
`;
  it("are no answer of which imports led", async () => {
    const over = await answersOver({ "other.md": OTHER });
    try {
      expect((await over.ask("larkport 2031 fruit imports - which fruits led")).answer).not.toMatch(/Machinery/);
      expect((await over.ask("which fruits led larkport's imports in 2031?")).answer).not.toMatch(/Machinery/);
    } finally { await over.close(); }
  });
});

describe("a long-named service's cargo asked", () => {
  it("asks the goods its vehicles carry, however many words name the service", () => {
    expect(asksForItems("what did the inbound larkport fernvale express trains bring back in 2031")).toMatchObject({ noun: "cargo" });
    expect(asksForItems("what do the larkport trains carry?")).toMatchObject({ noun: "cargo" });
  });
});
