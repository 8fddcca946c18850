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
