import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// A table of quarters whose unit is written short ("100 mn yuan"), and a sentence comparing two quarters of the
// text's year: the figures after it are of the year again. Made-up text.
const TEXT = `In 2021, the foreign trade of Qinghai totaled 3.41 billion yuan, down 12.3 percent.
Table 1. Qinghai's foreign trade by quarter, 2021
| Quarter | Value (100 mn yuan) | Year-on-year (%) |
| Q1 | 7.2 | -20.4 |
| Q2 | 8.1 | -15.5 |
| Q3 | 9.0 | -10.1 |
| Q4 | 9.8 | -4.6 |
| Full year | 34.1 | -12.3 |

After a fall of 20.4 percent in the first quarter, the decline narrowed to 4.6 percent in the fourth quarter. General trade totaled 2.96 billion yuan, down 11.1 percent.`;

describe("a table of quarters in \"100 mn yuan\"", () => {
  const facts = factsOf(TEXT, { published: "2022-01-25" });
  it("gives each quarter's amount, restated in billions, and its change", () => {
    const q4 = facts.filter((f) => f.period && periodLabel(f.period).startsWith("October") && f.measure === "amount");
    expect(q4.map((f) => [f.value, f.unit])).toContainEqual([0.98, "billion yuan"]);
    expect(facts.some((f) => f.value === -4.6 && f.metric === "trade" && f.period && periodLabel(f.period).startsWith("October")))
      .toBe(true);
  });
  it("and a sentence on two of the year's quarters leaves the figures after it in the year", () => {
    expect(periodLabel(one(facts, 2.96).period!)).toBe("2021");
  });
});
