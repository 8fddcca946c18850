import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dateInUrl } from "../corpus/dates.js";
import { loadCorpus } from "../corpus/load.js";

// A page dated nowhere but in its address (corpus/dates.ts dateInUrl, corpus/load.ts): news sites file a page
// under the day it was published. Made-up pages and addresses.
const page = (head: string, byline = "By Staff") => `<html><head><title>Trains make 300 trips last year</title>${head}
</head><body><article><h1>Trains make 300 trips last year</h1><p class="byline">${byline}</p><p>The freight trains made
300 trips last year, up 20 percent from the year before, the city's logistics office said on Wednesday. They carried
25,000 containers of goods.</p></article></body></html>`;
const canonical = (href: string) => `<link rel="canonical" href="${href}">`;

/** The publication date the loader gives one page. */
async function publishedHtml(html: string): Promise<string | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), "url-dates-"));
  try {
    await writeFile(path.join(dir, "page.html"), html);
    return (await loadCorpus(dir)).documents[0]?.meta.published;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("a page dated by its address (corpus/dates.ts dateInUrl)", () => {
  it("reads the day or the month a news address files a page under", () => {
    expect(dateInUrl("https://news.example.org/2019/03/07/port-trade.html")).toBe("2019-03-07");
    expect(dateInUrl("http://www.example.cn/english/2019-03/07/c_1234567.htm")).toBe("2019-03-07");
    expect(dateInUrl("https://example.com/a/201903/07/WS5a.html")).toBe("2019-03-07");
    expect(dateInUrl("https://gov.example.org/news/201902/t20190214_77.html")).toBe("2019-02-14");
    expect(dateInUrl("https://example.com/business/2019/03/trade-story")).toBe("2019-03");
  });
  it("reads no date from an address without one, nor from its host, query, a page number or a year alone", () => {
    expect(dateInUrl("https://example.org/yunnan")).toBeUndefined();
    expect(dateInUrl("https://example.org/story?id=2019/03/07")).toBeUndefined();
    expect(dateInUrl("https://example.org/ports/12345678")).toBeUndefined();
    expect(dateInUrl("https://20190214.example.org/news/trains.html")).toBeUndefined();
    expect(dateInUrl("https://news.example.org/2019/trains-300-trips.html")).toBeUndefined();
  });
  it("dates an HTML page that has no other date by its canonical address", async () => {
    expect(await publishedHtml(page(canonical("https://news.example.org/2019/01/09/trains.html"), "By Staff | Jan 9")))
      .toBe("2019-01-09");
  });
  it("keeps the date the page states itself, in a tag or its byline, over the address's", async () => {
    const href = canonical("https://news.example.org/2019/02/14/trains-300-trips.html");
    const tagged = `<meta property="article:published_time" content="2019-02-15">${href}`;
    expect(await publishedHtml(page(tagged))).toBe("2019-02-15");
    expect(await publishedHtml(page(href, "By Staff | 2018-12-30"))).toBe("2018-12-30");
  });
});
