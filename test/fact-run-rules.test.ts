import { describe, expect, it } from "vitest";
import { documentDate } from "../facts/extract.js";
import { factsOf, one } from "./helpers/facts.js";

// Runs of names and figures that "respectively" maps onto, asides and the periods of figures (facts/extract.ts), on
// made-up sentences. Written against the survivors of the facts area's mutation run, Stop 29.
const Y2019 = { published: "2020-01-20" };

describe("a run of partners 'respectively' maps figures onto", () => {
  it("counts a partner spelled out in brackets after its short name once", () => {
    const facts = factsOf("Jilin's trade with ASEAN (Association of Southeast Asian Nations), the EU and Japan rose 5 percent, "
      + "3 percent and 2 percent respectively in 2019.", Y2019);
    expect([5, 3, 2].map((v) => one(facts, v).partner)).toEqual(["partner:asean", "partner:eu", "partner:japan"]);
  });
  it("maps a run of amounts and a run of changes onto the same partners", () => {
    const facts = factsOf("Jilin's exports to Japan and Korea were 3.1 billion yuan and 2.2 billion yuan in 2019, up 5 percent "
      + "and 7 percent respectively.", Y2019);
    expect([3.1, 2.2, 5, 7].map((v) => one(facts, v).partner))
      .toEqual(["partner:japan", "partner:south-korea", "partner:japan", "partner:south-korea"]);
  });
});

describe("the date an undated document was filed", () => {
  it("is read from a dateline on one of its first lines only", () => {
    const dateline = "WUHAN, Oct. 23, 2020 (Xinhua) -- Trade rose 5 percent.";
    expect(documentDate({ text: `Trade news\n${dateline}`, meta: { title: "t", source: "s" } }))
      .toEqual({ docYear: 2020, docMonth: 10 });
    expect(documentDate({ text: `${"Trade grew. ".repeat(90)}\n${dateline}`, meta: { title: "t", source: "s" } })).toEqual({});
  });
});
