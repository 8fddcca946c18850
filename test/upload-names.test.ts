// The names uploads are stored under (bot/collections/uploads.ts): safe, bounded, never the same document id
// twice in a server (whatever the extension or letter case), numbered first, then hash-suffixed, then refused.
import { describe, expect, it } from "vitest";
import { MAX_STEM_CHARS, safeFileName, storedNameFor } from "../bot/collections/uploads.js";

const HASH = "0123456789abcdef".repeat(4);

describe("storedNameFor", () => {
  it("keeps the safe name when no document of the server has its stem", () => {
    expect(storedNameFor("Gansu exports.md", ".md", HASH, ["gansu.md", "exports.md"])).toBe("Gansu-exports.md");
    expect(storedNameFor("a.md", ".md", HASH, [])).toBe("a.md");
  });

  it("numbers a name whose stem is taken, whatever its extension or letter case", () => {
    expect(storedNameFor("report.md", ".md", HASH, ["REPORT.txt"])).toBe("report-2.md");
    expect(storedNameFor("report.md", ".pdf", HASH, ["report.pdf", "Report-2.html"])).toBe("report-3.pdf");
  });

  it("numbers up to 9, then appends 8, 16 and 32 characters of the hash, then refuses", () => {
    const taken = ["a.md", ...Array.from({ length: 8 }, (_, i) => `a-${i + 2}.md`)];
    expect(storedNameFor("a.md", ".md", HASH, taken.slice(0, -1))).toBe("a-9.md");
    expect(storedNameFor("a.md", ".md", HASH, taken)).toBe(`a-${HASH.slice(0, 8)}.md`);
    taken.push(`a-${HASH.slice(0, 8)}.md`);
    expect(storedNameFor("a.md", ".md", HASH, taken)).toBe(`a-${HASH.slice(0, 16)}.md`);
    taken.push(`a-${HASH.slice(0, 16)}.md`);
    expect(storedNameFor("a.md", ".md", HASH, taken)).toBe(`a-${HASH.slice(0, 32)}.md`);
    taken.push(`a-${HASH.slice(0, 32)}.txt`);
    expect(() => storedNameFor("a.md", ".md", HASH, taken)).toThrow('no free name for the upload "a": 12 tried');
  });

  it("cuts a long stem so that the number or hash suffix survives the length limit", () => {
    const long = `${"x".repeat(120)}.md`;
    const stem = "x".repeat(MAX_STEM_CHARS);
    expect(storedNameFor(long, ".md", HASH, [])).toBe(`${stem}.md`);
    expect(storedNameFor(long, ".md", HASH, [`${stem}.md`])).toBe(`${"x".repeat(MAX_STEM_CHARS - 2)}-2.md`);
    const numbered = Array.from({ length: 8 }, (_, i) => `${"x".repeat(MAX_STEM_CHARS - 2)}-${i + 2}.md`);
    const hashed = storedNameFor(long, ".md", HASH, [`${stem}.md`, ...numbered]);
    expect(hashed).toBe(`${"x".repeat(MAX_STEM_CHARS - 9)}-${HASH.slice(0, 8)}.md`);
    expect(hashed.length).toBe(MAX_STEM_CHARS + ".md".length);
  });
});

describe("safeFileName at its limits", () => {
  it("drops a dash or dot the length cut leaves at the end", () => {
    expect(safeFileName(`${"a".repeat(MAX_STEM_CHARS - 1)}-b.txt`, ".txt")).toBe(`${"a".repeat(MAX_STEM_CHARS - 1)}.txt`);
    expect(safeFileName(`${"a".repeat(MAX_STEM_CHARS - 2)}.-b.txt`, ".txt")).toBe(`${"a".repeat(MAX_STEM_CHARS - 2)}.txt`);
  });

  it("keeps dots and dashes inside a name, and only the last extension goes", () => {
    expect(safeFileName("Jiangxi.2025-q3.final.pdf", ".pdf")).toBe("Jiangxi.2025-q3.final.pdf");
    expect(safeFileName("no-extension", ".md")).toBe("no-extension.md");
    expect(safeFileName("", ".md")).toBe("document.md");
  });
});
