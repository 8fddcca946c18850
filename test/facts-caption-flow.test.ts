import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A table whose caption names one flow ("Table 7: Exports by Trade Mode and Major Categories") is of that flow in every
// row that names none, under a "Total exports" row too; a caption naming trade, or rows naming the other flow, leave
// the rows as they were. Made-up place and figures.
const text = (caption: string, rows: string) => `Zigong statistical communique 2031

In 2031, Zigong's total imports and exports reached 23.5 billion US dollars, up 4.1 percent.

${caption}

| Item | Value (USD 100 million) | Growth (%) |
|---|---|---|
${rows}
`;
const ROWS = "| Total exports | 125.7 | 20.4 |\n| General trade | 63.4 | 24.5 |\n| High and new technology products | 19.3 | 16.7 |";

describe("a table caption's one flow", () => {
  it("is the flow of the mode and goods rows, the 'trade' of 'trade mode' naming none", () => {
    const facts = factsOf(text("Table 7: Exports by Trade Mode and Major Categories, 2031", ROWS), { published: "2032-01-01" });
    expect(one(facts, 6.34)).toMatchObject({ metric: "exports", subject: "general trade" });
    expect(one(facts, 1.93)).toMatchObject({ metric: "exports", subject: "high-tech products" });
    expect(one(facts, 16.7).metric).toBe("exports");
  });
  it("is an imports caption's too", () => {
    const rows = "| Total imports | 88.1 | 9.9 |\n| Iron ore | 17.4 | 11.6 |";
    const facts = factsOf(text("Table 3: Imports of Major Commodities, 2031", rows), { published: "2032-01-01" });
    expect(one(facts, 1.74).metric).toBe("imports");
  });
  it("is the next table's when its caption follows a table", () => {
    const second = "\nTable 8: Imports of Major Commodities, 2031\n\n| Item | Value (USD 100 million) | Growth (%) |\n"
      + "|---|---|---|\n| Total imports | 88.1 | 9.9 |\n| Iron ore | 17.4 | 11.6 |\n";
    const facts = factsOf(text("Table 7: Exports by Major Categories, 2031", ROWS) + second, { published: "2032-01-01" });
    expect(one(facts, 1.93).metric).toBe("exports");
    expect(one(facts, 1.74).metric).toBe("imports");
  });
  it("is none when the caption names trade", () => {
    const facts = factsOf(text("Table 7: Imports and Exports by Major Categories, 2031", ROWS.replace("Total exports", "Total")),
      { published: "2032-01-01" });
    expect(one(facts, 1.93).metric).toBe("trade");
  });
  it("is none when the rows name the other flow", () => {
    const rows = "| Imports | 125.7 | 20.4 |\n| High and new technology products | 19.3 | 16.7 |";
    const facts = factsOf(text("Table 7: Exports by Major Categories, 2031", rows), { published: "2032-01-01" });
    expect(one(facts, 1.93).metric).not.toBe("exports");
  });
});
