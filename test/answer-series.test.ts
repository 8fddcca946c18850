import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Whole answers over a made-up undated bulletin (sections by heading, a table under a caption) and an article with a
// quarterly series: no evaluation set's place, person or number.

const BULLETIN = `Nanchang Customs
Monthly Foreign Trade Bulletins

January-March 2024

In the first quarter of 2024, Jiangxi's imports and exports totaled 141.6 billion yuan, up 3.3 percent year on year.

Main cities, January-March 2024 (100 million yuan)

City          Imports and exports    Growth (%)
Nanchang            520.3               2.1
Ganzhou             240.9              12.4
Jiujiang            180.2              -1.5
`;

const SERIES = `---
title: "Guangxi's trade by quarter in 2023"
published: "2024-01-20"
---
Guangxi's foreign trade totaled 693.6 billion yuan in 2023, up 1.5 percent, Nanning Customs said. Trade rose 8.2 percent in the first quarter, 0.9 percent in the second quarter, -2.3 percent in the third quarter and 0.4 percent in the fourth quarter.

By value, the first quarter recorded 165.1 billion yuan, the second 171.2 billion yuan, the third 175.9 billion yuan and the fourth 181.4 billion yuan.
`;

const CURRENCIES = `---
title: "Jiangsu's foreign trade in 2023"
published: "2024-01-20"
---
Jiangsu's imports and exports totaled 4.75 trillion yuan in 2023, up 0.9 percent. In US dollar terms, trade reached 674.2 billion dollars, down 4.1 percent.
`;

const DOLLARS_FIRST = `---
title: "Qinghai's foreign trade in 2024"
published: "2025-01-20"
---
Qinghai's imports and exports totaled US$1.4 billion (about 9.9 billion yuan) in 2024. Imports were 2.2 billion yuan.
`;

const MONTHS_WIDE = `---
title: "Changzhou monthly trade, first quarter of 2024"
published: "2024-04-20"
---
Changzhou's foreign trade in the first quarter of 2024 is shown below (billion yuan).

| Flow | January | February | March |
|---|---|---|---|
| Exports | 21.1 | 14.8 | 23.4 |
| Imports | 10.2 | 8.9 | 11.7 |
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "bulletin.txt": BULLETIN, "series.md": SERIES, "currencies.md": CURRENCIES,
    "months-wide.md": MONTHS_WIDE, "dollars-first.md": DOLLARS_FIRST }));
});
afterAll(() => close());

describe("a bulletin's table of cities under a caption", () => {
  it("answers a city's figure from the table, in the caption's unit and period", async () => {
    const a = await ask("What was Ganzhou's trade in Q1 2024?");
    expect(a.figures[0]).toMatchObject({ value: 24.09, unit: "billion yuan" });
  });

  it("ranks the province's cities when the question asks which one", async () => {
    const a = await ask("Which Jiangxi city had the highest trade growth in Q1 2024?");
    expect(a.answer).toMatch(/1\. Ganzhou 12\.4%; 2\. Nanchang 2\.1%; 3\. Jiujiang -1\.5%/);
  });

  it("works out a city's share of the province from the table and the text", async () => {
    const a = await ask("What share of Jiangxi's Q1 2024 trade did Nanchang account for?");
    expect(a.figures.find((f) => f.computed)).toMatchObject({ value: 36.74 });
  });
});

describe("a quarterly series", () => {
  it("answers a quarter named only by its ordinal", async () => {
    const a = await ask("What was Guangxi's trade in the third quarter of 2023?");
    expect(a.figures[0]).toMatchObject({ value: 175.9 });
  });

  it("ranks the quarters by growth, each with its own rate", async () => {
    const a = await ask("Which quarter of 2023 saw Guangxi's fastest trade growth?");
    expect(a.answer).toMatch(/1\. Q1 2023 8\.2%; 2\. April–June 2023 0\.9%; 3\. October–December 2023 0\.4%; 4\. July–September 2023 -2\.3%/);
  });

  it("does not take the office that gave the figures for a place the question asks about", async () => {
    const a = await ask("How much did Nanning trade in 2023?");
    expect(a.abstained).toBe(true);
  });
});

describe("two currencies", () => {
  it("answers in the currency asked when the documents state it", async () => {
    expect((await ask("What was Jiangsu's trade in 2023 in dollars?")).figures[0]).toMatchObject({ value: 674.2 });
    expect((await ask("What was Jiangsu's trade in 2023?")).figures[0]).toMatchObject({ value: 4.75 });
  });

  it("answers a change in dollar terms with the change measured in dollars", async () => {
    expect((await ask("How much did Jiangsu's trade grow in dollar terms in 2023?")).figures[0]).toMatchObject({ value: -4.1 });
  });

  it("works out one flow from a total stated in dollars with yuan beside it, in yuan", async () => {
    const a = await ask("What were Qinghai's exports in 2024?");
    expect(a.figures[0]).toMatchObject({ value: 7.7, unit: "billion yuan", computed: true });
  });

  it("never gives the change in dollar terms for one asked plainly or in yuan", async () => {
    for (const q of ["How much did Jiangsu's trade grow in 2023?", "How much did Jiangsu's trade grow in yuan terms in 2023?"]) {
      expect((await ask(q)).figures.map((f) => f.value)).not.toContain(-4.1);
    }
  });
});

describe("a table with a column per month, its unit in the sentence above", () => {
  it("answers a month's flow from its column", async () => {
    expect((await ask("What were Changzhou's exports in February 2024?")).figures[0]).toMatchObject({ value: 14.8 });
  });

  it("works out a month's total trade from its two flows, and a quarter from its three months", async () => {
    const march = await ask("What was Changzhou's total trade in March 2024?");
    expect(march.figures[0]).toMatchObject({ value: 35.1, computed: true });
    expect(march.answer).toMatch(/23\.4 \+ 11\.7 = 35\.1/);
    const quarter = await ask("What were Changzhou's imports in the first quarter of 2024?");
    expect(quarter.figures[0]).toMatchObject({ value: 30.8, computed: true });
  });

  it("works out a half from its two quarters", async () => {
    const a = await ask("What was Guangxi's trade in the first half of 2023?");
    expect(a.figures[0]).toMatchObject({ value: 336.3, computed: true });
  });
});
