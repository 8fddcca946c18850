import { describe, expect, it } from "vitest";
import { findNumbers } from "../text/numbers.js";

// Quantities written with their unit's symbol, as tables and bulletins print them ("27.5 mn t", "3.1 bn m3").
// Made-up figures.
const first = (text: string) => findNumbers(text)[0];

describe("a quantity's unit written as its symbol", () => {
  it.each([
    ["31.25 mn t", 31.25, "million tonnes", "31.25 mn t"],
    ["4.2 million t of ore", 4.2, "million tonnes", "4.2 million t"],
    ["12.6 bn m3", 12.6, "billion cubic metres", "12.6 bn m3"],
    ["2.05 million cu m of logs", 2.05, "million cubic metres", "2.05 million cu m"],
    ["870,000 m3", 870000, "cubic metres", "870,000 m3"],
    ["5.5 million t\nNext line", 5.5, "million tonnes", "5.5 million t"],
  ])("%s is a count in %s", (text, value, unit, covered) => {
    expect(first(text)).toMatchObject({ kind: "count", value, unit, text: covered });
  });

  it("never reads a lone 't' without a scale, nor a word starting with it, as tonnes", () => {
    expect(first("grew 3 t")).toBeUndefined();
    expect(first("sold 4.1 million t-shirts")?.unit).not.toBe("million tonnes");
    // (nor in a row run together with single spaces, whose columns are not known)
    expect(first("Ore imports 1.37 million t 4.05 21.4")?.unit).not.toBe("million tonnes");
  });
});
