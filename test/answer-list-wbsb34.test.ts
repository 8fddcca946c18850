import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { asksForItems } from "../retrieval/namedItems.js";
import { findEnumerations } from "../text/enumerations.js";

// Lists asked in words the reader did not take for a list: where goods went ("where did X get exported to"), what a
// vehicle carried ("what did the northbound trains carry"), the biggest markets of goods. Each is answered with the names
// a sentence lists, or not at all: never with a figure of the goods. Made-up article (no evaluation set's place, person
// or number).

const VALLEY = `---
title: "Larkport's zone in January-May 2031"
published: "2031-06-20"
---
Larkport's imports and exports were 8.12 billion yuan in January-May 2031, up 4.4 percent.

Pumps are the zone's second story. Its pump makers exported 3,140 units worth 0.57 billion yuan, up 22.0 percent. Most went to mines and water works in Peru, Kenya and Vietnam.

The Larkport rail terminal ran 1,420 freight trains, 760 of them outbound and 660 inbound. Inbound trains carried mostly timber, wool, copper ore and dried fruit; outbound trains carried tiles, glass, toys and bicycles.

Larkport's orchid exports were 0.44 billion yuan in January-May 2031, up 9.3 percent. The orchids were sold to buyers in 23 countries, with Korea, Canada and Norway the largest markets.
`;
const REPORT = `---
title: "Weihai's trade in 2030"
published: "2031-01-12"
---
Weihai's imports and exports were 19.6 billion yuan in 2030, up 3.3 percent.

| Item | Value (billion yuan) | Change |
|---|---|---|
| Tulip exports | 0.74 | +11.5% |
| Tea exports | 0.93 | +2.1% |
`;
const NOTICE = `---
title: "Correction: Weihai's 2030 tulip exports"
published: "2031-01-20"
---
**Correction.** An article published on January 12, 2031, gave the value of Weihai's tulip exports in 2030 as 0.74 billion yuan. The correct figure is 0.47 billion yuan.

The growers' association has since added that Weihai's tulips were sold to buyers in 19 countries in 2030, with Chile, Egypt and Poland the largest markets.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "valley.md": VALLEY, "notice.md": NOTICE, "report.md": REPORT })); });
afterAll(() => close());

describe("where goods went", () => {
  it("reads 'where did X get exported to' as the places asked", () => {
    expect(asksForItems("where did the zone's pumps get exported to in jan-may 2031?")).toMatchObject({ noun: "destinations" });
    expect(asksForItems("where were larkport's pumps shipped in 2031?")).toMatchObject({ noun: "destinations" });
    // (where growth or goods came from is another question)
    expect(asksForItems("where did the growth come from?")).toBeUndefined();
  });
  it("answers with the places the sentence names", async () => {
    const a = await ask("where did the larkport zone's pumps get exported to in jan-may 2031?");
    expect(a.answer).toMatch(/^The documents name Peru, Kenya and Vietnam/);
  });
});

describe("what a vehicle carried", () => {
  it("reads 'what did the inbound trains carry' as goods' names asked", () => {
    expect(asksForItems("what did inbound larkport trains carry in jan-may 2031?")).toMatchObject({ noun: "cargo" });
  });
  it("answers with the list of the trains asked, not the other direction's", async () => {
    const a = await ask("what did inbound larkport trains carry in jan-may 2031?");
    expect(a.answer).toMatch(/^The documents name timber, wool, copper ore and dried fruit/);
  });
});

describe("the biggest markets of goods", () => {
  it("reads 'biggest markets for X' as the markets' names asked", () => {
    expect(asksForItems("biggest markets for larkport orchids in 2031?")).toMatchObject({ noun: "markets" });
    expect(asksForItems("largest markets for larkport orchids in 2031?")).toMatchObject({ noun: "markets" });
  });
  it("answers with the markets the sentence names, never the figure of the exports", async () => {
    const a = await ask("biggest markets for larkport orchids in jan-may 2031?");
    expect(a.answer).not.toMatch(/0\.44 billion yuan/);
    expect(a.answer).toMatch(/Korea, Canada and Norway/);
  });
  it("answers a question read as a ranking with the markets too, never the one figure of the goods", async () => {
    const a = await ask("biggest markets for weihai tulips in 2030?");
    expect(a.answer).not.toMatch(/0\.47 billion yuan/);
    expect(a.answer).toMatch(/Chile, Egypt and Poland/);
  });
});

describe("a list followed by what its items are", () => {
  it("ends the last item before 'the largest markets'", () => {
    const lists = findEnumerations("The orchids were sold in 23 countries, with Korea, Canada and the Netherlands the largest markets.");
    expect(lists.map((e) => e.items.map((i) => i.name))).toEqual([["Korea", "Canada", "Netherlands"]]);
  });
});

describe("a kind asked by a count noun that the list's clause names by a mass noun", () => {
  const FARM = `---
title: "Weihai's exports in 2031"
published: "2032-01-25"
---
Weihai's imports and exports reached 61.2 billion yuan in 2031, up 3.0 percent year on year.

Construction machinery remained the backbone. Exports of cranes and pumps came to 12.2 billion yuan. Farm machinery exports grew fastest among the city's main products, rising 21.1 percent to 3.12 billion yuan, with tractors, balers and sprayers sold mainly to Central Asia, Russia and Africa.
`;
  it("answers 'what farm machines does X sell abroad?' with the machines the clause lists", async () => {
    const over = await answersOver({ "farm.md": FARM });
    const a = await over.ask("what farm machines does weihai sell abroad (2031)?");
    await over.close();
    expect(a.answer).toMatch(/^The documents name tractors, balers and sprayers/);
  });
});
