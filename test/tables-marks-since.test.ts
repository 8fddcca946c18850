import { describe, expect, it } from "vitest";
import { withoutMark } from "../facts/tables.js";
import { factsOf } from "./helpers/facts.js";
import { intentBase } from "./helpers/figureBase.js";

// A figure cell with a footnote mark, a year named in a since-clause, and partners asked "in order" (made-up figures).

describe("a footnote mark after a table figure", () => {
  it("is taken off the cell, typed or escaped", () => {
    expect(withoutMark("621.0*")).toBe("621.0");
    expect(withoutMark("84.6\\*")).toBe("84.6");
    expect(withoutMark("12.3 [a]")).toBe("12.3");
    expect(withoutMark("7.5†")).toBe("7.5");
    expect(withoutMark("Total*")).toBe("Total*");
  });
  it("leaves the row's figure read, in the column's unit", () => {
    const facts = factsOf([
      "Trade of the three provinces in 2031.",
      "",
      "| Province | Trade 2031 (billion yuan) | Change (%) |",
      "|---|---|---|",
      "| Anhui | 512.0* | -3.1 |",
      "| Jiangxi | 400.5 | 2.2 |",
      "",
      "\\* Revised from 509.2 billion yuan.",
    ].join("\n"), { published: "2032-02-01" });
    const anhui = facts.find((f) => f.entity === "anhui" && f.measure === "amount" && f.metric === "trade");
    expect(anhui?.value).toBe(512);
    expect(anhui?.unit).toBe("billion yuan");
  });
});

describe("a year in a since-clause", () => {
  it("is no period the text goes on in", () => {
    const facts = factsOf("Xuzhou's foreign trade reached 9 billion yuan in 2031, up 12 percent. It was the fastest growth "
      + "since the city was made a prefecture in 1990.\n\nExports rose 8 percent to 5.5 billion yuan.", { published: "2032-01-15" });
    const exports = facts.find((f) => f.metric === "exports" && f.value === 5.5);
    expect(exports?.period).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 12 });
  });
});

const { ask } = intentBase([["xuzhou-partners", "Xuzhou partners", "2032-01-15",
  "Xuzhou's foreign trade reached 9 billion yuan in 2031. By market, the European Union was Xuzhou's largest trading partner "
  + "with 2.6 billion yuan, followed by the United States with 2.1 billion yuan, ASEAN with 1.7 billion yuan and Japan "
  + "with 1.2 billion yuan."]]);

describe("partners asked in order", () => {
  it("ranks the partners' figures, not a list of names", () => {
    expect(ask("xuzhou's biggest trading partners in 2031, in order?").answer?.figures.map((f) => f.value))
      .toEqual([2.6, 2.1, 1.7, 1.2]);
  });
});
