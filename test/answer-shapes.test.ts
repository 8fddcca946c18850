import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namesNothingNew } from "../retrieval/answer.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import type { Fact } from "../text/terms.js";
import { answersOver } from "./helpers/answerOver.js";

// Whole answers over made-up articles (no evaluation set's place, person or number): each test is one kind of
// question the reading, the plans and the explanations must get right together.

const ZONE = `---
title: "Donghu New Area trade up in 2023"
published: "2024-01-20"
---
The committee of Donghu New Area in Wuhan said the district's imports and exports reached 88.5 billion yuan in 2023, up 12.1 percent, accounting for 29.5 percent of the total trade of the city, which stood at 300 billion yuan.
`;
const PORT = `---
title: "Border trade through Ruili"
published: "2010-06-01"
---
China-Myanmar trade through Ruili fell from 1.8 billion US dollars in 2004 to 640 million dollars in 2009.
Part of the reason was that timber imports were diverted to Tengchong on the border.
Trade handled by the port of Ruili, one of the busiest Chinese land ports, reached 2.5 billion US dollars in 2009. Measured by trade volume, Ruili Port ranked third among China's land ports in 2009; only the ports of Erenhot, Manzhouli and Alashankou handle more.
`;
const REGIONS = `---
title: "Central and western regions' trade in the first seven months"
published: "2023-08-20"
---
The central region's foreign trade reached 1.9 trillion yuan in the first seven months, up 6.6 percent year on year.
The western region's foreign trade reached 2.1 trillion yuan in the first seven months, up 5.2 percent year on year.
`;

const FIRMS = `---
title: "Hefei trade in 2023"
published: "2024-01-20"
---
Hefei's foreign trade came to 350.5 billion yuan in 2023, and its growth put the city fourth among the country's large cities. Private companies in the city carried out 150.5 billion yuan of imports and exports, 12% more than a year earlier and 42.9% of Hefei's total. Foreign-invested enterprises traded 120.5 billion yuan, up 3.5%, or 34.4% of the total.
`;

const MILESTONE = `---
title: "General trade overtakes processing trade in Hunan in May 2016"
published: "2016-06-17"
---
Hunan's foreign trade came to 18.5 billion yuan in May, customs said. General trade came to 10.5 billion yuan, ahead of processing trade for the first time.

In the release's words, the shift reflects structural changes in Hunan's export-oriented economy.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "zone.md": ZONE, "port.md": PORT, "regions.md": REGIONS, "firms.md": FIRMS, "milestone.md": MILESTONE }));
});
afterAll(() => close());

describe("answers about zones and ports", () => {
  it("answers a zone's trade with the zone's figures, and its city's with the city's", async () => {
    const zone = await ask("how much did the donghu new area trade in 2023 and how fast did it grow?");
    expect(zone.figures.map((f) => f.value)).toEqual([88.5, 12.1]);
    expect(zone.figures.every((f) => f.entity === "Donghu New Area")).toBe(true);
    const city = await ask("what was wuhan's foreign trade in 2023?");
    expect(city.figures.map((f) => f.value)).toEqual([300]);
  });
  it("works out a change through a port between the two years a sentence gives", async () => {
    const a = await ask("by what percent did china-myanmar trade through ruili fall between 2004 and 2009?");
    expect(a.figures.find((f) => f.computed)).toMatchObject({ value: -64.44, unit: "%" });
  });
  it("explains a fall with a sentence that names where the goods went instead", async () => {
    const a = await ask("why did china-myanmar trade through ruili shrink from 2004 to 2009?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("diverted to Tengchong");
  });
});

describe("lists of other places", () => {
  it("answers 'which ports handled more than X' with the sentence naming them, not with X's own figures", async () => {
    const a = await ask("which chinese ports handled more trade than ruili in 2009?");
    expect(a.answer).toContain("Erenhot, Manzhouli and Alashankou");
    // figures of the named place alone name no other port: they are no answer to the list
    const frame = parseQuestion("which chinese ports handled more trade than ruili port in 2009?");
    const own = { entity: "city:ruili", metric: "trade", measure: "amount", value: 2.5 } as Fact;
    expect(namesNothingNew(frame, [own])).toBe(true);
    expect(namesNothingNew(frame, [{ ...own, entity: "city:erenhot" }])).toBe(false);
    expect(namesNothingNew(parseQuestion("how much trade did ruili port handle in 2009?"), [own])).toBe(false);
    // "which countries does it border" names the countries of the place's own list
    expect(namesNothingNew(parseQuestion("which countries does ruili border?"), [own])).toBe(false);
  });
});

describe("regions that split a region", () => {
  it("adds the central and the western region's figures for 'the central and western regions combined'", async () => {
    const a = await ask("how much did the central and western regions trade combined in the first seven months of 2023?");
    expect(a.figures.find((f) => f.computed)).toMatchObject({ value: 4, unit: "trillion yuan" });
    expect(a.answer).toContain("central and western regions' foreign trade");
  });
  it("reads words that name the source ('according to the report on their growth') as no ask for growth", async () => {
    const a = await ask("how much did the central and western regions trade combined in the first seven months of 2023, "
      + "according to the report on their growth?");
    expect(a.figures.find((f) => f.computed)?.value).toBe(4);
    expect(a.missing).toBeUndefined();
  });
});

describe("rankings that ask for a second measure", () => {
  it("gives each ranked item's share beside its value when the question asks 'with their shares'", async () => {
    const a = await ask("rank hefei's private firms and foreign-invested enterprises by trade value in 2023, with their shares of the city's total");
    expect(a.answer).toMatch(/1\. private enterprises 150\.5 billion yuan \(share 42\.9%\); 2\. foreign-invested enterprises 120\.5 billion yuan \(share 34\.4%\)/);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([150.5, 120.5, 42.9, 34.4]));
  });
});

describe("ranks", () => {
  it("answers 'where did it rank' with a rank by growth, labelled as one, when no other rank is stated", async () => {
    const a = await ask("where did hefei rank among chinese cities for foreign trade in 2023, and what was its total?");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([350.5, 4]));
    expect(a.answer).toContain("(growth rate)");
  });
});

describe("explanations", () => {
  it("explains with a sentence about 'the shift' when the article's headline names the asked subject", async () => {
    const a = await ask("what does hunan customs say the may 2016 general-trade milestone shows?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("structural changes");
  });
});
