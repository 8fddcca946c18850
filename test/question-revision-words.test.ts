import { describe, expect, it } from "vitest";
import { contentWords } from "../retrieval/evidence.js";
import { stem } from "../retrieval/figures/select.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// "X's may 2031 trade after the revision?": a sentence or row says "was revised to", "(revised)", never the noun; the
// question's word is the verb's stem, which such a text has, typed with a slip too ("revison").
describe("'the revision' asked of a figure", () => {
  it("is the stem of 'revised', which a revised row or sentence says", () => {
    const words = contentWords(parseQuestion("what was ostland's may 2031 trade total after the revision?"));
    expect(words).toContain(stem("revised"));
    expect(words).not.toContain("revision");
  });
  it("is read the same when mistyped", () => {
    expect(contentWords(parseQuestion("ostland's may 2031 trade total after the revison?"))).toContain(stem("revised"));
  });
  it("'the correction' is the stem of 'corrected'", () => {
    expect(contentWords(parseQuestion("ostland's may 2031 exports after the correction?"))).toContain(stem("corrected"));
  });
  it("leaves other words as they are", () => {
    expect(contentWords(parseQuestion("ostland's may 2031 trade in drones?"))).toContain("drone");
  });
});

// "did export growth speed up or slow down from jan-oct to the full year?": two rates set side by side; no sentence of
// either says "speed".
describe("'speed up' in a question on two rates", () => {
  it("is no word a cited sentence has to use", () => {
    const words = contentWords(parseQuestion("did ostland's drone export growth speed up or slow down from jan-oct 2031 to full year 2031?"));
    expect(words.some((w) => w.startsWith("spe"))).toBe(false);
    expect(words).toContain("drone");
  });
});
