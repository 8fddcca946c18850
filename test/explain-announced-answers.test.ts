import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { announces, announcesMeasures, cueWeight } from "../retrieval/explain/cues.js";

// Explanations a named speaker announces in reported speech ("X, deputy director of customs, said the rise had three
// causes.", "said the island was preparing a package of measures to …") and the sentences after give: the answer quotes
// what follows the announcement, not the announcement alone nor another sentence of the article (made-up articles: no
// evaluation set's place, person or number).

const BOOTS = `<html><head><title>Boots and linen lift Farrow exports</title></head><body>
<p>Farrow's exports rose 6.4 percent to 88.15 billion yuan in January-September 2031, while imports fell 3.2 percent,
mainly because of lower prices for the iron ore bought by the mill at Dunport.</p>
<p>Boot exports, most of them hiking boots from Elmside, rose 12.7 percent to 21.04 billion yuan.</p>
<p>Ren Baozhu, deputy director of Farrow Customs, said the rise in boot exports had three causes. Elmside's brands have
opened shops and signed agents in the Gulf and West Africa; factories have switched to waterproof, higher-priced trail
boots; and exporters have used the new free trade agreement with the Andean states to pay lower duties.</p>
<p>Linen exports grew 4.1 percent.</p>
</body></html>
`;

const ISLAND = `---
title: "Corran island widens its doors to Velland"
date: 2031-10-20
---
CORRAN -- Trade through the Corran island zone reached 6.38 billion yuan in January-September 2031, up 9.9 percent.

Yao Mingde, deputy director of the Corran zone administrative committee, said the island was preparing a package of
measures to attract more Velland businesses and residents. Corran plans to let Velland-registered lorries enter the
island, to let Velland's nurses and surveyors work there with their Velland licences, and to cap the income tax paid by
Velland staff at the level they would pay at home. A new quarter of about 2,500 flats is also planned.

The zone's port handled 41,000 containers, and its bonded warehouses were full for most of the year.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "boots.html": BOOTS, "island.md": ISLAND }));
}, 60_000);
afterAll(() => close());

describe("answers a speaker announces in reported speech", () => {
  it("reads 'X, deputy director of customs, said the rise had three causes.' as announcing causes", () => {
    const said = "Ren Baozhu, deputy director of Farrow Customs, said the rise in boot exports had three causes.";
    expect(cueWeight("cause", said)).toBeGreaterThanOrEqual(3);
    expect(announces(said)).toBe(true);
    // (a list with its commas is no announcement)
    expect(announces("The main causes are weak demand, rising costs and tariffs.")).toBe(false);
  });

  it("reads 'said the island was preparing a package of measures to …' as announcing measures", () => {
    expect(announcesMeasures("Yao Mingde, deputy director of the Corran zone administrative committee, said the island was "
      + "preparing a package of measures to attract more Velland businesses and residents.")).toBe(true);
    expect(announcesMeasures("The island was preparing 12 measures, including lower rents.")).toBe(false);
  });

  it("answers 'what was behind the boot export growth?' with the causes the announcement is followed by", async () => {
    const a = await ask("what was behind farrow's boot export growth in q1-q3 2031?");
    expect(a.answer).toContain("three causes");
    expect(a.answer).toContain("waterproof");
    expect(a.answer).not.toContain("iron ore");
  });

  it("answers 'what measures was it planning to attract …?' with the measures after the announcement", async () => {
    const a = await ask("corran 2031 - what measures was it planning to attract velland businesses and residents?");
    expect(a.answer).toContain("lorries");
    expect(a.answer).toContain("income tax");
  });
});
