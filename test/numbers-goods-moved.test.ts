import { describe, expect, it } from "vitest";
import { findNumbers } from "../text/numbers.js";

const units = (text: string) => findNumbers(text).map((n) => [n.value, n.kind, n.unit]);

// Made-up sentences: a figure a flow verb moved, followed by goods no word list names, is a count of those goods.
describe("goods counted after a flow verb (text/numbers.ts GOODS_MOVED)", () => {
  it("counts the goods a flow verb moved, whatever their noun", () => {
    expect(units("Gansu exported 1.18 million automobiles in 2041.")[0]).toEqual([1.18, "count", "million automobiles"]);
    expect(units("The city shipped 45,000 motorcycles to Africa last year.")[0]).toEqual([45000, "count", "motorcycles"]);
    expect(units("It imported nearly 2.4 million refrigerators, worth 3.1 billion yuan.")[0])
      .toEqual([2.4, "count", "million refrigerators"]);
  });
  it("leaves money and figures with no goods after them as they were", () => {
    expect(units("Gansu exported 2.3 billion yuan of goods in 2041.")[0]).toEqual([2.3, "money", "billion yuan"]);
    expect(units("Gansu exported 3.5 billion in goods in 2041.")[0]?.[1]).not.toBe("count");
    expect(units("Gansu exported 1.18 million automobile parts in 2041.")[0]).toEqual([1.18, "count", "million automobile parts"]);
    // (no flow verb before the figure: no count read from the noun alone)
    expect(units("The fund raised 1.18 million automobiles.")[0]?.[1]).not.toBe("count");
  });
});
