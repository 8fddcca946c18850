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

describe("a province after 'on the coast of'", () => {
  it("owns no figure of one facility it only locates ('A new container terminal on the east coast of Fujian')", () => {
    const facts = factsOf("A new container terminal on the east coast of Fujian handled 2.1 million TEUs in 2030.",
      { published: "2031-01-20" });
    expect(facts.filter((f) => f.value === 2.1 && f.entity === "fujian")).toEqual([]);
  });
  it("owns the figure of its ports together ('Ports along the coast of Shandong handled …')", () => {
    const facts = factsOf("Hebei's exports rose 5 percent in 2023. Ports along the coast of Shandong handled 1.9 billion "
      + "tonnes of cargo in 2023.", { published: "2024-01-20" });
    expect(facts.filter((f) => f.value === 1.9).map((f) => f.entity)).toEqual(["shandong"]);
  });
  it("locates a city described after a comma ('Quanzhou, the hub on the southeast coast of Fujian, handled …')", () => {
    const facts = factsOf("Quanzhou, the hub on the southeast coast of Fujian, handled 2.1 million TEUs in 2030.",
      { published: "2031-01-20" });
    expect(facts.filter((f) => f.value === 2.1).map((f) => f.entity)).toEqual(["city:quanzhou"]);
  });
});
