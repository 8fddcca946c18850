import { describe, expect, it } from "vitest";
import { findEntities } from "../text/entities.js";
import { findMetricWords } from "../text/flows.js";
import { describedCity } from "../text/described.js";
import { fencedTables } from "../corpus/formats/markdown.js";
import { factsOf, one } from "./helpers/facts.js";

// Stop 28's review of the merged readers: each rule narrowed to the shape its comment names (each failed before)
describe("readers narrowed to their shape", () => {
  it("keeps a city the topic when a quoted speaker says 'we' in a document titled after its province", () => {
    const facts = factsOf("Linhai's exports rose 5 percent to 100 billion yuan in 2031. \"We are confident,\" said a customs "
      + "official in Linhai. Its imports rose 3 percent to 50 billion yuan.", { title: "Zhejiang foreign trade in 2031",
      published: "2032-01-20" });
    expect(one(facts, 50).entity).not.toBe("zhejiang");
  });
  it("reads 'in tariffs' as money saved only after an amount of money", () => {
    const words = (t: string) => findMetricWords(t).map((w) => w.metric);
    expect(words("Exports to the US grew 5 percent in 2031 despite a rise in tariffs, reaching 100 billion yuan.")).not
      .toContain("other");
    expect(words("Firms saved 1.2 billion yuan in duties under the agreement.")).toContain("other");
  });
  it("never reads a two-letter alias written inside a name ('IM Motors') as a place", () => {
    expect(findEntities("SAIC's IM Motors exported 5,000 vehicles in 2031.").map((e) => e.id)).not.toContain("inner-mongolia");
  });
  it("gives 'imports to the region' no partner: the region is the owner's own", () => {
    const facts = factsOf("Xinjiang's exports to Central Asia rose 10 percent to 200 billion yuan in 2031. Imports to the "
      + "region grew 5 percent to 30 billion yuan.", { published: "2032-01-20" });
    expect(one(facts, 30).partner).toBeUndefined();
  });
  it("gives 'exports from them' no partner named only inside an aside of the sentence before", () => {
    const facts = factsOf("Private firms in Yiwu, which sell mostly to Africa, led the city's trade in 2031. Exports from them "
      + "rose 8 percent to 50 billion yuan.", { published: "2032-01-20" });
    expect(one(facts, 50).partner).toBeUndefined();
  });
  it("reads figures after a colon that follows a goal as results when their verb says so", () => {
    const facts = factsOf("Linhai's goals for Europe paid off: exports to the EU rose 12 percent to 30 billion yuan in 2031.",
      { published: "2032-01-20" });
    expect(one(facts, 30).qualifier ?? "").not.toMatch(/forecast/);
  });
  it("reads no firm's home in 'home appliance' or in 'the province's home …'", () => {
    expect(describedCity("How much did Midea's home appliance exports grow in 2031?")?.home).toBeUndefined();
    expect(describedCity("What was the province's home appliance export value in 2031?")?.home).toBeUndefined();
    expect(describedCity("chery's home city in 2031: exports?")?.home).toBe("chery");
  });
  it("takes 'Of these' as a part of goods counted only in the sentence just before", () => {
    const facts = factsOf("Linhai exported 112,600 vehicles in 2031. Its trade rose 5 percent to 300 billion yuan. Of these, "
      + "31,800 were new energy vehicles.", { published: "2032-01-20" });
    expect(facts.some((f) => f.value === 31800)).toBe(false);
  });
  it("reads fenced tables as rows and drops fenced code, unclosed fences left as they are", () => {
    const md = "```text\nMonth   Exports   Imports\nJan     1.2       3.4\nFeb     2.2       4.4\n```\nProse.";
    expect(fencedTables(md)).toContain("| Jan | 1.2 | 3.4 |");
    expect(fencedTables("```js\nlet a = 1;\n```\nText.")).not.toContain("let a");
    const unclosed = "```js\nx\n".repeat(3);
    expect(fencedTables(unclosed)).toBe(unclosed);
  });
});
