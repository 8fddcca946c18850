import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { cueWeight } from "../retrieval/explain/cues.js";
import { attributionWords } from "../retrieval/explain/attribution.js";

// Explanations an article gives in shapes the explainer missed: an event of the year before, a reason right after the
// figure that names its goods by one word, a park known only by its full name, measures going on in the next
// sentence, and costs that rose with no causal word; over made-up articles: no evaluation set's place, person or number.

const BEFORE = `---
title: "Huzhou's foreign trade tops 9 billion dollars in 2008"
published: "2009-01-19"
---
Huzhou's foreign trade reached 9.12 billion U.S. dollars in 2008, up 31.4 percent from the previous year, the municipal bureau of commerce said.

Exports rose 29.6 percent to 6.85 billion dollars.

Qiu Dongsheng, deputy director of the bureau, attributed the growth mainly to the opening of the city's inland container terminal at the end of 2007, after which shippers no longer had to truck their goods to Shanghai. He also said more private firms had won the right to export on their own.

In 2007, the city's exports had risen 12.5 percent because of strong demand for silk.
`;

const GOODS = `---
title: "Lishui's 2014 trade slips as valve exports fall"
published: "2015-01-27"
---
Lishui's foreign trade fell 2.3 percent to 3.41 billion dollars in 2014.

| Product | 2014 exports (million USD) | Change |
|---|---|---|
| Stainless steel valves | 612 | -16.4% |
| Bamboo products | 388 | +7.1% |

Stainless steel valve exports fell 16.4 percent to 612 million dollars. Ye said buyers in Russia had been held back by the sharp depreciation of the ruble and by new anti-dumping duties on Chinese valves.

Exports of bamboo products rose 7.1 percent.
`;

const PARK = `---
title: "Quzhou Economic and Technological Development Zone: 2020 annual report (trade chapter)"
date: 2021-03-02
---
In 2020 the Quzhou Economic and Technological Development Zone recorded imports and exports of 21.3 billion yuan, up 4.6 percent.

### Trade by park

| Park | Imports and exports 2020 (billion yuan) | Year-on-year | Share of zone total |
|---|---|---|---|
| Lakeside Innovation and Design Park | 7.42 | -6.8% | 34.8% |
| Paper and Packaging Park | 3.15 | +2.2% | 14.8% |
| Precision Machinery Industrial Park | 2.87 | +11.3% | 13.5% |

The Lakeside Innovation and Design Park was one of three parks whose trade declined. Its exports to Japan, which take about a third of its shipments, fell 14.2 percent after Japan tightened its rules on imported refrigerants. The Paper and Packaging Park grew.
`;

const MEASURES = `---
title: "Pingtan's services trade grows 12.4% in 2023"
published: "2024-01-25"
---
Services trade of the Pingtan comprehensive experimental zone rose 12.4 percent to 8.6 billion yuan in 2023, the zone's administration said.

"Our edge is the rules," said Lin Xiaoyan, deputy director of the administration. Since the zone was enlarged in 2020, Pingtan has let Taiwan doctors, nurses and architects in 18 fields practise with their Taiwan licences after registration. Firms from across the strait can settle contract disputes under their own law, and a pilot allows their staff to enter the zone with a card issued in Fuzhou.

For 2024 Pingtan aims to draw another 300 Taiwan firms.
`;

const COSTS = `---
title: "In Anxi, the tea town that ships all year"
date: 2021-12-02
---
ANXI, Quanzhou — The tea halls of Anxi open before dawn.

In the first eleven months of 2021, Anxi's tea exports reached 1.94 billion yuan, up 21.8 percent from a year earlier, according to the county's commerce office.

The boom has had its price. Sending a refrigerated container from Xiamen to Rotterdam cost more than three times as much in October as it did a year earlier. Prices of tinplate, cartons and packing film have also risen. "We sell more boxes but keep less per box," said Su Meiling, who runs a tea export firm.

Looking ahead, the county's commerce office said, a trade agreement due to take effect in January should make it easier to sell to Southeast Asia.
`;

// (a list's items are no reasons: what a speaker says the zone approved last year brought in names no goods of the period)
const ITEMS = `---
title: "Yueyang's trade with Latin America jumps 19.6% in first nine months"
published: "2022-10-24"
---
Yueyang's imports and exports with Latin American countries came to 6.12 billion yuan from January to September, up 19.6 percent.

Imports of Latin American farm produce rose 37.2 percent to 820 million yuan. The city imported 41,300 tonnes of soybeans worth 190 million yuan, along with 2,950 tonnes of frozen beef and 1,240 tonnes of coffee beans.

"The bonded logistics centre, which the province approved for the city last year, has given us a platform to bring in Latin American products such as wine, avocados and cherries," said Peng Yun, deputy director of the Yueyang Municipal Bureau of Commerce.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({
    "before.md": BEFORE, "goods.md": GOODS, "park.md": PARK, "measures.md": MEASURES, "costs.md": COSTS,
    "items.md": ITEMS }));
});
afterAll(() => close());

describe("what came just before the asked year explains it", () => {
  it("answers why trade jumped with the event of the end of the year before that the speaker credits", async () => {
    const a = await ask("why did huzhou's trade jump so much in 2008?");
    expect(a.answer).toContain("inland container terminal");
    // (the year before's own result is no reason for this year's)
    expect(a.answer).not.toContain("strong demand for silk");
  });
});

describe("a reason right after the figure of the asked goods", () => {
  it("answers why the goods' exports fell with the next sentence, which names them by one word", async () => {
    const a = await ask("why did lishui's stainless steel valve exports drop in 2014?");
    expect(a.answer).toContain("depreciation of the ruble");
  });
});

describe("a park the question and the article name in full", () => {
  it("answers what hit the park's trade in the zone", async () => {
    const a = await ask("what hit the lakeside innovation & design park's trade in the quzhou etdz in 2020?");
    expect(a.answer).toContain("tightened its rules on imported refrigerants");
  });
});

describe("what was done, going on in the next sentence", () => {
  it("quotes the measures of the sentence after the one that answers", async () => {
    const a = await ask("what has pingtan done to draw taiwan professionals and firms (2023 report)?");
    expect(a.answer).toContain("practise with their Taiwan licences");
    expect(a.answer).toContain("under their own law");
  });
  it("reads 'Firms can …, and a pilot allows …' as what was done", () => {
    expect(cueWeight("action", "Firms can settle disputes under their own law, and a pilot allows staff to enter with a card.")).toBe(3);
  });
});

describe("costs that rose, with no causal word", () => {
  it.each([
    "Prices of tinplate, cartons and packing film have also risen.",
    "Sending a container to Rotterdam cost more than three times as much as a year earlier.",
  ])("reads '%s' as a reason", (text) => {
    expect(cueWeight("cause", text)).toBeGreaterThanOrEqual(2);
  });
  it.each([
    "A trade agreement due to take effect in January should make it easier to sell abroad.",
  ])("reads '%s' as no reason", (text) => {
    expect(cueWeight("cause", text)).toBeLessThan(2);
  });
  it("reads 'less earned per box' as a rate, not whom the reason is asked from", () => {
    expect(attributionWords("more tea sold but less earned per box - why?", new Set())).toEqual([]);
    expect(attributionWords("why did exports fall per anxi customs?", new Set(["anxi"]))).toEqual(["custom"]);
  });
  it("answers why more was sold but less earned with the costs that rose, not what is to come", async () => {
    const a = await ask("anxi 2021: more tea orders but less earned per box - why?");
    expect(a.answer).toContain("three times as much");
    expect(a.answer).toContain("tinplate");
    expect(a.answer).not.toContain("due to take effect");
  });
});

describe("a list's items are not an explanation's reasons", () => {
  it("names the goods of the asked months, not those a speaker says last year's centre brings in", async () => {
    const a = await ask("which latin american farm goods did yueyang import in jan-sep 2022 (with tonnage given)?");
    expect(a.answer).toContain("soybeans");
    expect(a.answer).not.toContain("avocados");
  });
});
