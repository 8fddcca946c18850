import type { Fact } from "../text/terms.js";
import { beforeEach, describe, expect, it } from "vitest";
import { parseMarkdown } from "../corpus/formats/markdown.js";
import { pipeSpacedTables } from "../corpus/spacedTables.js";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// A table of months a look-up reads a month's figure from (stop 28): one laid out in columns inside a Markdown code
// fence, under a header of two lines (labels over units), whose column names the goods before the flow. Made-up table.

const COLUMNS = [
  "Month        Copper ore imports     Value",
  "             (10,000 tonnes)        (100 million yuan)",
  "January           112.6                  18.7",
  "May               120.7                  21.1",
];

describe("a header of labels over a line of units", () => {
  it("is one header, each label with its unit", () => {
    expect(pipeSpacedTables(COLUMNS.join("\n")).split("\n").filter((l) => l.startsWith("|"))[0])
      .toBe("| Month | Copper ore imports (10,000 tonnes) | Value (100 million yuan) |");
  });
});

describe("a table in a Markdown code fence", () => {
  it("keeps a fence of columns of figures as table rows, and still drops code", () => {
    const { body } = parseMarkdown(`Monthly figures:\n\n\`\`\`\n${COLUMNS.join("\n")}\n\`\`\`\n\n\`\`\`js\nconst a = 1;\n\`\`\`\n`);
    expect(body).toContain("| May | 120.7 | 21.1 |");
    expect(body).not.toContain("const a");
  });
});

describe("a column naming goods before its flow", () => {
  const table = pipeSpacedTables(COLUMNS.join("\n"));
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf(`Jinchang's imports reached 9.1 billion yuan in 2012.\n${table}`, { published: "2012-07-19" }); });
  it("gives each month's quantity and value to the goods, never to the place's imports", () => {
    const may = facts.filter((f) => f.period && periodLabel(f.period) === "May 2012");
    expect(may.map((f) => [f.measure, f.metric, f.subject])).toEqual([["count", "imports", "copper ore"], ["amount", "imports", "copper ore"]]);
    expect(one(facts, 2.11).unit).toBe("billion yuan");
  });
});
