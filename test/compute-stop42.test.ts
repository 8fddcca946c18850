import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";
import { answersOver } from "./helpers/answerOver.js";

// Stop 42 (computed figures that abstained): question shapes a plan missed, on made-up articles.
const CITIES = `---
title: "Yingtan city trade in 2041"
published: "2042-02-01"
---
Yingtan's imports and exports reached 120 billion yuan in 2041, up 3.1 percent.

Exports were 78 billion yuan, up 4.2 percent, and imports were 42 billion yuan, up 1.1 percent.
`;

const GOODS = `---
title: "Yingtan drone exports climb"
published: "2042-01-20"
---
YINGTAN, Jan. 19, 2042 -- Exports of drones from Yingtan, a city in Jiangxi province, rose 25 percent year-on-year to
5 billion yuan in 2041, the city's commerce bureau said.
`;

const plan = (q: string) => readPlan(parseQuestion(q, {} as never));

describe("a flow's share of the total asked with a bare '%' (retrieval/plans/read.ts flowOfTotal)", () => {
  it("reads 'what % of X's trade was exports' as exports over trade, as 'what percentage of' is", () => {
    for (const q of ["what % of nanchang's 2041 trade was exports", "what percentage of nanchang's 2041 trade was exports"]) {
      const p = plan(q);
      expect(p?.inputs.map((i) => [i.metric, i.wholeMetric, i.measure])).toEqual([["exports", "trade", "share"]]);
    }
  });
  it("reads no flow share when both flows are named", () => {
    expect(plan("what % of nanchang's 2041 trade was exports and imports")?.inputs.some((i) => i.wholeMetric)).not.toBe(true);
  });
});

describe("a level worked back 'from the <year> growth' (retrieval/plans/read.ts earlier)", () => {
  it.each([
    "what were nanchang's exports in 2040, from the 2041 growth",
    "nanchang exports in 2040 - work it out from the 2041 growth",
    "nanchang exports in 2040, from its 2041 rise?",
  ])("%s asks the 2041 level over its growth", (q) => {
    const p = plan(q);
    expect(p?.operation).toBe("earlier");
    expect(p?.inputs.map((i) => [i.measure, i.period?.y1])).toEqual([["amount", 2041], ["growth", 2041]]);
  });
  it("reads no worked-back level from a plain 'from 2040 to 2041'", () => {
    expect(plan("how much did nanchang's exports grow from 2040 to 2041")?.operation).not.toBe("earlier");
  });
});

const FRUIT = `---
title: "Fruit imports through Xinyu port hit a record"
published: "2041-10-12"
---
Xinyu port imported 500,000 tonnes of fruit from January to September 2041, up 12 percent year on year.

Pomelos were by far the largest item, at 200,000 tonnes, followed by bananas and limes.
`;

const ZONE = `---
title: "Quzhou hill zone trade in the first half"
published: "2041-07-20"
---
The Quzhou Green Hill High-tech Zone reported imports and exports of 30 billion yuan in the first half of 2041, up 9 percent.

Quzhou as a whole recorded imports and exports of 80 billion yuan in the first half, up 4 percent.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "cities.md": CITIES, "goods.md": GOODS, "fruit.md": FRUIT, "zone.md": ZONE }));
}, 120_000);
afterAll(() => close());

describe("the two shapes answered end to end", () => {
  it("computes exports' share of the city's trade from the two amounts", async () => {
    const a = await ask("what % of yingtan's 2041 trade was exports");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(65);
  });
  it("works the goods' 2040 exports back from the 2041 level and growth", async () => {
    const a = await ask("yingtan drone exports in 2040 - work it out from the 2041 growth");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(4);
  });
});

describe("a part the question names by words no reader takes (retrieval/plans/quantity.ts namedPartShare)", () => {
  it("works out goods named only in their sentence as a share of the goods' whole, in its unit", async () => {
    const a = await ask("pomelos as a share of xinyu's fruit imports q1-q3 2041?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(40);
  });
  it("works out a zone named by its own words as a share of its city's trade", async () => {
    const a = await ask("what share of quzhou's h1 2041 foreign trade came from the green hill zone");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(37.5);
  });
  it("gives no share when no figure's words name the part", async () => {
    const a = await ask("what share of quzhou's h1 2041 foreign trade came from the blue river park");
    expect(a.abstained).toBe(true);
  });
  it("gives no share by quantity when the question asks it by value", async () => {
    const a = await ask("pomelos as a share of xinyu's fruit imports q1-q3 2041, by value?");
    expect(a.figures.map((f) => f.value)).not.toContain(40);
  });
});
