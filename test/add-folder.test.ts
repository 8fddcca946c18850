// Saving an added document into a corpus folder: never overwriting, metadata.json merged and undone.
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileDocument, findTwin, probeDocument, saveDocument } from "../bot/collections/addToFolder.js";
import type { StoredDocument } from "../bot/collections/fetch/document.js";
import { makePdf } from "./helpers/makePdf.js";
import { tempDir } from "./helpers/paths.js";

let dir: string;
beforeEach(async () => { dir = await tempDir("tradewise-folder-"); });
afterEach(() => rm(dir, { recursive: true, force: true }));

const pdf: StoredDocument = {
  name: "report-0123abcd.pdf",
  bytes: makePdf([["Hubei's exports rose 4.2 percent in 2024, the provincial customs said."]], { title: "Hubei report" }),
  kind: "pdf",
  sidecar: { url: "https://example.org/report.pdf" },
};
const sidecar = async () => JSON.parse(await readFile(path.join(dir, "metadata.json"), "utf8")) as { documents: object };

describe("saveDocument", () => {
  it("never overwrites: the same name again gets a counter, the first file is untouched", async () => {
    const first = await saveDocument(dir, pdf);
    const second = await saveDocument(dir, { ...pdf, bytes: Buffer.from("other") });
    expect(path.basename(first.file)).toBe("report-0123abcd.pdf");
    expect(path.basename(second.file)).toBe("report-0123abcd-2.pdf");
    expect((await readFile(first.file)).equals(pdf.bytes)).toBe(true);
  });

  it("adds the link to an existing metadata.json, keeping its entries, and undo takes both out", async () => {
    await writeFile(path.join(dir, "metadata.json"), JSON.stringify({ documents: { "a.txt": { title: "A" } } }));
    const saved = await saveDocument(dir, pdf);
    expect(await sidecar()).toEqual({ documents: { "a.txt": { title: "A" }, "report-0123abcd.pdf": { url: pdf.sidecar!.url } } });
    await saved.undo();
    expect(await sidecar()).toEqual({ documents: { "a.txt": { title: "A" } } });
    expect(await readdir(dir)).toEqual(["metadata.json"]);
  });

  it("refuses to touch a metadata.json it cannot read, and leaves no file behind", async () => {
    await writeFile(path.join(dir, "metadata.json"), "{ not json");
    await expect(saveDocument(dir, pdf)).rejects.toThrow(/is not valid metadata, so the link cannot be recorded/);
    expect(await readdir(dir)).toEqual(["metadata.json"]);
  });
});

describe("probeDocument and findTwin", () => {
  it("reads a PDF with its link as the index will, and finds it again by link or bytes", async () => {
    const doc = await probeDocument(pdf, 1 << 20);
    expect(doc.meta).toMatchObject({ title: "Hubei report", url: "https://example.org/report.pdf" });
    expect(findTwin(doc, [doc])).toBe(doc);
    expect(findTwin(doc, [{ ...doc, hash: "x", text: "y", meta: { ...doc.meta, url: "https://example.org/other" } }])).toBeUndefined();
  });

  it("refuses a file that does not read as a document", async () => {
    await expect(probeDocument(fileDocument("scan.pdf", makePdf([[""]]), ".pdf"), 1 << 20)).rejects.toThrow(/no text layer/);
  });
});

describe("saving at the edges", () => {
  const text: StoredDocument = { name: "note-89abcdef.txt", bytes: Buffer.from("Anhui's imports fell 2 percent."), kind: "text" };

  it("writes no metadata.json for a document that carries no link, and undo takes only the file out", async () => {
    await writeFile(path.join(dir, "other.txt"), "stays");
    const saved = await saveDocument(path.join(dir, "new", "folder"), text);
    expect(await readdir(path.join(dir, "new", "folder"))).toEqual(["note-89abcdef.txt"]);
    await saved.undo();
    expect(await readdir(path.join(dir, "new", "folder"))).toEqual([]);
    expect(await readdir(dir)).toEqual(["new", "other.txt"]);
  });

  it("gives up after 20 names, saying which name and folder", async () => {
    for (let n = 1; n <= 20; n++) await saveDocument(dir, text);
    expect(await readdir(dir)).toContain("note-89abcdef-20.txt");
    await expect(saveDocument(dir, text)).rejects.toMatchObject({
      code: "BAD_INPUT", message: `20 files named like note-89abcdef.txt already exist in ${dir}`,
    });
  });

  it("writes metadata.json whole, indented, keeping its other keys, and drops only the removed file's entry", async () => {
    const sheet = { generated: "by hand", documents: { "a.txt": { title: "A" } } };
    await writeFile(path.join(dir, "metadata.json"), JSON.stringify(sheet));
    const first = await saveDocument(dir, pdf);
    await saveDocument(dir, { ...pdf, bytes: Buffer.from("second") });
    const raw = await readFile(path.join(dir, "metadata.json"), "utf8");
    expect(raw).toBe(`${JSON.stringify(JSON.parse(raw), null, 2)}\n`);
    expect(JSON.parse(raw)).toEqual({ ...sheet, documents: {
      ...sheet.documents, "report-0123abcd.pdf": pdf.sidecar, "report-0123abcd-2.pdf": pdf.sidecar,
    } });
    await first.undo();
    expect(await sidecar()).toEqual({ generated: "by hand", documents: { "a.txt": { title: "A" }, "report-0123abcd-2.pdf": pdf.sidecar } });
    expect((await readdir(dir)).sort()).toEqual(["metadata.json", "report-0123abcd-2.pdf"]);
  });
});

describe("fileDocument", () => {
  it("names a local file by its safe stem and a hash of its bytes, its kind by the extension", () => {
    const bytes = Buffer.from("Yunnan's trade with Laos grew.");
    const doc = fileDocument("../reports/Yunnan & Laos.txt", bytes, ".txt");
    expect(doc).toEqual({ name: expect.stringMatching(/^Yunnan-Laos-[0-9a-f]{8}\.txt$/), bytes, kind: "text" });
    expect(fileDocument("Yunnan & Laos.txt", Buffer.from("other"), ".txt").name).not.toBe(doc.name);
    expect(fileDocument("p.pdf", bytes, ".pdf").kind).toBe("pdf");
    expect(fileDocument("p.html", bytes, ".html").kind).toBe("html");
    expect(fileDocument("p.md", bytes, ".md").kind).toBe("text");
    expect(fileDocument(`${"y".repeat(100)}.md`, bytes, ".md").name).toMatch(/^y{60}-[0-9a-f]{8}\.md$/);
  });
});

describe("probing and twins at the edges", () => {
  it("reads a PDF without a link as having none, and refuses one over the size limit, saying why", async () => {
    const bare = await probeDocument({ ...pdf, sidecar: undefined }, 1 << 20);
    expect(bare.meta.url).toBeUndefined();
    await expect(probeDocument(pdf, 100)).rejects.toMatchObject({ code: "BAD_INPUT", message: expect.stringMatching(/^it could not be read: \S/) });
  });

  it("finds a twin by the same text or the same bytes, never by two missing links", async () => {
    const doc = await probeDocument({ ...pdf, sidecar: undefined }, 1 << 20);
    const other = { ...doc, hash: "other", text: "other text" };
    expect(findTwin(doc, [other])).toBeUndefined();
    expect(findTwin(doc, [{ ...other, text: doc.text }])).toBeDefined();
    expect(findTwin(doc, [{ ...other, hash: doc.hash }])).toBeDefined();
  });
});
