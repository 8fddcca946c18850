import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// A table whose two-level header sets a base year beside the period's own columns ("January-September" over "Value",
// "Year on year"; "Compared with January-September 2019" over "Value in 2019", "Change on 2019"): the change on 2019 is
// the period's own, over that base, and a ranking asked "by how much they changed vs 2019" ranks only those changes.
const PAGE = `<!DOCTYPE html><html><head><title>Gansu's trade in the first three quarters</title>
<meta property="article:published_time" content="2022-10-21T10:00:00+08:00"></head><body><div class="content">
<h1>Gansu's trade in the first three quarters</h1>
<p>Gansu province's imports and exports reached 48.20 billion yuan in the first three quarters of this year, up 12.3
percent year on year and 20.4 percent higher than in the same period of 2019, Lanzhou Customs said.</p>
<table>
  <caption>Gansu's foreign trade by kind of enterprise, January-September</caption>
  <thead>
    <tr><th rowspan="2">Kind of enterprise</th><th colspan="2">January-September</th>
      <th colspan="2">Compared with January-September 2019</th></tr>
    <tr><th>Value (billion yuan)</th><th>Year on year (%)</th><th>Value in 2019 (billion yuan)</th>
      <th>Change on 2019 (%)</th></tr>
  </thead>
  <tbody>
    <tr><td>Private enterprises</td><td>21.40</td><td>9.1</td><td>18.30</td><td>16.9</td></tr>
    <tr><td>Foreign-invested enterprises</td><td>6.70</td><td>22.4</td><td>7.10</td><td>-5.6</td></tr>
    <tr><td>State-owned enterprises</td><td>19.90</td><td>13.7</td><td>15.20</td><td>30.9</td></tr>
  </tbody>
</table>
</div></body></html>`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "gansu-q1-q3-2022.html": PAGE });
}, 60_000);
afterAll(() => over.close());

describe("a change over a base year", () => {
  it("reads 'changed vs 2019' as the base of the change, not a second period to compare", () => {
    const q = parseQuestion("gansu q1-q3 2022: rank private / foreign-invested / SOEs by how much their trade changed vs 2019");
    expect(q.baseYear).toBe(2019);
    expect(q.periods).toHaveLength(1);
    expect(q.intent).toBe("rank");
  });
  it("ranks the kinds of firm by their change on 2019, from the table's base columns", async () => {
    const a = await over.ask("gansu q1-q3 2022: rank private / foreign-invested / SOEs by how much their trade changed vs 2019");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual([30.9, 16.9, -5.6]);
  });
  it("ranks them by the year-on-year change when no base year is asked", async () => {
    const a = await over.ask("gansu q1-q3 2022: rank private / foreign-invested / SOEs by trade growth");
    expect(a.figures.map((f) => f.value)).toEqual([22.4, 13.7, 9.1]);
  });
  it("answers a change asked over the base year with the change over it, never the year-on-year one", async () => {
    const total = await over.ask("gansu q1-q3 2022 trade: how much did it grow compared with the same period of 2019?");
    expect(total.figures.map((f) => f.value)).toEqual([20.4]);
    const part = await over.ask("gansu q1-q3 2022: how much did state-owned enterprises' trade change vs 2019?");
    expect(part.figures.map((f) => f.value)).toContain(30.9);
    expect(part.figures.map((f) => f.value)).not.toContain(13.7);
  });
  it("gives the value in 2019 as the same months of 2019, never the whole year", async () => {
    const a = await over.ask("gansu state-owned enterprises trade jan-sep 2019?");
    expect(a.figures.map((f) => f.value)).toContain(15.2);
    const whole = await over.ask("gansu state-owned enterprises trade in 2019 as a whole, full year?");
    expect(whole.figures.map((f) => f.value)).not.toContain(15.2);
  });
});

describe("a change over the year before", () => {
  it("is no base year: 'how many pts did it change vs 2012' of 2013 keeps both periods", () => {
    const q = parseQuestion("gansu 2013: private firms' share of exports, and how many pts did it change vs 2012?");
    expect(q.baseYear).toBeUndefined();
    expect(q.periods).toHaveLength(2);
  });
});

describe("a change over a base year, not asked", () => {
  it("never answers a question on the period's growth that names no base year", async () => {
    const page = PAGE.replace("up 12.3\npercent year on year and ", "");
    const alone = await answersOver({ "gansu-q1-q3-2022.html": page });
    try {
      const a = await alone.ask("gansu q1-q3 2022 trade growth?");
      expect(a.figures.map((f) => f.value)).not.toContain(20.4);
    } finally {
      await alone.close();
    }
  });
});
