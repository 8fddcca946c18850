import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHtml } from "../corpus/formats/html.js";
import { cleanText } from "../corpus/clean.js";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";

// HTML tables whose cells span rows and columns, with header rows stacked one over another (made-up tables).

const PAGE = `<html><head><title>Hunan foreign trade by partner, 2024</title><meta name="date" content="2025-01-25"></head><body>
<h1>Hunan foreign trade by partner, 2024</h1>
<p>Hunan's imports and exports reached 0.55 trillion yuan in 2024, up 2.1 percent, Changsha Customs said. The table below gives
its main partners, with the value and the change of its total trade and of its exports with each of them.</p>
<table>
<thead>
<tr><th rowspan="2">Partner</th><th colspan="2">Imports and exports</th><th colspan="2">Exports</th></tr>
<tr><th>Value (billion yuan)</th><th>Growth (%)</th><th>Value (billion yuan)</th><th>Growth (%)</th></tr>
</thead>
<tbody>
<tr><td>ASEAN</td><td>98.3</td><td>12.6</td><td>61.2</td><td>15.4</td></tr>
<tr><td>United States</td><td>60.1</td><td>-2.3</td><td>45.6</td><td>1.1</td></tr>
</tbody>
</table>
</body></html>`;

describe("an HTML table with stacked headers", () => {
  it("gives each column one header naming both rows, and fills the cells a span covers", () => {
    const lines = parseHtml(PAGE).body.split("\n").filter((l) => l.includes(" | "));
    expect(lines).toEqual([
      "Partner | Imports and exports Value (billion yuan) | Imports and exports Growth (%) | Exports Value (billion yuan) | Exports Growth (%) |",
      "ASEAN | 98.3 | 12.6 | 61.2 | 15.4 |",
      "United States | 60.1 | -2.3 | 45.6 | 1.1 |",
    ]);
  });

  it("repeats a cell that spans rows in each row it covers", () => {
    const page = "<html><body><p>Trade by region.</p><table><tr><th>Region</th><th>City</th><th>Value</th></tr>"
      + "<tr><td rowspan=\"2\">East</td><td>Ningbo</td><td>5.1</td></tr><tr><td>Wenzhou</td><td>2.4</td></tr></table></body></html>";
    expect(parseHtml(page).body.split("\n").filter((l) => l.includes(" | ")).slice(1)).toEqual(
      ["East | Ningbo | 5.1 |", "East | Wenzhou | 2.4 |"]);
  });
});

describe("an HTML table with a caption", () => {
  it("gives the caption a line of its own above the rows, so its place is whose the rows are", () => {
    // (the paragraph before the table ends on a person whose name is also a city's)
    const page = "<html><body><p>\"Orders held up,\" said Li Yulin, a customs official.</p><table>"
      + "<caption>Shanxi's trade with main partners, 2023</caption><tr><th>Partner</th><th>Trade (billion yuan)</th></tr>"
      + "<tr><td>Japan</td><td>7.3</td></tr></table></body></html>";
    const body = parseHtml(page).body;
    expect(body.split("\n").filter(Boolean).slice(1)).toEqual(["Shanxi's trade with main partners, 2023", "Partner | Trade (billion yuan) |", "Japan | 7.3 |"]);
    expect([one(factsOf(body), 7.3).entity, one(factsOf(body), 7.3).partner]).toEqual(["shanxi", "partner:japan"]);
  });
});

describe("answers from a table with stacked headers", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => ({ ask, close } = await answersOver({ "hunan.html": PAGE })));
  afterAll(() => close());

  it("answers total trade and exports with a partner from their own columns", async () => {
    expect((await ask("What was Hunan's trade with ASEAN in 2024?")).figures[0]).toMatchObject({ value: 98.3 });
    expect((await ask("What were Hunan's exports to the United States in 2024?")).figures[0]).toMatchObject({ value: 45.6 });
    expect((await ask("How fast did Hunan's exports to ASEAN grow in 2024?")).figures[0]).toMatchObject({ value: 15.4 });
  });
});

describe("an HTML table whose cells carry footnote marks as superscripts", () => {
  it("drops a superscript letter or sign from the cell, keeps a superscript digit", () => {
    const page = "<html><body><p>Trade through the ports.</p><table><tr><th>Port</th><th>Value (billion yuan)</th>"
      + "<th>Change (%)</th><th>Volume</th></tr>"
      + "<tr><td>Westgate</td><td>52.71<sup>a</sup></td><td>8.3</td><td>4 m<sup>3</sup></td></tr>"
      + "<tr><td>Other ports<sup>b</sup></td><td>3.15</td><td>12.0<sup>*</sup></td><td>-</td></tr></table></body></html>";
    expect(parseHtml(page).body.split("\n").filter((l) => l.includes(" | ")).slice(1)).toEqual(
      ["Westgate | 52.71 | 8.3 | 4 m3 |", "Other ports | 3.15 | 12.0 | - |"]);
  });
});

describe("an HTML table whose flows head groups of rows, a cell spanning the table", () => {
  const page = "<html><body><p>Shanxi's imports and exports fell 2.2 percent in 2031.</p><table>"
    + "<caption>Table 1. Main goods traded by Shanxi, 2031</caption>"
    + "<tr><th>Goods</th><th>Value (billion yuan)</th><th>Year on year (%)</th></tr>"
    + "<tr><td colspan=\"3\"><b>Exports</b></td></tr><tr><td>Coke</td><td>12.41</td><td>-6.3</td></tr>"
    + "<tr><td>Glider parts</td><td>3.57</td><td>22.4</td></tr>"
    + "<tr><td colspan=\"3\"><b>Imports</b></td></tr><tr><td>Glider parts</td><td>8.14</td><td>17.2</td></tr>"
    + "<tr><td>Iron ore</td><td>9.02</td><td>-3.5</td></tr></table>"
    + "</body></html>";
  it("keeps the header over the heading row, and reads each row under its flow in the header's units", () => {
    const text = cleanText(parseHtml(page).body).text;
    expect(text).toContain("Goods | Value (billion yuan) | Year on year (%) |");
    const facts = factsOf(text, { published: "2032-01-20" });
    expect(one(facts, 8.14)).toMatchObject({ metric: "imports", subject: "glider parts", unit: "billion yuan" });
    expect(one(facts, 17.2)).toMatchObject({ metric: "imports", subject: "glider parts", measure: "growth" });
    expect(one(facts, 3.57)).toMatchObject({ metric: "exports", subject: "glider parts" });
  });
  it("keeps the one row under the last heading, the table's last", () => {
    const last = page.replace(/<tr><td>Iron ore<\/td>.*?<\/tr>/, "");
    expect(cleanText(parseHtml(last).body).text).toContain("Glider parts | 8.14 | 17.2 |");
  });
});
