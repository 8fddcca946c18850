import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Computed quantities over made-up articles (no evaluation set's place, person or number): a part's share of a whole
// stated in another document, a whole less a part, parts added up, a later run of months from the year and its first
// half, a value as a share of another period's, a price per unit. Each is worked out with its formula shown, or the
// quantity not found is named; none is guessed.

const PROVINCE = `---
title: "Hunan's foreign trade in 2022"
published: "2023-01-18"
---
Hunan's imports and exports reached 620.5 billion yuan in 2022, up 7.2 percent year on year. Exports were 451.8 billion yuan.

Exports to the European Union were 60.4 billion yuan, exports to the United States 55.1 billion yuan and exports to Japan 12.5 billion yuan.

The province's trade with ASEAN came to 110.8 billion yuan, and its trade with Myanmar was 20.6 billion yuan.

Hunan's exports of steel products were 8.2 billion yuan in 2022.
`;
const CAPITAL = `---
title: "Changsha's trade hits new high"
published: "2023-01-25"
---
Changsha's imports and exports reached 310.2 billion yuan in 2022, up 9.1 percent, the city's customs said.
`;
const CITIES = `---
title: "Jiangsu cities' trade in 2021"
published: "2022-01-30"
---
Jiangsu's foreign trade reached 5.21 trillion yuan in 2021. Nanjing's imports and exports reached 590.6 billion yuan in 2021, and Wuxi's imports and exports were 703.3 billion yuan.
`;
const HALVES = `---
title: "Gansu's trade in 2019"
published: "2020-01-21"
---
Gansu's imports and exports totalled 37.9 billion yuan in 2019. In the first half of 2019, its imports and exports were 17.1 billion yuan.

In the first quarter of 2020, Gansu's imports and exports were 8.3 billion yuan.
`;
const MONTHLY = `---
title: "Anhui's trade, month by month"
published: "2021-10-20"
---
Anhui's foreign trade by month in 2021:

| Month | Imports and exports (billion yuan) | YoY (%) |
|---|---|---|
| July | 60.2 | 12.1 |
| August | 58.7 | 9.4 |
| September | 64.3 | 15.0 |
`;
const RECORD = `---
title: "Fujian's trade sets a record"
published: "2015-01-22"
---
Fujian's imports and exports climbed to a record 177.4 billion U.S. dollars in 2014, 20 percent more than the year before.

Four years earlier, in 2010, Fujian's imports and exports were 108.8 billion U.S. dollars.
`;
const ORE = `---
title: "Rizhao's iron ore imports"
published: "2019-10-25"
---
Iron ore was the city's largest import. In the first three quarters of 2019, Rizhao imported 80.5 million tonnes of iron ore, up 3.1 percent, and paid 48.3 billion yuan for it, 4.2 percent more than a year earlier.
`;
const QUARTERS = `---
title: "Jiaxing's trade in the first half of 2023"
published: "2023-07-20"
---
Jiaxing's imports and exports by month in 2023:

| Month | Imports and exports (billion yuan) |
|---|---|
| January | 2 |
| February | 3 |
| March | 4 |
| April | 5 |
| May | 6 |
| June | 7 |
`;
const BORDER = `---
title: "Yunnan's border trade in 2019"
published: "2020-01-22"
---
In 2019, Yunnan's border small-volume trade reached 40.5 billion yuan, and trade by border residents came to 12.3 billion yuan.

Yunnan's foreign trade reached 233.7 billion yuan in 2019, and the province's trade with Myanmar came to 60.2 billion yuan.
`;
const BORDER_CITY = `---
title: "Lincang's border trade in 2019"
published: "2020-01-23"
---
In 2019, Lincang's foreign trade reached 30 billion yuan, 12.8 percent of Yunnan's total. Border small-volume trade came to 9 billion yuan, and border residents' trade came to 6 billion yuan.
`;
const CARS = `---
title: "Chongqing's car exports in the first half"
published: "2021-07-20"
---
In the first half of 2021, Chongqing exported 50,000 vehicles, up 12 percent, with an export value of 4 billion yuan. Of these, 10,000 were new energy vehicles.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({
    "province.md": PROVINCE, "capital.md": CAPITAL, "cities.md": CITIES, "halves.md": HALVES, "monthly.md": MONTHLY,
    "record.md": RECORD, "ore.md": ORE, "cars.md": CARS, "border.md": BORDER, "lincang.md": BORDER_CITY, "quarters.md": QUARTERS,
  }));
});
afterAll(() => close());

const computedValues = (a: { figures: Array<{ value: number; computed: boolean }> }) =>
  a.figures.filter((f) => f.computed).map((f) => f.value);

// each computed answer shows the formula it worked out, over the figures it cites
const WORKED: Array<[string, string, string]> = [
  ["takes a city's trade away from its province's", "how much of hunan's 2022 trade happened outside changsha?",
    "620.5 − 310.2 = 310.3 billion yuan"],
  ["takes one member's trade away from its bloc's for 'the rest of' the bloc",
    "hunan 2022: trade with myanmar, and with the rest of asean?", "110.8 − 20.6 = 90.2 billion yuan"],
  ["adds up the months of a run no sentence states", "anhui jul-sep 2021 combined imports and exports (add up the months)?",
    "60.2 + 58.7 + 64.3 = 183.2 billion yuan"],
  ["answers a flow asked with no measure by its value, here from its months", "anhui q3 2021 trade?",
    "60.2 + 58.7 + 64.3 = 183.2 billion yuan"],
  ["works out a change between two years in the scaled currency asked",
    "how much did fujian's foreign trade grow from 2010 to 2014, in bn usd and pct?", "177.4 − 108.8 = 68.6 billion US dollars"],
  ["works out the second half as the whole year less the first", "gansu h2 2019 trade total?", "37.9 − 17.1 = 20.8 billion yuan"],
  ["gives one period's value as a percentage of another period's",
    "gansu's trade in just q1 2020 equals what % of its whole-year 2019 trade?", "8.3 ÷ 37.9 × 100 = 21.9%"],
  ["works out the level a year before a stated growth, asked roughly",
    "fujian's foreign trade grew 20% in 2014 to a record. so roughly what was it in 2013?", "177.4 ÷ (1 + 0.2) = 147.83"],
  ["divides the goods' value by the quantity counted", "avg price per tonne of rizhao's imported iron ore in jan-sep 2019?",
    "48.3 billion yuan ÷ 80.5 million tonnes = 600 yuan per tonne"],
  ["sets one place's amounts in two quarters side by side, each from its months, the city's name typed wrong",
    "jiaxng q1 vs q2 2023 trade: what were the two quarter totals?", "Q1 2023 9 billion yuan, April–June 2023 18 billion yuan"],
  ["adds up two trade modes a question joins with '+', the head word left out of the second",
    "yunnan total border trade 2019 (small-volume + border residents)?", "40.5 + 12.3 = 52.8 billion yuan"],
  ["adds up two trade modes and gives their share, with the share asked as an ask of its own after 'and what %'",
    "lincang 2019: border small-volume trade + border residents' trade together, and what % of the city's total is that?",
    "50% of the total 30 billion yuan (15 ÷ 30 × 100 = 50%)"],
  ["adds up two partners a question joins with 'plus'", "hunan's 2022 exports to the eu plus the us?",
    "60.4 + 55.1 = 115.5 billion yuan"],
  ["divides the value by the count of the goods the unit names, when the question names none",
    "chongqing h1 2021: average export value per car exported?", "4 billion yuan ÷ 50000 vehicles = 80000 yuan per vehicle"],
];

describe("computed quantities", () => {
  it.each(WORKED)("%s", async (_, question, formula) => {
    const a = await ask(question);
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain(formula);
  });
  it("works out a city's share of its province's trade from two documents, the capital named by its role", async () => {
    for (const q of ["what % of hunan's foreign trade in 2022 came from its capital?",
      "what share of hunan's 2022 trade went through changsha?"]) {
      const a = await ask(q);
      expect(a.abstained).toBe(false);
      expect(computedValues(a)).toContain(49.99);
      expect(a.answer).toContain("310.2 ÷ 620.5 × 100 = 49.99%");
    }
  });
  it("adds two cities' trade, or three partners' exports, and gives the sum's share of the whole", async () => {
    const cities = await ask("nanjing + wuxi combined trade 2021 and their share of jiangsu's total?");
    expect(computedValues(cities)).toEqual(expect.arrayContaining([1293.9, 24.83]));
    const partners = await ask("hunan exports to the EU, US and Japan added up, 2022 - and what % of all exports is that");
    expect(computedValues(partners)).toEqual(expect.arrayContaining([128, 28.33]));
  });
});

describe("an input not found", () => {
  it("names the part it cannot find rather than guess", async () => {
    const a = await ask("what % of hunan's foreign trade in 2022 came from yueyang?");
    expect(a.abstained).toBe(true);
    expect(computedValues(a)).toEqual([]);
    expect(a.missing).toEqual(["Yueyang's foreign trade in 2022"]);
    expect(a.answer).toContain("620.5 billion yuan");
  });
  it("names the quantity as missing when no count is stated", async () => {
    const a = await ask("avg price per tonne of hunan's steel products exports in 2022?");
    expect(a.abstained).toBe(true);
    expect(a.answer).toContain("8.2 billion yuan");
    expect(a.missing).toEqual(["Hunan's exports (steel products), count in 2022"]);
  });
});
