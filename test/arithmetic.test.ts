// The arithmetic behind computed figures (retrieval/figures/arithmetic.ts), on its own and through solve().
import { describe, expect, it } from "vitest";
import { chunkDocument } from "../corpus/chunk.js";
import type { CorpusDocument } from "../corpus/types.js";
import { extractDocumentFacts } from "../facts/extract.js";
import { common, fmt, percentOf, ratio, round, sameUnit, signed } from "../retrieval/figures/arithmetic.js";
import { figureIndex } from "../retrieval/figures/base.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { solve } from "../retrieval/figures/solve.js";
import type { Fact } from "../text/terms.js";

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** A fact as the extractor makes it: "1.62 trillion yuan" is value 1.62, unit "trillion yuan", scale 1e12. */
function fact(value: number, unit: string, over: Partial<Fact> = {}): Fact {
  const scale = SCALES[unit.split(" ")[0]!] ?? 1;
  return {
    id: `f${value}`, docId: "d", passageId: "d#0", start: 0, end: 1, valueStart: 0, valueEnd: 1, entity: "hubei",
    metric: "trade", measure: "amount", value, unit, scale, ...over,
  };
}

describe("round, fmt and signed", () => {
  it("round keeps two decimals unless told otherwise, rounding half away from zero for positives", () => {
    expect(round(148.084)).toBe(148.08);
    expect(round(148.085)).toBe(148.09);
    expect(round(1.23456, 3)).toBe(1.235);
    expect(round(-905.344)).toBe(-905.34);
  });
  it("fmt shows up to 4 decimals below 10 (either sign) and 2 from 10, without trailing zeros", () => {
    expect(fmt(0.123456)).toBe("0.1235");
    expect(fmt(-3.14159)).toBe("-3.1416");
    expect(fmt(9.99994)).toBe("9.9999");
    expect(fmt(10.126)).toBe("10.13");
    expect(fmt(-12.3456)).toBe("-12.35");
    expect(fmt(2.5)).toBe("2.5");
    expect(fmt(4249.5)).toBe("4249.5");
  });
  it("signed brackets a negative number with a minus sign, and leaves others as fmt shows them", () => {
    expect(signed(-2)).toBe("(−2)");
    expect(signed(-0.12345)).toBe("(−0.1235)");
    expect(signed(3)).toBe("3");
    expect(signed(0)).toBe("0");
  });
});

describe("common", () => {
  // regression: a common() that ignored scale made 5.1 trillion − 850.5 billion a deficit of −845.4
  it("puts a trillion and a billion amount in billions, whichever comes first", () => {
    const t = fact(5.1, "trillion yuan"), b = fact(850.5, "billion yuan");
    expect(common(t, b)).toEqual({ unit: "billion yuan", scale: 1e9, va: 5100, vb: 850.5 });
    expect(common(b, t)).toEqual({ unit: "billion yuan", scale: 1e9, va: 850.5, vb: 5100 });
  });
  it("leaves two amounts of one scale as they are", () => {
    expect(common(fact(389.14, "billion yuan"), fact(241.06, "billion yuan")))
      .toEqual({ unit: "billion yuan", scale: 1e9, va: 389.14, vb: 241.06 });
  });
  it("converts millions to a billion's scale down, not up", () => {
    expect(common(fact(2, "billion yuan"), fact(300, "million yuan")))
      .toEqual({ unit: "million yuan", scale: 1e6, va: 2000, vb: 300 });
  });
});

describe("sameUnit", () => {
  it("ignores the scale word, not the currency or the kind of unit", () => {
    expect(sameUnit(fact(1.62, "trillion yuan"), fact(401.19, "billion yuan"))).toBe(true);
    expect(sameUnit(fact(3, "thousand yuan"), fact(2, "million yuan"))).toBe(true);
    expect(sameUnit(fact(1, "billion yuan"), fact(1, "billion US dollars"))).toBe(false);
    expect(sameUnit(fact(5, "percent", { measure: "growth" }), fact(7, "percent", { measure: "growth" }))).toBe(true);
    expect(sameUnit(fact(5, "percent"), fact(5, "billion yuan"))).toBe(false);
  });
  it("takes the scale word only at the start, however spaced; inside a unit it is part of it", () => {
    expect(sameUnit(fact(1, "yuan per thousand tonnes"), fact(1, "yuan per tonnes"))).toBe(false);
    expect(sameUnit(fact(1, "yuan per tonnes"), fact(1, "yuan per thousand tonnes"))).toBe(false);
    expect(sameUnit(fact(1, "billion  yuan"), fact(1, "yuan"))).toBe(true);
    expect(sameUnit(fact(1, "yuan"), fact(1, "billion  yuan"))).toBe(true);
  });
});

describe("ratio", () => {
  it("divides across scales and shows the formula in the common unit", () => {
    expect(ratio(fact(1.62, "trillion yuan"), fact(401.19, "billion yuan")))
      .toEqual({ value: 4.04, formula: "1620 ÷ 401.19 = 4.04 times" });
    expect(ratio(fact(241.06, "billion yuan"), fact(389.14, "billion yuan")))
      .toEqual({ value: 0.62, formula: "241.06 ÷ 389.14 = 0.62 times" });
  });
  it("refuses rates, other currencies and a zero divisor", () => {
    expect(ratio(fact(5, "percent", { measure: "growth" }), fact(2, "percent", { measure: "growth" }))).toBeUndefined();
    expect(ratio(fact(5, "billion yuan"), fact(2, "percent", { measure: "growth" }))).toBeUndefined();
    expect(ratio(fact(5, "billion yuan"), fact(2, "billion US dollars"))).toBeUndefined();
    expect(ratio(fact(5, "billion yuan"), fact(0, "billion yuan"))).toBeUndefined();
    // a change stated in yuan ("up 5 billion yuan") is not an amount to divide, on either side
    expect(ratio(fact(5, "billion yuan", { measure: "growth" }), fact(2, "billion yuan"))).toBeUndefined();
    expect(ratio(fact(5, "billion yuan"), fact(2, "billion yuan", { measure: "growth" }))).toBeUndefined();
  });
});

describe("percentOf", () => {
  it("is a share in percent across scales, with the formula", () => {
    expect(percentOf(fact(401.19, "billion yuan"), fact(1.62, "trillion yuan")))
      .toEqual({ value: 24.76, formula: "401.19 ÷ 1620 × 100 = 24.76%" });
    expect(percentOf(fact(3, "billion yuan"), fact(4, "billion yuan"))).toEqual({ value: 75, formula: "3 ÷ 4 × 100 = 75%" });
  });
});

describe("a computed figure across scales, through solve()", () => {
  const doc: CorpusDocument = {
    id: "henan", meta: { title: "henan", source: "henan.txt", published: "2024-02-01" }, hash: "henan",
    text: "In 2023, Henan's exports reached 5.1 trillion yuan, while its imports came to 850.5 billion yuan, "
      + "the provincial customs said.",
  };
  const b = figureIndex(extractDocumentFacts(doc, chunkDocument(doc)), [doc]);
  it("computes a surplus from exports in trillions and imports in billions", () => {
    const r = solve(parseQuestion("what was henan's trade surplus in 2023?", { groups: b.groups }), b);
    expect(r.status).toBe("answered");
    expect(r.figures[0]).toMatchObject({
      value: 4249.5, unit: "billion yuan", computed: true, formula: "5100 − 850.5 = 4249.5 billion yuan",
    });
  });
});
