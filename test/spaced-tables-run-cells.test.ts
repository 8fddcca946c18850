import { describe, expect, it } from "vitest";
import { pipeSpacedTables } from "../corpus/spacedTables.js";
import { factsOf, one } from "./helpers/facts.js";

// A PDF's table whose writer drew two things as one run of text: a row's label with its first figure, and two headings
// side by side. Made-up rows and figures.
describe("cells a PDF drew as one run", () => {
  it("splits a label run into its first figure when the rows beside it have that figure in a cell of its own", () => {
    const text = "Item\tValue (billion yuan)\tGrowth (%)\nWidgets\t41.2\t3.5\nGadget parts and fittings 27.9\t-1.4\n"
      + "Sprockets\t12.6\t8.8";
    expect(pipeSpacedTables(text).split("\n")).toEqual(["| Item | Value (billion yuan) | Growth (%) |",
      "| Widgets | 41.2 | 3.5 |", "| Gadget parts and fittings | 27.9 | -1.4 |", "| Sprockets | 12.6 | 8.8 |"]);
  });
  it("splits a label too long for its column, drawn into its figure with no space, after a small letter only", () => {
    const text = "Item\tValue (billion yuan)\tGrowth (%)\nWidgets\t41.2\t3.5\nParts and accessories of gadgets27.9\t-1.4\n"
      + "Sprockets\t12.6\t8.8";
    expect(pipeSpacedTables(text).split("\n")).toEqual(["| Item | Value (billion yuan) | Growth (%) |",
      "| Widgets | 41.2 | 3.5 |", "| Parts and accessories of gadgets | 27.9 | -1.4 |", "| Sprockets | 12.6 | 8.8 |"]);
    const capital = "Item\tValue (billion yuan)\tGrowth (%)\nWidgets\t41.2\t3.5\nSensors PM2.5\t-1.4\nCogs\t3.1\t0.2";
    expect(pipeSpacedTables(capital)).not.toContain("| Sensors PM | 2.5 |");
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

// A goods table giving each quantity with its unit in the cell ("27.5 mn t"), as customs briefings print them.
// Made-up rows and figures.
describe("a quantity with its unit in a cell", () => {
  const text = "3. Main goods\nGoods\tQuantity\tValue (100m yuan)\tYoY (%)\nOre imports\t31.25 mn t\t812.5\t-4.1\n"
    + "Gas imports\t12.60 bn m3\t244.0\t3.3\nLogs imports\t2.05 million m3\t61.7\t-2.2\nCar exports\t-\t93.4\t20.5\n4. Outlook";
  it("makes the rows a table under their header", () => {
    expect(pipeSpacedTables(text).split("\n").slice(1, 6)).toEqual(["| Goods | Quantity | Value (100m yuan) | YoY (%) |",
      "| Ore imports | 31.25 mn t | 812.5 | -4.1 |", "| Gas imports | 12.60 bn m3 | 244.0 | 3.3 |",
      "| Logs imports | 2.05 million m3 | 61.7 | -2.2 |", "| Car exports | - | 93.4 | 20.5 |"]);
  });
  it("reads each quantity as a count in its unit, and the value beside it as the goods' amount", () => {
    const facts = factsOf(pipeSpacedTables(`Gansu's imports, January-June 2031\n${text}`), { published: "2031-07-20" });
    expect(one(facts, 31.25)).toMatchObject({ measure: "count", unit: "million tonnes", subject: "ore", metric: "imports" });
    expect(one(facts, 12.6)).toMatchObject({ measure: "count", unit: "billion cubic metres" });
    expect(one(facts, 81.25)).toMatchObject({ measure: "amount", unit: "billion yuan", subject: "ore", metric: "imports" });
  });
});
