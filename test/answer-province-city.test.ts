import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A province's HTML report (a table of products, a count of partners, its cities' figures) and a city's own article,
// all made up (no evaluation set's place, person or number), asked across both.

const PROVINCE = `<html><head><title>Fujian foreign trade in the first half of 2025</title><meta name="date" content="2025-07-16"></head>
<body>
<h1>Fujian foreign trade in the first half of 2025</h1>
<p>Fuzhou, July 15 -- Fujian's imports and exports reached 1.02 trillion yuan in the first half of 2025, up 4.1 percent year on year, accounting for 4.9 percent of the national total, Fuzhou Customs said.</p>
<table>
<tr><th>Product</th><th>Exports (billion yuan)</th><th>Year-on-year (%)</th></tr>
<tr><td>Shoes</td><td>61.2</td><td>2.4</td></tr>
<tr><td>Ships</td><td>12.7</td><td>-3.9</td></tr>
</table>
<p>The province traded with 212 countries and regions.</p>
<p>Xiamen posted trade of 461.5 billion yuan, up 2.2 percent, while Quanzhou's trade, boosted by its footwear exports, jumped 9.6 percent to 160.3 billion yuan.</p>
</body></html>
`;

const CITY = `---
title: "Xiamen exporters look beyond the US"
published: "2025-07-18"
---
Xiamen's exports to the United States fell 6.5 percent to 41.9 billion yuan in the first half of 2025. Crude oil imports totaled 20.1 billion yuan.

Xiamen Port handled 6.2 million TEUs of containers in the first half, up 3.1 percent.

"Our firms are diversifying markets to cope with tariff uncertainty," said Lin Qing, a researcher at the Xiamen Academy of Social Sciences.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "fujian.html": PROVINCE, "xiamen.md": CITY }));
});
afterAll(() => close());

describe("a province's report", () => {
  it("answers how many countries and regions it traded with as a count of partners", async () => {
    const a = await ask("How many countries and regions did Fujian trade with in H1 2025?");
    expect(a.figures[0]).toMatchObject({ value: 212 });
  });

  it("works out the nation's total from the province's amount and its share of it", async () => {
    const a = await ask("What was China's total trade in the first half of 2025?");
    expect(a.figures[0]).toMatchObject({ value: 20.82, computed: true });
    expect(a.answer).toMatch(/1\.02 ÷ 0\.049/);
  });

  it("reads a city's figures past a cause set aside ('…, boosted by its footwear exports, jumped …')", async () => {
    const a = await ask("Which grew faster in H1 2025, Xiamen or Quanzhou?");
    expect(a.answer).toMatch(/Quanzhou grew faster, by 7\.4 percentage points/);
  });
});

describe("a city's own article", () => {
  it("labels a level a year earlier of exports to a partner as exports to it", async () => {
    const a = await ask("What were Xiamen's exports to the US in the first half of 2024, a year before the 2025 figure?");
    expect(a.figures[0]).toMatchObject({ value: 44.81, computed: true });
    expect(a.answer).toMatch(/exports to United States/);
  });

  it("answers how many containers a port handled, a count no flow is of", async () => {
    const a = await ask("How many containers did Xiamen Port handle in the first half of 2025?");
    expect(a.answer).toMatch(/6\.2 million TEUs/);
  });

  it("never quotes a product's imports as the city's imports", async () => {
    const a = await ask("What were Xiamen's total imports in the first half of 2025?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/^The documents state it/);
  });

  it("answers why with a sentence that gives a purpose ('to cope with')", async () => {
    const a = await ask("Why are Xiamen firms diversifying markets?");
    expect(a.answer).toContain("to cope with tariff uncertainty");
  });
});
