import type { Fact } from "../text/terms.js";
import { beforeEach, describe, expect, it } from "vitest";
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
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf(TEXT, { published: "2022-01-25" }); });
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

describe("a table a sentence naming a partner leads into", () => {
  const text = (lead: string) => `Yunnan's trade with Chile rose 12.1 percent to 20.4 billion yuan in 2023.
${lead}
| Quarter | Value (billion yuan) | YoY change |
| Q1 | 4.67 | +35.8% |
| Q2 | 5.95 | +7.4% |
Yunnan's exports rose 3.2 percent.`;
  it("gives the rows the partner of 'Quarterly trade with Chile was as follows:', and the text after none", () => {
    const facts = factsOf(text("Quarterly trade with Chile was as follows:"), { published: "2024-01-25" });
    expect([one(facts, 5.95).partner, one(facts, 7.4).partner, one(facts, 5.95).entity])
      .toEqual(["partner:cl", "partner:cl", "yunnan"]);
    expect(one(facts, 3.2).partner).toBeUndefined();
  });
  it("gives them none when the sentence before states a figure of its own", () => {
    const facts = factsOf(text("Exports to Chile rose 2 percent; the quarters:"), { published: "2024-01-25" });
    expect(one(facts, 5.95).partner).toBeUndefined();
  });
});
