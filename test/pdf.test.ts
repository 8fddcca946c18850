// PDF documents: real PDFs (written by test/helpers/makePdf.ts) read page by page with their metadata,
// answered with page citations; broken, scanned, slow or mislabelled files are skipped with a reason.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus, unwrapLines } from "../corpus/load.js";
import { answer } from "../retrieval/answer.js";
import { pageAt } from "../retrieval/citations.js";
import { openEngine } from "../retrieval/engine.js";
import { makePdf } from "./helpers/makePdf.js";
import { tempDir } from "./helpers/paths.js";

const REPORT = makePdf([
  ["Hunan foreign trade report", "Hunan's exports grew 9.5 percent in 2024, the provincial", "commerce department said."],
  ["In the first half of 2025, Hunan's imports reached 120.5", "billion yuan, up 4.2 percent year on year."],
], { title: "Hunan foreign trade in the first half of 2025", created: "D:20250801120000+08'00'" });

async function folder(files: Record<string, Buffer | string>) {
  const dir = await tempDir();
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

describe("reading PDFs", () => {
  it("keeps each page's start, joins wrapped lines and takes title and date from the metadata", async () => {
    const { documents, skipped } = await loadCorpus(await folder({ "hunan.pdf": REPORT }));
    expect(skipped).toEqual([]);
    const [doc] = documents;
    expect(doc!.meta).toMatchObject({ title: "Hunan foreign trade in the first half of 2025", published: "2025-08-01", source: "hunan.pdf" });
    expect(doc!.pages).toHaveLength(2);
    expect(doc!.text.slice(doc!.pages![1]!)).toBe("In the first half of 2025, Hunan's imports reached 120.5 billion yuan, up 4.2 percent year on year.");
    expect(doc!.text).toContain("Hunan foreign trade report\nHunan's exports grew 9.5 percent in 2024, the provincial commerce department said.");
  });

  it("joins a line only where a sentence carries on", () => {
    expect(unwrapLines("Trade rose 5 percent, the\nbureau said.\nOutlook\nExports may slow.")).toBe("Trade rose 5 percent, the bureau said.\nOutlook\nExports may slow.");
  });

  it("skips a corrupt PDF, a scan without text, a file that is not what its name says, and a PDF that takes too long", async () => {
    const dir = await folder({
      "broken.pdf": Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from("garbage ".repeat(200))]),
      "scan.pdf": makePdf([[]]),
      "fake.pdf": "just some text, not a PDF at all",
      "renamed.md": REPORT,
      "ok.md": "Hubei's exports grew 12.5 percent in 2023.",
    });
    const { documents, skipped } = await loadCorpus(dir);
    expect(documents.map((d) => d.meta.source)).toEqual(["ok.md"]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.path, s.reason]));
    expect(reasons["broken.pdf"]).toMatch(/^could not be read as a PDF: /);
    expect(reasons["scan.pdf"]).toMatch(/no text layer/);
    expect(reasons["fake.pdf"]).toMatch(/not a PDF \(no %PDF header\)/);
    expect(reasons["renamed.md"]).toBe("the content is a PDF, not .md text: rename it .pdf");
    const slow = await loadCorpus(await folder({ "hunan.pdf": REPORT }), { pdfTimeoutMs: 1 });
    expect(slow.skipped[0]?.reason).toMatch(/took longer than 0 s to read/);
  });
});

describe("answering from a PDF", () => {
  // three pages, the figure on the middle one. Regression: "a PDF figure always cites the last page" passed
  // while the figure sat on the last page, and "non-PDFs get page 1" passed while no Markdown file was cited.
  const THREE_PAGES = makePdf([
    ["Hunan foreign trade report", "Hunan's exports grew 9.5 percent in 2024, the provincial", "commerce department said."],
    ["In the first half of 2025, Hunan's imports reached 120.5", "billion yuan, up 4.2 percent year on year."],
    ["Outlook", "The department expects steady demand for machinery and", "farm produce in the second half of the year."],
  ], { title: "Hunan foreign trade in the first half of 2025", created: "D:20250801120000+08'00'" });

  it("answers with the figure and cites the page it is on; other documents have no page", async () => {
    const corpusDir = await folder({ "hunan.pdf": THREE_PAGES, "hubei.md": "---\npublished: 2024-03-01\n---\nHubei's exports grew 12.5 percent in 2023." });
    const engine = await openEngine({ embedder: { spec: "use-lite" }, indexDir: path.join(await tempDir(), "index"), corpusDir });
    try {
      const a = await answer("How much did Hunan import in the first half of 2025?", engine);
      expect(a.abstained).toBe(false);
      expect(a.figures.map((f) => f.value)).toContain(120.5);
      const cited = a.citations.find((c) => c.source === "hunan.pdf");
      expect(cited?.page).toBe(2);
      const md = await answer("How fast did Hubei's exports grow in 2023?", engine);
      const mdCited = md.citations.find((c) => c.source === "hubei.md");
      expect(mdCited).toBeDefined();
      expect(mdCited!.page).toBeUndefined();
    } finally {
      await engine.embedder.close();
    }
  }, 60_000);
});

describe("pageAt", () => {
  it("is the 1-based page an offset falls on, and undefined for a document without pages", () => {
    const doc = { pages: [0, 100, 250] };
    expect([0, 99, 100, 249, 250, 900].map((o) => pageAt(doc, o))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(pageAt({}, 0)).toBeUndefined();
    expect(pageAt({ pages: undefined }, 120)).toBeUndefined();
  });
});

describe("a line wrapped inside a relative clause before a capitalised word", () => {
  it("is joined to the next, so the sentence keeps its subject", () => {
    expect(unwrapLines("Bonded trade, which covers goods moving through the Westgate Comprehensive\nBonded Zone and other "
      + "areas, reached 31.5 billion yuan.\n3. Trade by enterprise\nPrivate firms traded 12.1 billion yuan."))
      .toBe("Bonded trade, which covers goods moving through the Westgate Comprehensive Bonded Zone and other areas, reached "
        + "31.5 billion yuan.\n3. Trade by enterprise\nPrivate firms traded 12.1 billion yuan.");
  });
});
