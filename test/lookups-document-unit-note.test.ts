import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// A statistical digest that gives the unit of all its figures once, in a sentence of its prose: made-up digest.
const meta = { title: "Gansu's 2030 trade by city", published: "2031-02-10" };

describe("a note giving a digest's unit in its prose", () => {
  it("gives the table's bare amounts that unit, its own name in brackets after it or not", () => {
    const text = "Gansu's trade grew in 2030. All figures in this digest are in units of 100 million yuan (yi yuan); "
      + "ten units equal one billion yuan.\n\n| City | Imports and exports | YoY change (%) |\n|---|---|---|\n"
      + "| Lanzhou | 312.4 | 6.1 |\n| Tianshui | 48.7 | 9.9 |\n";
    const tianshui = factsOf(text, meta).filter((f) => f.entity === "city:tianshui");
    expect(tianshui.map((f) => [f.measure, f.value, f.unit])).toEqual(expect.arrayContaining([
      ["amount", 4.87, "billion yuan"], ["growth", 9.9, "%"]]));
  });
});
