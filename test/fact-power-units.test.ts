import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";
import { findNumbers } from "../text/numbers.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// Figures counted in units of power and capacity (kWh, GW), the shipments of goods a sentence goes on with, and the
// change in their price. Made-up sentences and questions.
const Y2023 = { published: "2024-01-20" };

describe("electricity in kWh and capacity in GW", () => {
  it("are counts in their own units, never money", () => {
    const [kwh] = findNumbers("It exported 5.16 billion kWh of electricity.");
    expect(kwh).toMatchObject({ kind: "count", unit: "billion kWh", value: 5.16 });
    const [gw] = findNumbers("Shipments reached 15.3 gigawatts.");
    expect(gw).toMatchObject({ kind: "count", unit: "gigawatts", value: 15.3 });
  });

  it("count the electricity, its change and each partner's part", () => {
    const facts = factsOf("Guangxi exported 5.16 billion kWh of electricity in 2023, down 12.4 percent, with Thailand, "
      + "Cambodia and Malaysia taking 3.01, 1.22 and 0.93 billion kWh respectively.", Y2023);
    expect(one(facts, 5.16)).toMatchObject({ metric: "exports", measure: "count", unit: "billion kWh", subject: "electricity" });
    expect(one(facts, -12.4)).toMatchObject({ measure: "growth", subject: "electricity" });
    expect(one(facts, 3.01)).toMatchObject({ partner: "partner:th", unit: "billion kWh", subject: "electricity" });
  });

  it("reads 'in GW' and 'how many kWh' as a count asked", () => {
    expect(parseQuestion("guangxi pv shipments in 2023 in GW?").measures).toContain("count");
    expect(parseQuestion("guangxi electricity exports 2023 vs 2022, how many kWh less?").measures).toContain("count");
  });
});

describe("shipments after a sentence on one flow", () => {
  it("are that flow's, and the average price's change after them is a change in price", () => {
    const facts = factsOf("Solar modules, half of Guangxi's exports, rose 8.1 percent to 12.40 billion yuan in 2023. "
      + "Shipments grew 31.2 percent to 15.3 gigawatts, but the average export price slipped 17.6 percent.", Y2023);
    expect(one(facts, 15.3)).toMatchObject({ metric: "exports", measure: "count" });
    expect(one(facts, -17.6)).toMatchObject({ measure: "growth", qualifier: "prices" });
  });
});

describe("questions on power and capacity", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "a.md": `---
title: "Interview: Guangxi's trade last year"
published: "2024-01-20"
---
Q: Electricity exports fell last year. Why?

Zhao Lin: Guangxi exported 5.16 billion kWh of electricity, down 12.4 percent, with Thailand, Cambodia and Malaysia taking 3.01, 1.22 and 0.93 billion kWh respectively. The value was 1.71 billion yuan.

Solar modules, half of the region's exports, rose 8.1 percent to 12.40 billion yuan. Shipments grew 31.2 percent to 15.3 gigawatts, but the average export price slipped 17.6 percent.
`,
      "b.md": `---
title: "Guangxi foreign trade in 2022"
published: "2023-01-25"
---
| Item | Quantity | Value (billion yuan) | Change in value |
|---|---|---|---|
| Electricity exports | 5.89 billion kWh | 1.92 | +3.1% |
`,
    }));
  });
  afterAll(async () => close());

  it("sets two years' kWh side by side, 'how many less' asking the gap", async () => {
    const a = await ask("guangxi electricity exports 2023 vs 2022, how many kWh less?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("0.73 billion kWh");
  });

  it("gives the electricity exported with its change in volume", async () => {
    const a = await ask("how much electricity did guangxi export in 2023");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([5.16, -12.4]));
  });

  it("names each country the power went to, with its part", async () => {
    const a = await ask("which countries did guangxi sell power to in 2023 and how much each");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Thailand 3\.01 billion kWh; Cambodia 1\.22 billion kWh; Malaysia 0\.93 billion kWh/);
  });

  it("answers shipments in GW and the change in the average price", async () => {
    const a = await ask("guangxi pv shipments 2023 in GW, and how much did the avg export price change?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([15.3, -17.6]));
    expect(a.figures.map((f) => f.value)).not.toContain(8.1);
  });
});
