import { describe, expect, it } from "vitest";
import { pipeSpacedTables } from "../corpus/spacedTables.js";

// A PDF's table whose writer drew two things as one run of text: a row's label with its first figure, and two headings
// side by side. Made-up rows and figures.
describe("cells a PDF drew as one run", () => {
  it("splits a label run into its first figure when the rows beside it have that figure in a cell of its own", () => {
    const text = "Item\tValue (billion yuan)\tGrowth (%)\nWidgets\t41.2\t3.5\nGadget parts and fittings 27.9\t-1.4\n"
      + "Sprockets\t12.6\t8.8";
    expect(pipeSpacedTables(text).split("\n")).toEqual(["| Item | Value (billion yuan) | Growth (%) |",
      "| Widgets | 41.2 | 3.5 |", "| Gadget parts and fittings | 27.9 | -1.4 |", "| Sprockets | 12.6 | 8.8 |"]);
  });
  it("leaves a label ending in a number alone when no row beside it is a cell wider", () => {
    const text = "Zone\tGrowth (%)\nPhase 2\t3.5\nPhase 3\t4.1";
    expect(pipeSpacedTables(text).split("\n")).toEqual(["| Zone | Growth (%) |", "| Phase 2 | 3.5 |", "| Phase 3 | 4.1 |"]);
  });
  it("splits two headings run into one cell when the header is then as wide as its rows", () => {
    const text = "Crossing\tCargo (10,000 t) YoY (%)\tValue (100m yuan)\tYoY (%)\nNorthgate\t81.4\t6.2\t33.0\t-2.5";
    expect(pipeSpacedTables(text).split("\n")[0]).toBe("| Crossing | Cargo (10,000 t) | YoY (%) | Value (100m yuan) | YoY (%) |");
  });
  it("keeps a header a cell short as the label column's heading left out, when no cell holds two headings", () => {
    const text = "\t2030\t2031\nExports\t10.2\t11.5\nImports\t8.1\t7.9";
    expect(pipeSpacedTables(text).split("\n")[0]).toBe("|  | 2030 | 2031 |");
  });
});
