import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";

// Trade dependence, a place's trade measured against its GDP: a rate of its own (never a share of its trade, nor a
// growth), read from sentences and from a table's "Dependence (%)" column, and the only figure that answers a question
// asking it. Made-up documents (no evaluation set's place, person or number).
const Y = { published: "2032-01-25" };

describe("a figure of trade measured against GDP", () => {
  it("is a rate of trade dependence, its earlier level and the nation's beside it", () => {
    const facts = factsOf("Trade dependence -- imports and exports measured against the city's gross domestic product -- "
      + "stood at 142 percent in 2031, up from 137 percent in 2030, far above the national ratio of about 58 percent.",
    { ...Y, title: "Luohe's trade in 2031" });
    expect(one(facts, 142)).toMatchObject({ entity: "city:luohe", metric: "trade", measure: "rate", qualifier: "trade dependence" });
    expect(one(facts, 137)).toMatchObject({ measure: "rate", qualifier: "trade dependence" });
    expect(one(facts, 58)).toMatchObject({ entity: "china", measure: "rate", qualifier: "trade dependence" });
  });
  it("said as trade's share of GDP is no share of the place's trade; the GDP itself is no trade", () => {
    const facts = factsOf("Henan's trade dependence, foreign trade as a share of its GDP of 6,120.5 billion yuan, was 12.4 "
      + "percent in 2031, compared with 30.2 percent for the country as a whole.", Y);
    expect(one(facts, 12.4)).toMatchObject({ entity: "henan", measure: "rate", qualifier: "trade dependence" });
    expect(one(facts, 12.4).shareOf).toBeUndefined();
    expect(one(facts, 30.2)).toMatchObject({ entity: "china", qualifier: "trade dependence" });
    expect(one(facts, 6120.5).metric).not.toBe("trade");
  });
  it("leaves a growth after it alone", () => {
    const facts = factsOf("Henan's trade dependence was 12.4 percent in 2031, and exports grew 6.3 percent.", Y);
    expect(one(facts, 6.3)).toMatchObject({ metric: "exports", measure: "growth" });
  });
});

const SPEECH = `---
title: "Hebi's trade in 2031"
published: "2032-01-20"
---
Hebi's foreign trade reached 96.4 billion yuan in 2031, up 8.8 percent year on year.

Hebi accounted for 11.2 percent of Henan's total foreign trade.

Our trade dependence, that is foreign trade as a share of GDP, was 24.6 percent, up from 22.9 percent in 2030.
`;
const YEARBOOK = `---
title: "Henan yearbook 2032"
published: "2032-10-06"
---
Table 5 Degree of Dependence on Foreign Trade by City, 2031
| City | GDP (100 mn yuan) | Trade (100 mn yuan) | Dependence (%) |
|---|---|---|---|
| Henan Province | 61205 | 7590 | 12.4 |
| Luohe | 2604 | 818 | 31.4 |
| Xuchang | 3518 | 610 | 17.3 |
| Zhoukou | 3920 | 410 | 10.5 |
`;
const HALF = `---
title: "Xuchang's trade in the first half of 2033"
published: "2033-07-20"
---
Xuchang's foreign trade reached 36.1 billion yuan in the first half of 2033, up 4.2 percent year on year.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "hebi.md": SPEECH, "yearbook.md": YEARBOOK, "xuchang.md": HALF }); });
afterAll(async () => over.close());

describe("a question that asks trade dependence", () => {
  it("is answered with that rate alone", async () => {
    const a = await over.ask("hebi trade dependence 2031?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/24\.6/);
    expect(a.answer).not.toMatch(/96\.4|8\.8|11\.2/);
  });
  it("ranks places by the table's dependence column, not by their trade", async () => {
    const a = await over.ask("henan cities by trade dependence in 2031, highest 3?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/Luohe 31\.4%.*Xuchang 17\.3%.*Zhoukou 10\.5%/);
    expect(a.answer).not.toMatch(/billion/);
  });
  it("never ranks the cities' levels for a rise in their dependence", async () => {
    const a = await over.ask("which henan cities saw their trade dependence grow fastest in 2031?");
    expect(a.answer).not.toMatch(/Luohe 31\.4%.*Xuchang 17\.3%/);
  });
  it("abstains where no dependence is stated, however much else is", async () => {
    const a = await over.ask("xuchang trade dependence h1 2033?");
    expect(a.abstained, a.answer).toBe(true);
  });
  it("and the GDP column is never read as trade", async () => {
    const a = await over.ask("luohe foreign trade in 2031?");
    expect(a.answer).not.toMatch(/260\.4/);
  });
});

// ("which saw its trade dependence rise most?": a change in the rate, which no level of it answers)
describe("a change in trade dependence asked in a ranking", () => {
  const LEVELS = `---
title: "Central provinces' trade dependence in 2031"
published: "2032-01-21"
---
Hunan's trade dependence stood at 14.2 percent in 2031, Hubei's at 11.8 percent and Jiangxi's at 16.5 percent.

In 2030 Hunan's trade dependence was 13.0 percent, Hubei's 12.9 percent and Jiangxi's 15.1 percent.
`;
  let levels: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => { levels = await answersOver({ "levels.md": LEVELS }); });
  afterAll(async () => levels.close());
  it("is never answered by ranking the levels", async () => {
    for (const q of ["which of hunan, hubei and jiangxi saw its trade dependence rise most in 2031?",
      "rank hunan, hubei and jiangxi by growth in trade dependence in 2031"]) {
      const a = await levels.ask(q);
      expect(a.answer, q).not.toMatch(/Ranked by[^.]*: 1\. Jiangxi 16\.5%/);
    }
  });
  it("still ranks the levels asked", async () => {
    const a = await levels.ask("rank hunan, hubei and jiangxi by trade dependence in 2031");
    expect(a.answer).toMatch(/Jiangxi 16\.5%.*Hunan 14\.2%.*Hubei 11\.8%/);
  });
});
