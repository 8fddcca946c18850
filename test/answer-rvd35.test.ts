import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { HUNAN_CITIES_TABLE } from "./helpers/hunanCitiesTable.js";
import { cueWeight } from "../retrieval/explain/cues.js";

// Review of this stop's answering rules (rvd35) over made-up articles (no evaluation set's place or number).

const TABLE = HUNAN_CITIES_TABLE;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "table.md": TABLE }));
});
afterAll(async () => close());

describe("a position's measure is the one the rank is by", () => {
  it("'rank by trade …, and its growth?' ranks by trade, not by growth", async () => {
    const a = await ask("changde's rank by trade among the 13 hunan cities in 2022, and its growth?");
    const rank = a.figures.find((f) => f.unit === "rank");
    expect(rank === undefined || rank.value === 4).toBe(true);
  });
  it("a rank among fewer cities than the province has is among some of them, which the table cannot tell", async () => {
    const a = await ask("yueyang's rank by trade among the 4 hunan port cities in 2022?");
    expect(a.figures.find((f) => f.unit === "rank")).toBeUndefined();
  });
  it("'rank by growth among …' still ranks by growth", async () => {
    const a = await ask("changde's rank by growth among the 13 hunan cities in 2022?");
    expect(a.figures.find((f) => f.unit === "rank")?.value).toBe(10);
  });
});

// eight of Fujian's nine prefecture-level cities, and a county-level city that lies in one of them
const FUJIAN = `---
title: "Fujian trade by city, 2031"
published: "2032-02-10"
---
Fujian foreign trade by city, 2031
| City | Imports and exports (billion yuan) |
|---|---|
| Fuzhou | 401.5 |
| Xiamen | 388.2 |
| Quanzhou | 251.7 |
| Zhangzhou | 120.4 |
| Jinjiang | 98.6 |
| Putian | 60.3 |
| Longyan | 52.9 |
| Sanming | 31.8 |
| Nanping | 22.4 |
`;

describe("a position among a province's cities counts only its prefecture-level cities", () => {
  let ask2: typeof ask;
  let close2: () => Promise<void>;
  beforeAll(async () => { ({ ask: ask2, close: close2 } = await answersOver({ "fujian.md": FUJIAN })); });
  afterAll(async () => close2());
  it("a county-level city in the table makes up for no missing prefecture", async () => {
    const a = await ask2("longyan's rank by trade among fujian's 9 cities in 2031?");
    expect(a.figures.find((f) => f.unit === "rank")).toBeUndefined();
  });
});

const SHOES = `---
title: "Putian footwear exports climb"
published: "2031-11-20"
---
In the first ten months of 2031, Putian exported 5.2 billion yuan of shoes, with shipments in October alone up 12.4 percent.
`;

describe("goods' value is given with the change right after it only of the same months", () => {
  let ask3: typeof ask;
  let close3: () => Promise<void>;
  beforeAll(async () => { ({ ask: ask3, close: close3 } = await answersOver({ "shoes.md": SHOES })); });
  afterAll(async () => close3());
  it("'with October alone up 12.4%' is no change of the ten months' value", async () => {
    const a = await ask3("how much shoes did putian export in the first ten months of 2031?");
    expect(a.figures.map((f) => f.value)).toContain(5.2);
    expect(a.figures.map((f) => f.value)).not.toContain(12.4);
  });
});

describe("a change called a story of a kind named by a compound", () => {
  it("'a new-energy vehicle story' is a cause, though 'new' alone judges", () => {
    expect(cueWeight("cause", "The jump in exports was mostly a new-energy vehicle story, said Lin Hua.")).toBeGreaterThan(0);
    expect(cueWeight("cause", "The rise in exports is a good-news story for the port.")).toBe(0);
  });
});

const NATIONAL_RANK = `---
title: "Hengyang's foreign trade in 2032"
published: "2033-01-20"
---
In 2032 the Hunan city of Hengyang saw its foreign trade reach 41.5 billion yuan, ranking 27th among Chinese cities.
`;

describe("a stated rank answers a position among a province's cities only in that field", () => {
  let ask4: typeof ask;
  let close4: () => Promise<void>;
  beforeAll(async () => { ({ ask: ask4, close: close4 } = await answersOver({ "national.md": NATIONAL_RANK })); });
  afterAll(async () => close4());
  it.each([
    "hengyang's rank by trade among the 13 hunan cities in 2032?",
    "what was hengyang's position among hunan's cities by foreign trade in 2032?",
  ])("%s: '27th among Chinese cities' is no rank among Hunan's", async (text) => {
    const a = await ask4(text);
    expect(a.figures.find((f) => f.unit === "rank")).toBeUndefined();
  });
});
