import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";
import { periodLabel } from "../text/periods.js";
import { splitAsks } from "../retrieval/asks.js";

// A table of months with each month's value beside the year so far ("Cumulative value", "Cumulative growth"): the
// cumulative cells are of January to the row's month, the month's own cell of the month. Made-up text.
const TEXT = `Zhuzhou's foreign trade in 2031 was 88.5 billion yuan, up 3.3 percent.
Table 2. Zhuzhou imports and exports by month, 2031 (billion yuan; cumulative growth, %)
| Month | Value of the month | Cumulative value | Cumulative growth (%) |
| January | 7.01 | 7.01 | 5.5 |
| February | 6.02 | 13.03 | 4.4 |
| March | 7.77 | 20.80 | 3.9 |`;

describe("a month's row with cumulative columns", () => {
  const at = (value: number) => {
    const f = factsOf(TEXT, { published: "2032-01-20" }).filter((x) => x.value === value);
    return f.map((x) => `${x.measure} ${periodLabel(x.period!)}`);
  };
  it("gives the month's own value for the month", () => {
    expect(at(7.77)).toEqual(["amount March 2031"]);
  });
  it("gives the cumulative value and growth for January to the month", () => {
    expect(at(13.03)).toEqual(["amount January–February 2031"]);
    expect(at(3.9)).toEqual(["growth Q1 2031"]);
    expect(at(4.4)).toEqual(["growth January–February 2031"]);
  });
});

describe("a month's value asked with the cumulative growth to that month", () => {
  it("is two asks, the growth in its own period, of the first ask's year", () => {
    expect(splitAsks("zhuzhou march 2031 trade value, and cumulative yoy growth jan-mar?"))
      .toEqual(["zhuzhou march 2031 trade value", "cumulative yoy growth jan-mar 2031 in zhuzhou?"]);
  });
  it("takes the year of the period the first ask asks, not of the one it is compared with", () => {
    expect(splitAsks("hebi's exports in 2031 vs 2030, and growth in q4?")?.[1]).toMatch(/q4 2031/i);
  });
  it("stays one ask when the tail is no measure alone, or names no period", () => {
    expect(splitAsks("zhuzhou march 2031 exports and imports growth jan-mar?")).toHaveLength(1);
    expect(splitAsks("zhuzhou trade value in march 2031, and growth?")).toHaveLength(2);
    expect(splitAsks("zhuzhou trade value in march 2031 and its growth")).toHaveLength(1);
  });
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => { ask = await answersOver({ "zhuzhou.md": `---\npublished: "2032-01-20"\n---\n${TEXT}\n` }); });
  afterAll(() => ask.close());
  it("answers the month's value and the cumulative growth, nothing left out", async () => {
    const a = await ask.ask("zhuzhou march 2031 trade value, and cumulative yoy growth jan-mar?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual([7.77, 3.9]);
  });
});
