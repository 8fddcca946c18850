import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// A table whose "Value" column gets its unit only from a note under the table (notedUnits). Made-up ports and figures.
const TABLE = [
  "LANXI CUSTOMS DISTRICT",
  "Cargo handled at major ports, January-December 2031",
  "| Port | Freight (t) | Freight yoy % | Value | Value yoy % |",
  "| Xibei (road) | 6,812,500 | 5.5 | 482.5 | 8.5 |",
  "| Nanhe railway | 2,956,500 | -6.5 | 285.5 | -3.5 |",
  "| Total | 9,769,000 | 2.5 | 768.0 | 4.5 |",
].join("\n");
const META = { title: "Lanxi Customs statistical bulletin", published: "2032-01-26" };
// (the table's own figures: the rows above the note)
const values = (text: string) => factsOf(text, META)
  .filter((f) => f.measure === "amount" && f.unit.includes("yuan") && f.start < TABLE.length)
  .map((f) => [f.entity, f.value, f.unit]);

describe("a note under a table that gives a column's unit", () => {
  it("gives the 'Value' column its unit", () => {
    const text = `${TABLE}\nNotes: Freight in tonnes; value in 100 million yuan; growth rates year on year, in percent.`;
    expect(values(text)).toEqual([
      ["zone:Xibei road port", 48.25, "billion yuan"], ["zone:Nanhe railway port", 28.55, "billion yuan"],
      ["city:lanxi", 76.8, "billion yuan"],
    ]);
  });
  it("gives every unit-less column the unit of 'values in …'", () => {
    const text = `${TABLE}\n\nNote: values in 100 million yuan.`;
    expect(values(text).map(([, v]) => v)).toContain(48.25);
  });
  it("gives every unit-less column the unit of a 'Unit:' line with a source after it", () => {
    const text = `${TABLE}\n\n*Unit: 100 million yuan. Source: Lanxi Customs; city statistics bureau.*`;
    expect(values(text).map(([, v]) => v)).toEqual([48.25, 28.55, 76.8]);
  });
  it("reads each column's unit from a 'Unit:' note of several clauses", () => {
    const text = `${TABLE}\nUnit: freight in 10,000 tonnes; value in 100 million yuan.`;
    expect(values(text).map(([, v]) => v)).toEqual([48.25, 28.55, 76.8]);
  });
  it("reads no unit from a note that is not right under the table", () => {
    const text = `${TABLE}\n\nThe ports grew.\n\nNotes: value in 100 million yuan.`;
    expect(values(text)).toEqual([]);
  });
  it("reads no unit into a column of rates", () => {
    const text = `${TABLE}\nNotes: value yoy in 100 million yuan.`;
    expect(values(text)).toEqual([]);
  });
});
