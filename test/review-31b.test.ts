import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { factsOf } from "./helpers/facts.js";

// Shapes a second review of stop 31 reproduced (made-up places and figures).
describe("'HK' in an article", () => {
  it("is no Hong Kong figure when it is money ('raised HK$ 3.5 billion')", () => {
    const facts = factsOf("Hubei's exports rose 6.2 percent in 2030, and a Wuhan-based firm listed in HK raised "
      + "HK$ 3.5 billion in 2030.", { published: "2031-01-20" });
    expect(facts.filter((f) => /hong/i.test(`${f.entity} ${f.partner ?? ""}`))).toEqual([]);
  });
  it("is still Hong Kong in a question ('rank asean, hk, eu')", () => {
    const q = parseQuestion("lakeview 2031: rank asean, hk and eu by trade growth");
    expect([...q.entities, ...q.partners].some((e) => /hong-kong/.test(e))).toBe(true);
  });
});

describe("a bare plural opening a question", () => {
  it("does not turn an amount asked into a list ('goods with zero tariffs - how much …')", () => {
    expect(parseQuestion("goods with zero tariffs - how much did Zorland export in 2031?").intent).not.toBe("list");
  });
  it("still asks which ones after a label ('X 2031: partners with double-digit growth?')", () => {
    expect(parseQuestion("zorland 2031: partners with double-digit growth?").intent).toBe("list");
  });
});

describe("'down from N percent' after a growth rate", () => {
  it("is no share when the share stands in another clause of the sentence", () => {
    const a = factsOf("Hubei's exports grew 6.2 percent in 2030, accounting for 40.5 percent of its trade; imports rose "
      + "3.3 percent, down from 8.1 percent a year earlier.", { published: "2031-01-20" });
    expect(a.filter((f) => f.value === 8.1 && f.measure === "share")).toEqual([]);
    const b = factsOf("Hubei's share of national trade was 2.1 percent in 2030, and its exports grew 6.2 percent, down "
      + "from 8.1 percent in 2029.", { published: "2031-01-20" });
    expect(b.filter((f) => f.value === 8.1 && f.measure === "share")).toEqual([]);
  });
  it("is a share's earlier level after a share ('46.7 percent of the total, down from 57.2 percent in 2008')", () => {
    const facts = factsOf("In 2030 Hubei's processing trade was 46.7 percent of the total, down from 57.2 percent in 2008.",
      { published: "2031-01-20" });
    expect(facts.filter((f) => f.value === 57.2).map((f) => f.measure)).toEqual(["share"]);
  });
});
