import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dateInUrl } from "../corpus/dates.js";
import { loadCorpus } from "../corpus/load.js";

// A page dated nowhere but in its address (corpus/dates.ts dateInUrl, corpus/load.ts): news sites file a page
// under the day it was published. Made-up pages and addresses.
const page = (head: string) => `<html><head><title>Trains make 300 trips last year</title>${head}</head><body>
<article><h1>Trains make 300 trips last year</h1><p>The freight trains made 300 trips last year, up 20 percent from
the year before, the city's logistics office said on Wednesday. They carried 25,000 containers of goods.</p></article>
</body></html>`;

/** The publication date the loader gives one page. */
async function published(html: string): Promise<string | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), "url-dates-"));
  try {
    await writeFile(path.join(dir, "page.html"), html);
    return (await loadCorpus(dir)).documents[0]?.meta.published;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("the date in a page's address", () => {
  it("reads year, month and day from the usual paths", () => {
    expect(dateInUrl("https://news.example.org/2019/02/14/trains-300-trips.html")).toBe("2019-02-14");
    expect(dateInUrl("http://www.example.org/biz/2019-02/14/content_55.htm")).toBe("2019-02-14");
    expect(dateInUrl("https://gov.example.org/news/201902/t20190214_77.html")).toBe("2019-02-14");
  });
  it("reads no date from a host, a page number or a year alone", () => {
    expect(dateInUrl("https://20190214.example.org/news/trains.html")).toBeUndefined();
    expect(dateInUrl("https://news.example.org/2019/trains-300-trips.html")).toBeUndefined();
    expect(dateInUrl("https://news.example.org/article/1234567.html")).toBeUndefined();
  });
  it("dates a page whose tags give no date by its canonical address", async () => {
    const html = page('<link rel="canonical" href="https://news.example.org/2019/02/14/trains-300-trips.html">');
    expect(await published(html)).toBe("2019-02-14");
  });
  it("keeps the date a tag gives over the address's", async () => {
    const html = page('<meta property="article:published_time" content="2019-02-15">'
      + '<link rel="canonical" href="https://news.example.org/2019/02/14/trains-300-trips.html">');
    expect(await published(html)).toBe("2019-02-15");
  });
});
