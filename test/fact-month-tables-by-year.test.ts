// Month tables whose columns are years ("| Month | 2031 | 2030 |", "| Month | This year | Last year |") and whose caption
// names the goods with its unit ("Xingtai steel exports by month (million tonnes)"); regions ending in "America".
import { describe, expect, it } from "vitest";
import { rowPeriodInColumn } from "../facts/tables.js";
import { findEntities } from "../text/entities.js";
import { factsOf, one } from "./helpers/facts.js";

const MAY_2031 = { y1: 2031, m1: 5, y2: 2031, m2: 5 };

describe("a month's row in a column of another year", () => {
  it("takes the year a column's header names, or the year before for 'Last year'", () => {
    expect(rowPeriodInColumn(MAY_2031, "2030")).toEqual({ y1: 2030, m1: 5, y2: 2030, m2: 5 });
    expect(rowPeriodInColumn(MAY_2031, "2030 (million tonnes)")).toEqual({ y1: 2030, m1: 5, y2: 2030, m2: 5 });
    expect(rowPeriodInColumn(MAY_2031, "Last year")).toEqual({ y1: 2030, m1: 5, y2: 2030, m2: 5 });
    expect(rowPeriodInColumn(MAY_2031, "Same period last year")).toEqual({ y1: 2030, m1: 5, y2: 2030, m2: 5 });
  });

  it("keeps the row's year under a column of this year, a change or a value", () => {
    for (const h of ["This year", "2031", "Change (%)", "Change on a year earlier (%)", "Growth over the same period last year (%)",
      "Value (billion yuan)", undefined]) {
      expect(rowPeriodInColumn(MAY_2031, h)).toEqual(MAY_2031);
    }
  });

  it("files a table's months under the year of each column, with the goods its caption names before 'by month'", () => {
    const facts = factsOf([
      "Xingtai's steel shipments held up in the first half, the city's customs office said.",
      "",
      "Xingtai steel exports by month (million tonnes)",
      "",
      "| Month | 2031 | 2030 |",
      "|---|---|---|",
      "| April | 0.64 | 0.59 |",
      "| May | 0.71 | 0.52 |",
    ].join("\n"), { published: "2031-07-12" });
    expect(one(facts, 0.71)).toMatchObject({ entity: "city:xingtai", subject: "steel", measure: "count", period: MAY_2031 });
    expect(one(facts, 0.52)).toMatchObject({ subject: "steel", period: { y1: 2030, m1: 5, y2: 2030, m2: 5 } });
  });
});

describe("regions ending in America", () => {
  it("reads South, North and Central America as regions, never the United States", () => {
    const ids = (t: string) => findEntities(t).map((e) => e.id);
    expect(ids("shipments to South America reached 2.1 million tonnes")).toEqual(["partner:south-america"]);
    expect(ids("exports to North American markets fell")).toEqual(["partner:north-america"]);
    expect(ids("trade with Central American countries")).toEqual(["partner:central-america"]);
    expect(ids("exports to America rose")).toEqual(["partner:us"]);
  });
});
