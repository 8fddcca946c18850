import { describe, expect, it } from "vitest";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { baseOf, frameOf } from "./helpers/figureBase.js";
import { factsOf, one } from "./helpers/facts.js";

// Two places' average prices set side by side, each in its own period ("avg iron ore import price: A in 2021 vs B in
// 2024"): one unit-price plan per place, the second chained after the first (unitPrice in retrieval/plans/read.ts),
// with the goods between "avg" and "price". Made-up places' figures.
const b = baseOf([
  ["a", "Xiangtan trade", "2022-01-20", "Xiangtan imported 4.5 million tonnes of iron ore in 2021, and the value rose "
    + "12 percent to 4.2 billion yuan."],
  ["b", "Zhuzhou trade", "2025-01-20", "Zhuzhou imported 2.4 million tonnes of iron ore in 2024, and the value fell "
    + "3 percent to 1.8 billion yuan."],
]);

describe("two places' unit prices side by side", () => {
  it.each([
    "avg iron ore import price: xiangtan in 2021 vs zhuzhou in 2024, yuan per tonne - which was higher?",
    "average price per tonne of iron ore imports, xiangtan 2021 vs zhuzhou 2024?",
  ])("%s", (question) => {
    const plan = readPlan(frameOf(question, b));
    expect(plan).toMatchObject({ operation: "unitPrice", inputs: [{ entity: "city:xiangtan" }, {}],
      next: { operation: "unitPrice", inputs: [{ entity: "city:zhuzhou" }, {}] } });
    expect(runPlan(plan!, b, question).figures.filter((f) => f.computed).map((f) => [f.value, f.unit]))
      .toEqual([[933.33, "yuan per tonne"], [750, "yuan per tonne"]]);
  });
  it("sets no prices side by side for one place", () => {
    const plan = readPlan(frameOf("avg iron ore import price in xiangtan, 2021 vs 2024?", b));
    expect(plan?.next).toBeUndefined();
  });
});

describe("a price asked by 'average' in full", () => {
  it("reads 'average iron ore import price' as a unit price", () => {
    const plan = readPlan(frameOf("average iron ore import price in xiangtan in 2021?", b));
    expect(plan).toMatchObject({ operation: "unitPrice", inputs: [{ entity: "city:xiangtan" }, {}] });
  });
});

describe("a price stated per unit of the goods", () => {
  it("stores '960 yuan a tonne' as a price per tonne, never as the flow's amount in yuan", () => {
    const facts = factsOf("Xiangtan imported 4.5 million tonnes of iron ore in 2021, and the average import price was "
      + "960 yuan a tonne.", { title: "Xiangtan trade", published: "2022-01-20" });
    expect(one(facts, 960).unit).toBe("yuan per tonne");
  });
});

describe("what is no price asked", () => {
  it("reads no unit price in an average growth of prices", () => {
    const plan = readPlan(frameOf("average growth in iron ore price for xiangtan in 2021?", b));
    expect(plan?.operation).not.toBe("unitPrice");
  });
});
