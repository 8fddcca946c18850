import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { HUNAN_CITIES_TABLE } from "./helpers/hunanCitiesTable.js";

// One place's position among a province's cities over made-up articles (no evaluation set's place or number): a
// stated rank answers only when its measure and period are the question's; else the position is worked out from the
// figures of every city of the province in one table, and never from a few of them.

const TABLE = HUNAN_CITIES_TABLE;

const GROWTH_RANK = `---
title: "Changde traders look abroad"
---
Changde's growth rate ranked first among the 13 cities of the province, city officials said.
`;

const FEW = `---
title: "Hebei's leading trade cities in 2022"
published: "2023-02-01"
---
Hebei's five leading cities by foreign trade in 2022:

| City | Trade (billion yuan) |
|---|---|
| Shijiazhuang | 150.2 |
| Tangshan | 140.1 |
| Baoding | 90.3 |
| Cangzhou | 60.4 |
| Langfang | 55.5 |
`;

const STATED = `---
title: "Yueyang's foreign trade in 2021"
published: "2022-01-20"
---
In 2021 Yueyang's foreign trade reached 38.5 billion yuan, ranking second among the 13 cities of Hunan province.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "table.md": TABLE, "growth.md": GROWTH_RANK, "few.md": FEW, "stated.md": STATED }));
});
afterAll(async () => close());

describe("a place's position among a province's cities", () => {
  it("works the position out from every city's figure in the table, and says so", async () => {
    const a = await ask("changde's rank by trade value among the 13 hunan cities in 2022?");
    expect(a.abstained).toBe(false);
    expect(a.figures.find((f) => f.unit === "rank")?.value).toBe(4);
    expect(a.answer).toMatch(/4th of the 13 Hunan cities.*from the table's figures/);
    expect(a.answer).not.toMatch(/ranked first/);
  });

  it("counts the province's cities from the gazetteer when the question gives no number", async () => {
    const a = await ask("what was hengyang's position among hunan's cities by foreign trade in 2022?");
    expect(a.figures.find((f) => f.unit === "rank")?.value).toBe(3);
  });

  it("reads 'among the 13 cities' as the province's when the city's province has that many", async () => {
    const a = await ask("zhuzhou's rank by trade among the 13 cities in 2022?");
    expect(a.figures.find((f) => f.unit === "rank")?.value).toBe(5);
  });

  it("reads 'among the province's cities' as the city's own province", async () => {
    const a = await ask("what was yueyang's position among the province's cities by trade in 2022?");
    expect(a.figures.find((f) => f.unit === "rank")?.value).toBe(2);
  });

  it("never takes a stated rank of another measure or period", async () => {
    const a = await ask("changde's rank by trade among the 13 hunan cities in 2021?");
    expect(a.figures.find((f) => f.unit === "rank")).toBeUndefined();
  });

  it("abstains when the documents give fewer cities than the province has", async () => {
    const a = await ask("baoding's rank by trade among the 11 hebei cities in 2022?");
    expect(a.figures.find((f) => f.unit === "rank")).toBeUndefined();
  });

  it("still answers a second part asked beside a rank it cannot give", async () => {
    const a = await ask("baoding's rank by trade among the 11 hebei cities in 2022, and what was its trade?");
    expect(a.figures.find((f) => f.unit === "rank")).toBeUndefined();
    expect(a.figures.map((f) => f.value)).toContain(90.3);
  });

  it("answers with a stated rank whose measure and period match", async () => {
    const a = await ask("yueyang's rank by foreign trade among the 13 hunan cities in 2021?");
    expect(a.figures.find((f) => f.unit === "rank")?.value).toBe(2);
  });
});
