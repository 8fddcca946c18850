import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { findNumbers } from "../text/numbers.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Series of periods, captions and headings (made-up sentences): which period each figure is of, and what carries on.
const Y2023 = { title: "Shanxi trade by quarter", published: "2024-01-19" };
const label = (f: Fact) => (f.period ? periodLabel(f.period) : undefined);

describe("a series of periods in one sentence", () => {
  const text = "Shanxi's trade grew 4.0 percent in 2023. Trade rose 9.1 percent in the first quarter, 2.2 percent in the "
    + "second quarter, 0.7 percent in the third quarter and 4.4 percent in the fourth quarter. By value, the first quarter "
    + "recorded 40.3 billion yuan, the second 41.8 billion yuan, the third 39.9 billion yuan and the fourth 44.6 billion yuan. "
    + "The province's private enterprises traded 99.5 billion yuan, while foreign-invested enterprises traded 41.2 billion yuan.";
  // (read inside each test: extraction at collection time runs before a mutation run switches its mutant on)
  const read = () => factsOf(text, Y2023);

  it("gives each rate the period its own phrase names", () => {
    const facts = read();
    expect([9.1, 2.2, 0.7, 4.4].map((v) => label(one(facts, v)))).toEqual(
      ["Q1 2023", "April–June 2023", "July–September 2023", "October–December 2023"]);
  });

  it("reads 'the second', 'the third' after 'the first quarter' as quarters, in the flow of the text", () => {
    const facts = read();
    expect([40.3, 41.8, 39.9, 44.6].map((v) => [one(facts, v).period?.m1, one(facts, v).metric])).toEqual(
      [[1, "trade"], [4, "trade"], [7, "trade"], [10, "trade"]]);
  });

  it("carries no quarter of the series onto the sentence after it", () => {
    const facts = read();
    expect(label(one(facts, 99.5))).toBe("2023");
  });

  it("gives a clause naming no one the place an earlier clause referred back to", () => {
    const facts = read();
    expect([one(facts, 41.2).entity, one(facts, 41.2).subject]).toEqual(["shanxi", "foreign-invested enterprises"]);
  });
});

describe("tables under captions, in undated bulletins", () => {
  const bulletin = "Taiyuan Customs\nMonthly bulletins\n\nJanuary-March 2024\n\nIn the first quarter, Shanxi's trade reached "
    + "38.2 billion yuan.\n\nMain cities, January-March 2024 (100 million yuan)\n\n| City | Imports and exports | Growth (%) |\n"
    + "| Taiyuan | 190.4 | 3.5 |\n| Datong | 40.8 | -1.9 |";
  const read = () => factsOf(bulletin);

  it("takes a heading's year for an undated text's periods", () => {
    const facts = read();
    expect(one(facts, 38.2).period).toEqual({ y1: 2024, m1: 1, y2: 2024, m2: 3 });
  });

  it("reads a sentence with a figure of its own as a sentence, not as a caption, though it ends in a unit", () => {
    const own = factsOf("Shanxi's exports rose 5 percent to 26.1 (billion yuan).", { title: "Shanxi", published: "2024-04-20" });
    expect(one(own, 5).measure).toBe("growth");
  });

  it("takes a caption's unit for the table's amounts, and no figure from the caption", () => {
    const facts = read();
    const taiyuan = one(facts, 19.04);
    expect([taiyuan.entity, taiyuan.metric, taiyuan.measure, taiyuan.unit, label(taiyuan)])
      .toEqual(["city:taiyuan", "trade", "amount", "billion yuan", "Q1 2024"]);
    expect(facts.some((f) => f.value === 100)).toBe(false);
  });
});

describe("a quarter named as the year's last", () => {
  it("reads 'the final quarter of 2023' as October–December 2023", () => {
    expect(one(factsOf("Shanxi's trade grew 4.4 percent in the final quarter of 2023.", Y2023), 4.4).period)
      .toEqual({ y1: 2023, m1: 10, y2: 2023, m2: 12 });
  });
});

describe("a rate written with its sign", () => {
  it("reads '-2.3 percent' and '(−1.9%)' as falls, and leaves a range '2-3 percent' alone", () => {
    expect(findNumbers("growth of -2.3 percent, (−1.9%), and 2-3 percent").map((n) => [n.value, n.text]))
      .toEqual([[-2.3, "-2.3 percent"], [-1.9, "−1.9%"]]);
  });
});

describe("changes measured in another currency", () => {
  const text = "Jiangsu's imports and exports totaled 4.75 trillion yuan in 2023, up 0.9 percent. In US dollar terms, trade reached "
    + "674.2 billion dollars, down 4.1 percent. Exports were 3.06 trillion yuan, up 1.6 percent, or 434.9 billion dollars, down "
    + "3.3 percent in dollar terms.";
  const read = () => factsOf(text, { title: "Jiangsu trade", published: "2024-01-20" });

  it("marks a change 'in dollar terms' so, when the phrase opens its clause or follows the change", () => {
    const facts = read();
    expect([-4.1, -3.3].map((v) => one(facts, v).qualifier)).toEqual(["in dollar terms", "in dollar terms"]);
  });

  it("leaves the changes in yuan beside them unmarked", () => {
    const facts = read();
    expect([0.9, 1.6].map((v) => one(facts, v).qualifier)).toEqual([undefined, undefined]);
  });
});

describe("flows listed before their figures", () => {
  const ratesOf = (text: string) => factsOf(text, { title: "Gansu trade", published: "2024-01-20" })
    .map((f) => [f.metric, f.value]);

  it("maps 'imports, exports and total trade rose by A, B and C percent' in order, with or without 'respectively'", () => {
    const expected = [["imports", 37.7], ["exports", 18.8], ["trade", 62.1]];
    expect(ratesOf("In 2023, Gansu's imports, exports and total trade rose by 37.7, 18.8 and 62.1 percent.")).toEqual(expected);
    expect(ratesOf("In 2023, Gansu's imports, exports and total trade rose by 37.7, 18.8 and 62.1 percent respectively."))
      .toEqual(expected);
  });

  it("maps 'exports and imports grew A percent and B percent' to each flow, not to total trade", () => {
    expect(ratesOf("In 2023, Gansu's exports and imports grew 18.8 percent and 37.7 percent.")).toEqual(
      [["exports", 18.8], ["imports", 37.7]]);
  });

  it("does not map figures onto flows of another clause", () => {
    expect(ratesOf("In 2023, Gansu's imports and exports grew 18.8 percent, and exports rose 5 percent and 7 percent."))
      .toEqual([["trade", 18.8], ["exports", 5], ["exports", 7]]);
  });
});

describe("a series whose sentence names another period first", () => {
  it("counts 'the second', 'the third' from the quarter the series opens with, not from the year before it", () => {
    const facts = factsOf("Shanxi's trade grew in 2023. In 2023, by value, the first quarter recorded 40.3 billion yuan, the second "
      + "41.8 billion yuan and the third 39.9 billion yuan.", Y2023);
    expect([40.3, 41.8, 39.9].map((v) => label(one(facts, v)))).toEqual(["Q1 2023", "April–June 2023", "July–September 2023"]);
  });
  it("reads 'the second' after 'the first half' as the second half", () => {
    const facts = factsOf("Shanxi's trade grew in 2023. By value, the first half recorded 80.1 billion yuan and the second 82.6 "
      + "billion yuan.", Y2023);
    expect([80.1, 82.6].map((v) => [label(one(facts, v)), one(facts, v).metric]))
      .toEqual([["first half of 2023", "trade"], ["second half of 2023", "trade"]]);
  });
});
