// Reading one upload in its child process (bot/collections/prepare.ts readUpload): the document it becomes at
// its place in the server's folder, the reading limits passed down, pages told as progress, every failure told
// as a user error, and no temporary file left behind. Real child processes; made-up documents.
import { readdir, rm } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { READ_LIMITS, readUpload } from "../bot/collections/prepare.js";
import { IsolateLimitError } from "../corpus/isolate.js";
import { documentId } from "../corpus/load.js";
import { makePdf } from "./helpers/makePdf.js";
import { tempDir } from "./helpers/paths.js";

const SOURCE = "server-uploads/qinghai-trade.md";
const QINGHAI = "---\ntitle: Qinghai and Nepal\n---\nQinghai's trade with Nepal reached 3.21 billion yuan in 2025.";
const LIMITS = { ...READ_LIMITS, maxFileBytes: 100_000 };

let tmp: string;
let savedTmp: string | undefined;
beforeEach(async () => {
  // a folder of its own for the reader's temporary files, so that what is left behind can be seen
  savedTmp = process.env.TMPDIR;
  tmp = await tempDir("tradewise-reading-");
  process.env.TMPDIR = tmp;
});
afterEach(async () => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  await rm(tmp, { recursive: true, force: true });
});

/** The reader's temporary folders still there (the child's own tsx cache lives beside them). */
const leftBehind = async () => (await readdir(tmp)).filter((n) => n.startsWith("tradewise-upload-"));
const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error("it was read"); }, (err: Error) => err);

describe("readUpload", () => {
  it("reads a file as the document at its place in the server's folder, with its link and facts, leaving no file", async () => {
    const link = "https://example.org/qinghai";
    const { doc, facts } = await readUpload(SOURCE, Buffer.from(QINGHAI), LIMITS, { url: link });
    expect(doc.id).toBe(documentId(SOURCE));
    expect(doc.meta).toMatchObject({ source: SOURCE, title: "Qinghai and Nepal", url: link });
    expect(facts.map((f) => f.value)).toContain(3.21);
    expect(await leftBehind()).toEqual([]);
  });

  it("gives a document read without a link no link", async () => {
    const { doc } = await readUpload(SOURCE, Buffer.from(QINGHAI), LIMITS);
    expect(doc.meta.url).toBeUndefined();
  });

  it("keeps the first characters under the text limit and says it cut the rest", async () => {
    const long = `${QINGHAI}\n\n${"Qinghai's salt lakes drew visitors from Nepal that year. ".repeat(40)}`;
    const { doc } = await readUpload(SOURCE, Buffer.from(long), { ...LIMITS, maxChars: 500 });
    expect(doc.text.length).toBeLessThanOrEqual(500);
    expect(doc.cut).toMatch(/\(the text limit\)$/);
  });

  it("reads the first pages of a PDF under the page limit, telling each page read as progress", async () => {
    const pdf = makePdf([["Qinghai's exports rose 2.5 percent in 2025."], ["Second page."], ["Third page."]]);
    const heard: Array<[string, number, number]> = [];
    const { doc } = await readUpload("server-uploads/q.pdf", pdf, { ...LIMITS, maxPdfPages: 2 }, {
      onProgress: (stage, done, total) => heard.push([stage, done, total]),
    });
    expect(doc.cut).toMatch(/^read the first 2 of 3 pages/);
    expect(doc.text).not.toContain("Third page");
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.every(([stage]) => stage === "pages")).toBe(true);
    expect(heard.at(-1)?.[1]).toBe(2);
  });

  it("refuses a file with no text, saying why, and leaves no file", async () => {
    const err = await refusal(readUpload("server-uploads/blank.txt", Buffer.from("  \n\n "), LIMITS));
    expect(err).toMatchObject({ code: "BAD_INPUT" });
    expect(err.message).toMatch(/^the file could not be read: \S/);
    expect(await leftBehind()).toEqual([]);
  });

  it("refuses a file over the size limit the bot was given", async () => {
    const err = await refusal(readUpload(SOURCE, Buffer.from(QINGHAI), { ...LIMITS, maxFileBytes: 20 }));
    expect(err).toMatchObject({ code: "BAD_INPUT" });
    expect(err.message).toMatch(/^the file could not be read: .*(large|limit|bytes)/i);
  });

  it("stops a reader past its time limit and says which limit, without the reader's own wording", async () => {
    const isolate = { ...READ_LIMITS.isolate, timeoutMs: 50 };
    const err = await refusal(readUpload(SOURCE, Buffer.from(QINGHAI), { ...LIMITS, isolate }));
    expect(err).toMatchObject({ code: "BAD_INPUT" });
    expect(err.message).toMatch(/^the file was not added: reading it took longer than 0(?:\.\d+)? s$/);
    expect((err as Error & { cause: unknown }).cause).toBeInstanceOf(IsolateLimitError);
    expect(await leftBehind()).toEqual([]);
  });

  it("reads more uploads than there are reader slots, each in turn, all of them", async () => {
    const texts = ["Gansu", "Xizang", "Hainan", "Jilin", "Shaanxi"]
      .map((p, i) => `${p}'s exports rose ${i + 1}.5 percent in 2025.`);
    const read = await Promise.all(texts.map((t, i) => readUpload(`server-uploads/p${i}.txt`, Buffer.from(t), LIMITS)));
    expect(read.map((r) => r.doc.id)).toEqual(texts.map((_, i) => documentId(`server-uploads/p${i}.txt`)));
    expect(read.map((r) => r.facts.some((f) => f.value === 1.5))).toEqual([true, false, false, false, false]);
  });
});
