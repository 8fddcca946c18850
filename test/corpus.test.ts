import { chmod, mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chunkDocument } from "../corpus/chunk.js";
import { CAPTION_MARK, cleanText } from "../corpus/clean.js";
import { findDateInText, normaliseDate } from "../corpus/dates.js";
import { parseHtml } from "../corpus/formats/html.js";
import { parseMarkdown } from "../corpus/formats/markdown.js";
import { corpusFingerprint, documentId, loadCorpus } from "../corpus/load.js";
import { splitSentences } from "../corpus/sentences.js";
import { SEED, tempDir } from "./helpers/paths.js";

describe("cleanText", () => {
  it("drops breadcrumbs, pagination, repeated site names and 'more from' lines but keeps prose", () => {
    const raw = [
      "Changzhi - Eshanxi",
      "首页   > News",
      " ㄑ Press Room ㄑ Press Conference Transcripts ㄑ Press Conferences",
      "Shanxi's foreign trade totaled 113.03 billion yuan in the first half.",
      "<  1  2  3  4  5  >  ",
      "MORE FROM China SCIO",
      "Changzhi - Eshanxi",
    ].join("\n");
    const { text } = cleanText(raw);
    expect(text).toBe("Shanxi's foreign trade totaled 113.03 billion yuan in the first half.");
  });

  it("keeps photo captions but marks them", () => {
    const { text } = cleanText("Trade grew.\nA worker checks equipment at a textile company. WU LIUHONG/FOR CHINA DAILY");
    expect(text.split("\n")[1]).toBe(`${CAPTION_MARK} A worker checks equipment at a textile company. WU LIUHONG/FOR CHINA DAILY`);
  });

  it("reads the date off a dateline and removes the line", () => {
    expect(cleanText("Time: 08 25,2021      Source: Eshanxi-changzhi\nBody text here.")).toEqual({ text: "Body text here.", dateline: "2021-08-25" });
    expect(cleanText("China.org.cnUpdated:  August 21, 2024\nBody.").dateline).toBe("2024-08-21");
  });
  it("reads a transcript's place-and-date line under its heading as its date, keeping the line", () => {
    const raw = "Transcript of the press conference on Baotou's trade in 2020\nBaotou Municipal Information Office\nBaotou, March 3, 2021\n\n"
      + "Host: Good morning.";
    expect(cleanText(raw).dateline).toBe("2021-03-03");
    expect(cleanText(raw).text).toContain("Baotou, March 3, 2021");
    // (a sentence that ends on a date is no such line)
    expect(cleanText("Trade rose.\nThe fair opened in Baotou on March 3, 2021.").dateline).toBeUndefined();
  });
  it("reads 'Published 2024-08-15' and 'Released on May 3, 2024' as datelines, not a sentence that starts so", () => {
    expect(cleanText("Sichuan bulletin\nPublished 2024-08-15\n\nTrade rose.")).toEqual({ text: "Sichuan bulletin\n\nTrade rose.", dateline: "2024-08-15" });
    expect(cleanText("Released on May 3, 2024\nTrade rose.").dateline).toBe("2024-05-03");
    expect(cleanText("Issued on Monday, the report said trade rose.").text).toBe("Issued on Monday, the report said trade rose.");
  });
  it("keeps a table's rows of figures with no minus sign, which look like pagination", () => {
    const raw = "| Year | Anhui | Growth (%) |\n|---|---|---|\n| 2011 | 3.10 | -2.5 |\n| 2012 | 3.42 | 10.3 |\n| 2013 | 3.55 | 3.8 |\n\nTrade rose.";
    expect(cleanText(raw).text).toContain("| 2012 | 3.42 | 10.3 |");
    expect(cleanText(raw).text).toContain("| 2013 | 3.55 | 3.8 |");
    expect(cleanText("Trade rose.\n| 1 | 2 | 3 | 4 |\nMore text.").text).toBe("Trade rose.\nMore text.");
  });
  it("keeps a table's last row when blank lines separate its rows", () => {
    expect(cleanText("Partner | Trade |\n\nMyanmar | 44.5 |\n\nLaos | 21.7 |\n\nExports rose.").text).toContain("Laos | 21.7 |");
  });
  it("dates a plain-text article by the byline under its title, and keeps a table's figures", () => {
    expect(cleanText("Exports rise in Anhui\nXinhua | March 3, 2016\n\nExports rose.")).toEqual({ text: "Exports rise in Anhui\n\nExports rose.", dateline: "2016-03-03" });
    expect(cleanText("Trade | 2015 | 2016\nA | 1 | 2\nB | 3 | 4").text).toBe("Trade | 2015 | 2016\nA | 1 | 2\nB | 3 | 4");
  });
  it("dates an article by a byline with a time and an editor, by an 'Updated:' byline, and by a date alone under the title", () => {
    expect(cleanText("Exports rise in Anhui\nBy Li Wei | Anhui Daily | 2016-03-03 09:31 | Editor: Wang Fang\n\nExports rose."))
      .toEqual({ text: "Exports rise in Anhui\n\nExports rose.", dateline: "2016-03-03" });
    expect(cleanText("Exports rise\nBy Li Wei in Hefei | Anhui Daily | Updated: 2016-03-03 07:36\n\nExports rose.").dateline)
      .toBe("2016-03-03");
    expect(cleanText("Exports rise in Anhui\nMarch 3, 2016\nBy Li Wei (Anhui Daily)\n\nExports rose.").dateline).toBe("2016-03-03");
    // (a sentence that names a date is prose)
    expect(cleanText("Exports rose.\nOn March 3, 2016 the port opened.").dateline).toBeUndefined();
  });
});

describe("dates", () => {
  it("normalises metadata dates of every shape", () => {
    expect(normaliseDate("2019-02-25")).toBe("2019-02-25");
    expect(normaliseDate(new Date("2014-02-14T00:00:00Z"))).toBe("2014-02-14");
    expect(normaliseDate(2025)).toBe("2025");
    expect(normaliseDate("2021-8")).toBe("2021-08");
    expect(normaliseDate("Feb 14, 2014")).toBe("2014-02-14");
    expect(normaliseDate("not a date")).toBeUndefined();
  });
  it("finds datelines in text", () => {
    expect(findDateInText("posted 14 February 2014 by staff")).toBe("2014-02-14");
    expect(findDateInText("In 2025 trade grew")).toBeUndefined();
  });
});

describe("parseMarkdown", () => {
  it("reads title, source and published from front matter and strips markup", () => {
    const md = "---\ntitle: Hainan trade report\nsource: https://example.org/hainan\npublished: 2023-03-01\n---\n# Heading\n\nHainan's **exports** rose [12%](http://x) in *January*.";
    const { body, meta } = parseMarkdown(md);
    expect(meta).toEqual({ title: "Hainan trade report", url: "https://example.org/hainan", published: "2023-03-01" });
    expect(body).toContain("Hainan's exports rose 12% in January.");
    expect(body).not.toContain("#");
  });
  it("treats a non-URL source as the publisher and works without front matter", () => {
    expect(parseMarkdown("---\nsource: Xinhua\n---\nText.").meta.publisher).toBe("Xinhua");
    expect(parseMarkdown("Just text.").body.trim()).toBe("Just text.");
  });
  // (b13's first run: a bulletin's monthly table in a fenced block was dropped with it)
  it("keeps a table laid out with spaces in a fenced block as table rows, its names over their units as one header", () => {
    const md = "Monthly figures:\n\n```\nMonth       Copper imports      Value\n            (10,000 tonnes)     (100 million yuan)\n"
      + "January          41.2                 22.5\nFebruary         38.9                 20.1\n```\n\nconst x = 1;\n\n```js\nlet y = 2;\n```\n";
    const { body } = parseMarkdown(md);
    expect(body).toContain("| Month | Copper imports (10,000 tonnes) | Value (100 million yuan) |\n| January | 41.2 | 22.5 |\n| February | 38.9 | 20.1 |");
    expect(body).not.toContain("let y");
  });
});

describe("parseHtml", () => {
  const page = `<!doctype html><html><head><title>Site | Yunnan trade</title>
    <meta property="og:title" content="Yunnan's trade with ASEAN surges">
    <meta property="article:published_time" content="2022-04-18T09:00:00+08:00">
    <link rel="canonical" href="https://example.org/yunnan"></head>
    <body><nav><a>Home</a> &gt; <a>News</a></nav><header>Menu Login Subscribe</header>
    <article><h1>Yunnan's trade with ASEAN surges</h1>
    <p>Yunnan province's foreign trade reached 80.5 billion yuan in the first quarter, up 12.3 percent year-on-year, the Kunming customs said on Monday.</p>
    <figure><img src="x.jpg"><figcaption>Containers at a port in Kunming.</figcaption></figure>
    <p>Trade with ASEAN countries accounted for 45 percent of the total, with exports of fruit and vegetables rising sharply as the railway opened new routes.</p>
    <table><tr><th>City</th><th>Trade</th></tr><tr><td>Kunming</td><td>40.1</td></tr></table></article>
    <footer>Copyright 2022. All rights reserved.</footer><script>var x = 1;</script></body></html>`;
  it("extracts the article text, captions marked, and the metadata", () => {
    const { body, meta } = parseHtml(page);
    expect(meta.title).toBe("Yunnan's trade with ASEAN surges");
    expect(meta.published).toBe("2022-04-18");
    expect(meta.url).toBe("https://example.org/yunnan");
    expect(body).toContain("80.5 billion yuan in the first quarter");
    expect(body).toContain(`${CAPTION_MARK} Containers at a port in Kunming.`);
    expect(body).not.toMatch(/Login|var x|All rights reserved/);
    expect(body).toContain("Kunming | 40.1 |");
  });
  it("dates a page with no date in its metadata by the date of its byline", () => {
    const dated = `<!doctype html><html><head><title>Tongliao trade</title></head><body>
      <div id="menu"><a>Home</a> <a>News</a></div>
      <div class="article"><h1>Tongliao's trade up 12% as beef imports surge</h1>
      <div class="byline">By Han Mei | Tongliao Daily | 2011-09-16 10:12 | Editor: Bao Lin</div>
      <p>TONGLIAO - Tongliao's imports and exports reached 1.36 billion U.S. dollars in the first eight months of this year, up 12.4 percent year-on-year, the city's customs said on Thursday.</p>
      <p>Imports rose 18.0 percent to 0.82 billion dollars, while exports grew 4.6 percent to 0.54 billion dollars over the period.</p>
      <p>Beef and dairy products were the main reason for the rise, as buyers in the north-east turned to imported supplies.</p></div>
      </body></html>`;
    expect(parseHtml(dated).meta.published).toBe("2011-09-16");
  });
});

describe("splitSentences", () => {
  it("keeps offsets exact and does not break after abbreviations", () => {
    const text = "Mr. Lin spoke. Exports rose 15.2 percent.\nImports fell.";
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(["Mr. Lin spoke.", "Exports rose 15.2 percent.", "Imports fell."]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("chunkDocument", () => {
  it("splits on sentence boundaries with offsets into the text, stable ids and overlap inside long paragraphs", () => {
    const para = Array.from({ length: 12 }, (_, i) => `Sentence number ${i} says that trade grew by ${i}.5 percent in the period under review.`).join(" ");
    const doc = { id: "d", meta: { title: "t", source: "d.txt" }, text: `Heading\n${para}\n\nLast paragraph here.`, hash: "h" };
    const ps = chunkDocument(doc, { targetChars: 250 });
    expect(ps.length).toBeGreaterThan(3);
    ps.forEach((p, i) => {
      expect(p.id).toBe(`d#${i}`);
      expect(doc.text.slice(p.start, p.end)).toBe(p.text);
      expect(p.text).toMatch(/^[A-Z]/); // starts on a sentence
    });
    expect(ps[0]!.text.startsWith("Heading\nSentence number 0")).toBe(true); // a heading joins its paragraph
    expect(ps[1]!.start).toBeLessThan(ps[0]!.end); // overlap of one sentence
    expect(ps.at(-1)!.text).toContain("Last paragraph here.");
    expect(chunkDocument(doc, { targetChars: 250 })).toEqual(ps); // deterministic
  });
});

describe("loadCorpus", () => {
  it("loads the seed corpus with sidecar metadata and stable ids", async () => {
    const c = await loadCorpus(SEED);
    expect(c.skipped).toEqual([]);
    expect(c.documents.map((d) => d.id)).toEqual(["000_7fc748bbb8f6c0c3", "001_80112f6be71e827c", "002_0898b5475dd80d6f", "003_8e77ab4d959c0ebb", "004_270bea5b41e05852"]);
    const guangdong = c.documents.find((d) => d.id.startsWith("004"))!;
    expect(guangdong.meta).toMatchObject({ title: "Guangdong foreign trade to maintain momentum", published: "2019-02-25", source: "004_270bea5b41e05852.txt" });
    const scio = c.documents.find((d) => d.id.startsWith("002"))!;
    expect(scio.text).not.toMatch(/<\s+1\s+2|MORE FROM|ㄑ/);
    expect(corpusFingerprint(c.documents)).toBe(corpusFingerprint((await loadCorpus(SEED)).documents));
  });

  it("reports bad files by name with the reason and still loads the rest", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "good.txt"), "Hubei's exports grew 20 percent in 2024.");
    await writeFile(path.join(dir, "empty.txt"), "");
    await writeFile(path.join(dir, "blob.txt"), Buffer.from([0, 1, 2, 3, 255, 0, 7]));
    await writeFile(path.join(dir, "huge.md"), "x".repeat(2048));
    await writeFile(path.join(dir, "slides.pptx"), "PK not really");
    await writeFile(path.join(dir, "blank.html"), "<html><body>   </body></html>");
    await symlink(path.join(dir, "missing-target.txt"), path.join(dir, "dangling.txt"));
    await mkdir(path.join(dir, "sub"));
    await writeFile(path.join(dir, "sub", "nested.md"), "---\ntitle: Nested\n---\nAnhui trade rose.");
    const c = await loadCorpus(dir, { maxFileBytes: 1024 });
    expect(c.documents.map((d) => d.meta.source)).toEqual(["good.txt", "sub/nested.md"]);
    const reasons = Object.fromEntries(c.skipped.map((s) => [s.path, s.reason]));
    expect(reasons["empty.txt"]).toMatch(/empty/);
    expect(reasons["blob.txt"]).toMatch(/binary/);
    expect(reasons["huge.md"]).toMatch(/oversized/);
    expect(reasons["slides.pptx"]).toMatch(/unsupported/);
    expect(reasons["blank.html"]).toMatch(/no text/);
    expect(reasons["dangling.txt"]).toMatch(/unreadable/);
    expect(c.documents[1]!.id).toBe(documentId("sub/nested.md"));
  });

  it("joins the lines of a text or Markdown file wrapped at a fixed width, and keeps its paragraphs and lists apart", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "wrapped.txt"), "Anhui trade rises\n\nPrivate companies in Hefei carried out 150.5 billion\n"
      + "yuan of imports and exports, 12% more than a year\nearlier.\n\nExports rose.");
    await writeFile(path.join(dir, "list.md"), "Top products:\n- cars\n- phones\n");
    const c = await loadCorpus(dir);
    const text = (name: string) => c.documents.find((d) => d.meta.source === name)!.text;
    expect(text("wrapped.txt")).toBe("Anhui trade rises\n\nPrivate companies in Hefei carried out 150.5 billion yuan of imports and "
      + "exports, 12% more than a year earlier.\n\nExports rose.");
    expect(text("list.md")).toContain("cars\n");
  });

  it("fails with a clear message for a missing folder", async () => {
    await expect(loadCorpus("/nonexistent/folder")).rejects.toThrow(/corpus folder .* cannot be read: ENOENT/);
  });

  it("changes the fingerprint when a file changes", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "a.txt"), "Jiangxi exports surged.");
    const before = corpusFingerprint((await loadCorpus(dir)).documents);
    await writeFile(path.join(dir, "a.txt"), "Jiangxi exports surged 60.4 percent.");
    expect(corpusFingerprint((await loadCorpus(dir)).documents)).not.toBe(before);
    await chmod(dir, 0o755);
  });
});
