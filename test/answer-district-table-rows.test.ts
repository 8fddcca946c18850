import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf } from "./helpers/facts.js";

// A city's table of its districts (localRow): each row a district the gazetteer does not know, or knows only as a city
// of another province, owns its figures by its bare name; a question names it by that name, and "its districts" ranks
// those rows, never a zone the same article names by its kind. (Made-up districts of a real city.)
const REVIEW = `---
title: "Nanjing's district trade in 2031"
published: "2032-02-10"
---
Nanjing's imports and exports reached 620.5 billion yuan in 2031, up 8.0 percent.

Within Qelvan, the Lakeside Comprehensive Bonded Zone recorded trade of 9.1 billion yuan, up 60.2 percent.

| District | Trade (billion yuan) | Growth (%) | Exports (billion yuan) |
|---|---|---|---|
| Qelvan | 210.4 | 12.5 | 80.2 |
| Murong (incl. Tashan) | 150.7 | 4.1 | 90.3 |
| Baoshan | 98.2 | 15.3 | 40.6 |
| Dorvek | 60.1 | -2.2 | 21.5 |
| Other districts | 101.1 | - | 45.0 |
| Nanjing total | 620.5 | 8.0 | 277.6 |
`;

describe("a row of a table of districts", () => {
  const facts = factsOf(REVIEW.replace(/^---[\s\S]*?---\n/, ""), { title: "Nanjing's district trade in 2031", published: "2032-02-10" });
  const owners = (value: number) => facts.filter((f) => f.value === value).map((f) => f.entity);
  it("owns its figures by its bare name, its brackets left out", () => {
    expect(owners(210.4)).toEqual(["zone:Qelvan"]);
    expect(owners(150.7)).toEqual(["zone:Murong"]);
  });
  it("is the district, not the city of another province the gazetteer knows by that name", () => {
    expect(owners(98.2)).toEqual(["zone:Baoshan"]);
  });
  it("never makes the leftover districts or the total a district", () => {
    expect(owners(101.1).filter((e) => e.startsWith("zone:"))).toEqual([]);
    expect(owners(620.5)).toContain("city:nanjing");
  });
});

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "districts.md": REVIEW }));
});
afterAll(() => close());

describe("questions on a city's districts", () => {
  it("looks up a district by its name", async () => {
    const a = await ask("qelvan district trade in 2031 and its growth?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("210.4 billion yuan");
    expect(a.answer).toContain("12.5%");
  });
  it("ranks the districts' rows, not the zone the article names", async () => {
    const a = await ask("which 3 nanjing districts grew fastest in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("1. Baoshan 15.3%; 2. Qelvan 12.5%; 3. Murong 4.1%");
    expect(a.answer).not.toContain("Lakeside");
  });
});

describe("a list of districts past an amount (amountBound)", () => {
  it("names only the districts whose figure passes it, with their figures", async () => {
    const a = await ask("which nanjing districts had exports above 50 billion yuan in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("Murong 90.3 billion yuan");
    expect(a.answer).toContain("Qelvan 80.2 billion yuan");
    expect(a.answer).not.toContain("Baoshan");
  });
  it("names those below one", async () => {
    const a = await ask("which nanjing districts had exports below 50 billion yuan in 2031?");
    expect(a.answer).toContain("Baoshan 40.6 billion yuan");
    expect(a.answer).not.toContain("Murong");
  });
  it("abstains when the bound is in another currency than the figures", async () => {
    const a = await ask("which nanjing districts had exports above 5 billion usd in 2031?");
    expect(a.abstained).toBe(true);
  });
});
