import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explainParts } from "../retrieval/explain/asks.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { answersOver } from "./helpers/answerOver.js";

// A figure question read as one, whatever remark it carries: a lead clause that works from figures ("given the 2031
// growth rate, what were … in 2030 roughly?") asks a level worked back, no thing to define; a remark that the figure is
// not stated ("(not stated directly)") names no word a sentence has to hold. Made-up figures and documents.
const kinds = (q: string) => explainParts(q).map((p) => p.kind);

describe("a lead clause working from figures", () => {
  it("makes the 'what were …' after it a figure question, even with the flow mistyped", () => {
    expect(kinds("given the 2031 growth rate, what were norland's expots in 2030 roughly?")).toEqual([]);
    expect(kinds("based on the 2031 number and growth rate, what were norland duty-free sales in 2030 roughly")).toEqual([]);
  });
  it("leaves a definition asked after a clause that works from no figure, or of a quoted term", () => {
    expect(kinds("given the new rules, what is the bonded repair scheme?")).toEqual(["definition"]);
    expect(kinds("given the 2031 growth rate, what are the 'new three' products?")).toEqual(["definition"]);
  });
});

describe("a remark that the figure is not stated", () => {
  it("names no word a sentence must hold", () => {
    const { terms } = parseQuestion("norland q1 2031 trade value? (not stated directly)");
    for (const w of ["not", "stated", "directly"]) expect(terms).not.toContain(w);
  });
  it("leaves other bracketed words as terms", () => {
    expect(parseQuestion("norland q1 2031 trade value? (shoe makers)").terms).toContain("shoe");
  });
});

describe("answered end to end", () => {
  let ctx: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ctx = await answersOver({
      "ningxia-2031.md": "---\ntitle: Ningxia trade in 2031\npublished: 2032-01-20\n---\n\nNingxia's foreign trade rose 8 "
        + "percent to 500 billion yuan in 2031. Exports grew 10 percent to 330 billion yuan, while imports rose 4.2 percent "
        + "to 170 billion yuan.\n\n\"Growth was driven by new markets,\" an official said.\n",
      "ningxia-h1-2032.md": "---\ntitle: Ningxia trade up in H1\npublished: 2032-07-15\n---\n\nNingxia's foreign trade "
        + "reached 260 billion yuan in the first half of 2032, up 5 percent year on year.\n\nIn the second quarter alone, "
        + "Ningxia's foreign trade was 140 billion yuan.\n",
    });
  }, 60_000);
  afterAll(() => ctx?.close());
  it("works the earlier level back from the later one and its growth, the flow mistyped", async () => {
    const a = await ctx.ask("given the 2031 growth rate, what were ningxia's expots in 2030 roughly?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContainEqual(expect.closeTo(300, 1));
  });
  it("works a quarter out from the half and its other quarter, the remark aside", async () => {
    const a = await ctx.ask("ningxia q1 2032 trade value? (not stated directly)");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContainEqual(expect.closeTo(120, 1));
  });
});
