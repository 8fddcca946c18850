import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dateInUrl } from "../corpus/dates.js";
import { loadCorpus } from "../corpus/load.js";
import { tempDir } from "./helpers/paths.js";

describe("a page dated by its address (corpus/dates.ts dateInUrl)", () => {
  it("reads the day or the month a news address files a page under", () => {
    expect(dateInUrl("https://news.example.org/2019/03/07/port-trade.html")).toBe("2019-03-07");
    expect(dateInUrl("http://www.example.cn/english/2019-03/07/c_1234567.htm")).toBe("2019-03-07");
    expect(dateInUrl("https://example.com/a/201903/07/WS5a.html")).toBe("2019-03-07");
    expect(dateInUrl("https://example.com/business/2019/03/trade-story")).toBe("2019-03");
  });
  it("reads no date from an address without one, nor from its host or query", () => {
    expect(dateInUrl("https://example.org/yunnan")).toBeUndefined();
    expect(dateInUrl("https://example.org/story?id=2019/03/07")).toBeUndefined();
    expect(dateInUrl("https://example.org/ports/12345678")).toBeUndefined();
  });
  it("dates an HTML page that has no other date by its canonical address", async () => {
    const dir = await tempDir();
    const page = (href: string, byline: string) => `<html><head><title>Trains make 100 trips last year</title>
      <link rel="canonical" href="${href}"></head><body><article><h1>Trains make 100 trips last year</h1>
      <p class="byline">${byline}</p><p>The freight trains made 100 trips last year, up 10 percent from the year before,
      the city's logistics office said on Wednesday. They carried 9,000 containers of goods to Europe.</p></article></body></html>`;
    await writeFile(path.join(dir, "undated.html"), page("https://news.example.org/2019/01/09/trains.html", "By Staff | Jan 9"));
    await writeFile(path.join(dir, "dated.html"), page("https://news.example.org/2019/01/09/trains.html", "By Staff | 2018-12-30"));
    const c = await loadCorpus(dir);
    const published = (name: string) => c.documents.find((d) => d.meta.source === name)?.meta.published;
    expect(published("undated.html")).toBe("2019-01-09");
    // (a date the page states itself comes first)
    expect(published("dated.html")).toBe("2018-12-30");
  });
});
