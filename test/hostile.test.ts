// Hostile documents (issue 19): every input that once hung the bot, held its memory or poisoned a
// restart, generated here (nothing large is committed), with the reply or outcome it now gets and a
// time bound. Uploads go through the real Collections (the reader runs in its child process) with a
// deterministic embedder; test/discord.hostile.test.ts uploads the name collisions, the 5 MB page and
// the nested divs through the Discord stand-in while another server asks.
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Writable } from "node:stream";
import { createDeflate } from "node:zlib";
import matter from "gray-matter";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Collections } from "../bot/collections/collections.js";
import { READ_LIMITS } from "../bot/collections/prepare.js";
import { storedNameFor } from "../bot/collections/uploads.js";
import { EngineHolder } from "../bot/engineHolder.js";
import { renderAnswer as renderDiscord } from "../bot/render/discord.js";
import { PLAIN, renderAnswer as renderTerminal } from "../bot/render/terminal.js";
import { SqliteStore } from "../bot/state/sqlite.js";
import type { StateStore } from "../bot/state/types.js";
import { chunkDocument } from "../corpus/chunk.js";
import { normaliseDate } from "../corpus/dates.js";
import { parseHtml } from "../corpus/formats/html.js";
import { parseMarkdown } from "../corpus/formats/markdown.js";
import { loadCorpus } from "../corpus/load.js";
import { MAX_SENTENCE_CHARS, splitSentences } from "../corpus/sentences.js";
import { buildFromCorpus, type LoadedEngine } from "../retrieval/engine.js";
import type { Answer } from "../retrieval/types.js";
import { FakeEmbedder } from "./helpers/fakeEmbedder.js";
import { makePdf } from "./helpers/makePdf.js";
import { SEED, tempDir } from "./helpers/paths.js";

/** Runs `f` and returns its result with the wall time it took, in ms. */
async function timed<T>(f: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t0 };
}

/**
 * The least wall time of three runs of a pure function, with its result: a bound on it fails for work that grows
 * faster than the input (a quadratic split of 1 MB takes minutes), not for a pause the machine took in one run.
 */
async function leastOfThree<T>(f: () => T): Promise<{ value: T; ms: number }> {
  const runs = [await timed(f), await timed(f), await timed(f)];
  return { value: runs[0]!.value, ms: Math.min(...runs.map((r) => r.ms)) };
}

/** The longest the event loop went without running a 20 ms timer while `f` ran. */
async function loopGap<T>(f: () => Promise<T>): Promise<{ value: T; gapMs: number }> {
  let last = performance.now();
  let gap = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 20);
  try {
    const value = await f();
    return { value, gapMs: Math.max(gap, performance.now() - last) };
  } finally {
    clearInterval(tick);
  }
}

// generated inputs
const ONE_SENTENCE_1MB = `${"the value of trade between the two provinces rose again ".repeat(18_000)}`.slice(0, 1_000_000);
const SENTENCE = "Exports of the province rose 5 percent in May, the customs said. ";
const HTML_5MB_ONE_LINE = `<html><head><title>One line</title></head><body><p>${SENTENCE.repeat(Math.ceil(5e6 / SENTENCE.length))}</p></body></html>`;
const NESTED_DIVS = `<html><body>${"<div>".repeat(100_000)}Hebei's exports rose 4 percent in 2024.${"</div>".repeat(100_000)}</body></html>`;

describe("bounded splitting", () => {
  it("cuts a 1 MB one-sentence text into bounded sentences and passages, in well under a second", async () => {
    const { value: spans, ms } = await leastOfThree(() => splitSentences(ONE_SENTENCE_1MB));
    expect(ms).toBeLessThan(1000);
    expect(Math.max(...spans.map((s) => s.text.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    for (const s of spans.slice(0, 50)) expect(ONE_SENTENCE_1MB.slice(s.start, s.end)).toBe(s.text);
    const passages = chunkDocument({ id: "big", meta: { title: "big", source: "big.txt" }, text: ONE_SENTENCE_1MB, hash: "h" });
    expect(Math.max(...passages.map((p) => p.text.length))).toBeLessThanOrEqual(600 + MAX_SENTENCE_CHARS);
    expect(passages.length).toBeGreaterThan(800);
  });

  it("splits a 5 MB single line of sentences in linear time (ICU alone took seconds at 800k characters)", async () => {
    const line = SENTENCE.repeat(Math.ceil(5e6 / SENTENCE.length));
    const { value: spans, ms } = await leastOfThree(() => splitSentences(line));
    expect(spans.length).toBeGreaterThan(70_000);
    expect(ms).toBeLessThan(4000);
  });
});

describe("bounded HTML", () => {
  it("reads 100,000 nested <div> as plain text without building their DOM", async () => {
    const { value: parsed, ms } = await leastOfThree(() => parseHtml(NESTED_DIVS));
    expect(ms).toBeLessThan(1500);
    expect(parsed.body).toContain("Hebei's exports rose 4 percent in 2024.");
    expect(parsed.cut).toMatch(/nest more than 256 deep/);
  });

  it("cuts a 5 MB single-line page at 2 MB and says so", async () => {
    const { value: parsed, ms } = await timed(() => parseHtml(HTML_5MB_ONE_LINE));
    expect(ms).toBeLessThan(10_000);
    expect(parsed.cut).toMatch(/^read the first 1\.9 MB of the page's 4\.8 MB/);
    expect(parsed.body.length).toBeGreaterThan(1_500_000);
  });
});

describe("bounded Markdown", () => {
  it("reads 1 MB of unclosed links, images, brackets, tags and fences in one pass", async () => {
    for (const unit of ["[a](", "![a](", "[", "<a ", "```\n", "\n \n"]) {
      const { ms } = await leastOfThree(() => parseMarkdown(unit.repeat(Math.ceil(1e6 / unit.length))));
      expect(ms, JSON.stringify(unit)).toBeLessThan(1000);
    }
  });
});

describe("cheap correctness", () => {
  it("refuses publication dates after next year, as it does those before 1900", () => {
    expect(normaliseDate("9999-12-31")).toBeUndefined();
    expect(normaliseDate(new Date("9999-12-31"))).toBeUndefined();
    expect(normaliseDate(`${new Date().getUTCFullYear() + 2}-01-01`)).toBeUndefined();
    expect(normaliseDate("1899-12-31")).toBeUndefined();
    expect(normaliseDate("2024-03-01")).toBe("2024-03-01");
    expect(parseMarkdown("---\npublished: 9999-12-31\n---\nText.").meta.published).toBeUndefined();
  });

  it("keeps no copy of the Markdown it parsed (gray-matter's cache is off)", () => {
    const cache = (matter as unknown as { cache: Record<string, unknown> }).cache;
    const before = Object.keys(cache).length;
    for (let i = 0; i < 5; i++) parseMarkdown(`---\ntitle: t${i}\n---\n${"x".repeat(100_000)}${i}`);
    expect(Object.keys(cache).length).toBe(before);
  });

  const hostileAnswer: Answer = {
    question: "q", answer: "Trade rose\x1b[2J\x1b]0;pwned\x07 5 percent.", abstained: false,
    figures: [{ label: "exports\x1b[31m", value: 5, unit: "%", citations: [1] }],
    citations: [{
      n: 1, passageId: "doc#0", docId: "doc", title: "Title\x1b]0;retitled\x07\u202e", source: "doc.md",
      snippet: "Exports rose\x07 5 percent\x1b[2J.", url: "https://example.com/a(b)", published: "2024-01-01",
    }],
  } as unknown as Answer;

  it("prints no control or direction characters from a document in the terminal", () => {
    const out = renderTerminal(hostileAnswer, PLAIN);
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e]/);
    expect(out).toContain("Title]0;retitled");
  });

  it("names a citation link's domain in Discord", () => {
    const text = JSON.stringify(renderDiscord(hostileAnswer).embeds);
    expect(text).toContain("[source (example.com)](https://example.com/a%28b%29)");
    expect(text).not.toMatch(/\\u001b|\\u0007/);
  });
});

describe("bounded PDFs", () => {
  it("reads the first pages of a long PDF and says how many it read", async () => {
    const dir = await tempDir();
    const pages = Array.from({ length: 12 }, (_, i) => [`Page ${i + 1}: Jilin's exports rose ${i + 1} percent.`]);
    await writeFile(path.join(dir, "long.pdf"), makePdf(pages));
    const { documents } = await loadCorpus(dir, { maxPdfPages: 5 });
    expect(documents[0]!.cut).toBe("read the first 5 of 12 pages (the page limit)");
    expect(documents[0]!.text).toContain("Page 5:");
    expect(documents[0]!.text).not.toContain("Page 6:");
  });

  it("says so when a large single-page PDF yields a sliver of text (pdf.js drops text outside the page)", async () => {
    const dir = await tempDir();
    const lines = Array.from({ length: 60_000 }, (_, i) => `Line ${i} of text that runs off the page`);
    await writeFile(path.join(dir, "one-page.pdf"), makePdf([["Jilin's exports rose 5 percent in 2024.", ...lines]]));
    const { documents } = await loadCorpus(dir);
    expect(documents[0]!.cut).toMatch(/^read only 2 KB of text from a 2\.\d MB PDF: the rest is images, drawing or text off the page$/);
  });

  it("says so when cleaning keeps a sliver of a long text (one line repeated)", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "repeated.txt"), `Jilin's exports rose 5 percent in 2024.\n${"Repeated header line of the page\n".repeat(6000)}`);
    const { documents } = await loadCorpus(dir);
    expect(documents[0]!.cut).toMatch(/^kept 1 KB of the 19\d KB of text read: the rest was repeated lines/);
  });
});

// ——— uploads through the real Collections ———

const GUILD = "1200000000000000001";
let base: LoadedEngine;
let logs: Array<Record<string, unknown>>;
const logger = () => pino({ level: "info" }, new Writable({ write(line, _e, cb) { logs.push(JSON.parse(String(line))); cb(); } }));

beforeAll(async () => {
  const embedder = new FakeEmbedder();
  base = { index: (await buildFromCorpus(await loadCorpus(SEED), embedder)).data, embedder };
});

async function server(dataDir?: string, reading = READ_LIMITS) {
  const dir = dataDir ?? (await tempDir());
  logs = [];
  const store = SqliteStore.open(path.join(dir, "tradewise.db"));
  const limits = { maxFileBytes: 10 * 2 ** 20, maxDocuments: 50, maxTotalBytes: 100 * 2 ** 20 };
  const collections = new Collections(new EngineHolder(base, { indexDir: path.join(dir, "base-index") }), store, dir, limits, logger(), reading);
  return { dir, store, collections };
}

const upload = (c: Collections, name: string, content: string | Buffer) =>
  c.add(GUILD, { name, bytes: Buffer.from(content), uploaderId: "1", uploaderName: "tester" });

describe("uploads", () => {
  const opened: StateStore[] = [];
  afterAll(() => Promise.all(opened.map((s) => s.close())));

  it("stores colliding names under hash-suffixed names in a bounded number of tries", async () => {
    const long = `${"annual-trade-report-of-the-province-".repeat(4)}.md`;
    const taken: string[] = [];
    for (let i = 0; i < 3; i++) taken.push(storedNameFor(long, ".md", `${i}`.repeat(64), taken));
    for (let i = 0; i < 3; i++) taken.push(storedNameFor("report.2024.md", ".md", `${i}abc`.repeat(16), taken));
    taken.push(storedNameFor("report.2024.txt", ".txt", "f".repeat(64), taken));
    expect(new Set(taken.map((n) => n.replace(/\.[^.]*$/, "").toLowerCase())).size).toBe(taken.length);
    for (const n of taken) expect(n.replace(/\.[^.]*$/, "").length).toBeLessThanOrEqual(80);
    expect(storedNameFor("report.2024.md", ".md", "0".repeat(64), ["report.2024.md"])).toBe("report.2024-2.md");
    const all = ["a.md", ...Array.from({ length: 8 }, (_, i) => `a-${i + 2}.md`)];
    expect(storedNameFor("a.md", ".md", "0".repeat(64), all)).toBe("a-00000000.md");
    all.push("a-00000000.md", "a-0000000000000000.md", `a-${"0".repeat(32)}.md`);
    expect(() => storedNameFor("a.md", ".md", "0".repeat(64), all)).toThrow(/no free name/);
  });
});

/** A one-page PDF whose content stream is `mb` megabytes of spaces, deflated to a few hundred KB. */
async function inflateBomb(mb: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => deflate.on("end", r));
  const block = Buffer.alloc(4 * 2 ** 20, 0x20);
  for (let i = 0; i < mb / 4; i++) if (!deflate.write(block)) await new Promise((r) => deflate.once("drain", r));
  deflate.end();
  await done;
  const stream = Buffer.concat(chunks);
  const head = Buffer.from(
    "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n" +
      `4 0 obj << /Length ${stream.length} /Filter /FlateDecode >> stream\n`,
    "latin1",
  );
  return Buffer.concat([head, stream, Buffer.from("\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1")]);
}

describe("hostile uploads", () => {
  const opened: StateStore[] = [];
  afterAll(() => Promise.all(opened.map((s) => s.close())));
  const open = async (dataDir?: string, reading = READ_LIMITS) => {
    const s = await server(dataDir, reading);
    opened.push(s.store);
    return s;
  };

  it("adds a 1 MB one-sentence text as bounded passages, the event loop free meanwhile", async () => {
    const { collections } = await open();
    const { value: added, gapMs } = await loopGap(() => upload(collections, "one-sentence.txt", ONE_SENTENCE_1MB));
    const passages = added.engine.index.passages.filter((p) => p.docId === "server-uploads__one-sentence");
    // the first 300,000 characters are kept (READ_LIMITS.maxChars), and the reply says the rest was left out
    expect(passages.length).toBeGreaterThan(200);
    expect(added.cut).toMatch(/\(the text limit\)/);
    expect(Math.max(...passages.map((p) => p.text.length))).toBeLessThanOrEqual(600 + MAX_SENTENCE_CHARS);
    expect(gapMs).toBeLessThan(1500);
  }, 60_000);



  it("refuses a PDF whose stream inflates past the reader's memory limit, and keeps nothing", async () => {
    const { collections, store, dir } = await open(undefined, { ...READ_LIMITS, isolate: { timeoutMs: 30_000, maxRssMb: 160, maxHeapMb: 128 } });
    const bomb = await inflateBomb(320);
    expect(bomb.length).toBeLessThan(2 * 2 ** 20);
    const { value: err, ms } = await timed(() => upload(collections, "bomb.pdf", bomb).catch((e: Error) => e));
    // the PDF's own reading process hits the cap (its parent, the upload reader, passes it down)
    expect(String((err as Error).message)).toMatch(/^the file could not be read: could not be read as a PDF: needed more than 160 MB of memory to read$/);
    expect(ms).toBeLessThan(20_000);
    expect(await store.uploads(GUILD)).toEqual([]);
    expect(await readdir(path.join(dir, "servers", GUILD, "docs", "server-uploads")).catch(() => [])).toEqual([]);
  }, 40_000);

  it("stops a reader past its time budget with a clear reply", async () => {
    const { collections, store } = await open(undefined, { ...READ_LIMITS, isolate: { timeoutMs: 50, maxRssMb: 640, maxHeapMb: 384 } });
    const err = await upload(collections, "slow.md", "Hebei's exports rose 4 percent in 2024.").catch((e: Error) => e);
    expect(String((err as Error).message)).toMatch(/the file was not added: reading it took longer than 0 s/);
    expect(await store.uploads(GUILD)).toEqual([]);
  });

  it("answers a server's questions from its last good index while an upload is read and indexed", async () => {
    const { collections } = await open();
    const first = await upload(collections, "hebei.md", "Hebei's exports rose 4 percent in 2024.");
    const adding = upload(collections, "hunan.md", "Hunan's imports fell 3 percent in 2023.");
    // the engine comes while the upload is still being read and indexed, not after it
    const engine = await collections.engineFor(GUILD);
    expect(await Promise.race([adding.then(() => "added"), Promise.resolve("still adding")])).toBe("still adding");
    expect(engine).toBe(first.engine);
    const second = await adding;
    expect(await collections.engineFor(GUILD)).toBe(second.engine);
  }, 60_000);

  it("after a restart, answers from the index on disk while the first upload runs", async () => {
    const { collections, dir, store } = await open();
    const first = await upload(collections, "hebei.md", "Hebei's exports rose 4 percent in 2024.");
    await store.close();
    const restarted = await open(dir);
    const adding = upload(restarted.collections, "hunan.md", "Hunan's imports fell 3 percent in 2023.");
    const engine = await restarted.collections.engineFor(GUILD);
    expect(await Promise.race([adding.then(() => "added"), Promise.resolve("still adding")])).toBe("still adding");
    expect(engine.index.documents.map((d) => d.meta.source)).toEqual(first.engine.index.documents.map((d) => d.meta.source));
    await adding;
  }, 30_000);

  it("quarantines on start-up what a stopped upload left half-added, with a log line, and never reads it", async () => {
    const { collections, dir, store } = await open();
    await upload(collections, "hebei.md", "Hebei's exports rose 4 percent in 2024.");
    await store.close();
    // the bot stopped while reading this one: its file is there, its record is not
    const uploads = path.join(dir, "servers", GUILD, "docs", "server-uploads");
    await writeFile(path.join(uploads, "one-sentence.txt"), ONE_SENTENCE_1MB);
    await writeFile(path.join(uploads, ".page.html.partial"), "<html>");
    const restarted = await open(dir);
    const { ms } = await timed(() => restarted.collections.recoverAll());
    expect(ms).toBeLessThan(2000);
    expect(await readdir(uploads)).toEqual(["hebei.md"]);
    expect((await readdir(path.join(dir, "servers", GUILD, "quarantine"))).map((f) => f.replace(/^\d+-/, "")).sort()).toEqual([".page.html.partial", "one-sentence.txt"]);
    expect(logs.filter((l) => l["msg"] === "upload quarantined")).toHaveLength(2);
    const { value: engine, ms: askMs } = await timed(() => restarted.collections.engineFor(GUILD));
    expect(askMs).toBeLessThan(2000);
    expect(engine.index.documents.map((d) => d.meta.source)).toContain("server-uploads/hebei.md");
  }, 30_000);

  it("quarantines an old upload that was kept but never indexed, once, instead of retrying it on every question", async () => {
    const { collections, dir, store } = await open();
    await upload(collections, "hebei.md", "Hebei's exports rose 4 percent in 2024.");
    // as an older version left it: a record and a file the index never took (here: one that cannot be read)
    const uploads = path.join(dir, "servers", GUILD, "docs", "server-uploads");
    await writeFile(path.join(uploads, "broken.pdf"), "%PDF-1.4 broken");
    await store.addUpload({ guildId: GUILD, fileName: "broken.pdf", storedName: "broken.pdf", title: "broken", bytes: 15, sha256: "0".repeat(64), uploaderId: "1", uploaderName: "t", fileBytes: Buffer.from("%PDF-1.4 broken") });
    await store.close();
    const restarted = await open(dir);
    await restarted.collections.recoverAll();
    const engine = await restarted.collections.engineFor(GUILD);
    expect(engine.index.documents.map((d) => d.meta.source)).toContain("server-uploads/hebei.md");
    expect((await restarted.store.uploads(GUILD)).map((u) => u.storedName)).toEqual(["hebei.md"]);
    expect(logs.filter((l) => l["msg"] === "upload quarantined")).toHaveLength(1);
    // asked again, the server's engine is the one it has: the quarantined file is not read again
    expect(await restarted.collections.engineFor(GUILD)).toBe(engine);
    expect(logs.filter((l) => l["msg"] === "upload quarantined")).toHaveLength(1);
  }, 30_000);
});
