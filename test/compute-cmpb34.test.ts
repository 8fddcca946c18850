import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";
import { sameGoods, subjectFinder } from "../text/subjects.js";

// Computed figures and shares (stop 34): the figures they are computed from, read right. Made-up documents.
const Y = { published: "2042-01-20" };

describe("a sentence opening with what it is set against", () => {
  it("leaves the places of 'Unlike most X cities,' out: 'it' is the place before", () => {
    const facts = factsOf("Xinxiang's foreign trade grew 3.3 percent to 88.20 billion yuan in 2041. Unlike most Henan "
      + "cities, it ran a deficit: imports were 51.30 billion yuan, up 1.4 percent, while exports were 36.90 billion yuan.",
    { ...Y, title: "Xinxiang's trade in 2041" });
    expect(one(facts, 51.3)).toMatchObject({ metric: "imports", measure: "amount" });
    expect(one(facts, 51.3).entity).not.toBe("henan");
    expect(one(facts, 36.9).entity).toBe(one(facts, 88.2).entity);
  });
});

describe("a part a whole is broken into after 'of which'", () => {
  it("is the part's own, not the whole's named before it", () => {
    const facts = factsOf("Trade in services reached 52.4 billion yuan in 2041, up 9.3 percent, of which transport services "
      + "were 18.6 billion yuan.", { ...Y, title: "Henan's trade in 2041" });
    expect(one(facts, 52.4)).toMatchObject({ subject: "services trade" });
    expect(one(facts, 18.6).subject).toBe("transport services");
  });
});

describe("a kind of service asked by its own word", () => {
  it("finds 'transport services' asked as 'transport', never 'other services' as 'other'", () => {
    const find = subjectFinder(["transport services", "other services", "services trade"]);
    expect(find("henan services trade 2041, and how much of it was transport?")).toContain("transport services");
    expect(find("henan's other trade in 2041")).toEqual([]);
    expect(sameGoods("transport services", "transport")).toBe(true);
  });
  it("answers the whole and the part, the part named as given", async () => {
    const { ask, close } = await answersOver({ "a.md": `---
title: "Henan's trade in 2041"
published: "2042-01-20"
---
Henan's foreign trade reached 820.5 billion yuan in 2041, up 4.4 percent.

Trade in services reached 52.4 billion yuan, up 9.3 percent, of which transport services were 18.6 billion yuan.
` });
    try {
      const a = await ask("henan services trade 2041, and how much of it was transport?");
      expect(a.answer).toContain("52.4 billion yuan");
      expect(a.answer).toContain("18.6 billion yuan");
      expect(a.abstained).toBe(false);
    } finally { await close(); }
  });
});

describe("trade dependence from a GDP the question gives", () => {
  const DOC = `---
title: "Luohe's trade in 2041"
published: "2042-01-20"
---
Luohe's total imports and exports reached 41.60 billion yuan in 2041, up 5.2 percent. Exports were 30.10 billion yuan.

The city's gross domestic product reached 260.0 billion yuan in 2041.
`;
  it("is the place's trade over that GDP, the trade figure cited", async () => {
    const { ask, close } = await answersOver({ "a.md": DOC });
    try {
      const a = await ask("luohe's gdp was 260bn yuan in 2041 - so what was its trade dependence?");
      expect(a.abstained).toBe(false);
      expect(a.figures.find((f) => f.computed)?.value).toBe(16);
      expect(a.answer).toContain("41.6 billion yuan");
    } finally { await close(); }
  });
  it("answers nothing for a year whose trade no document states", async () => {
    const { ask, close } = await answersOver({ "a.md": DOC });
    try {
      const a = await ask("luohe's gdp was 240bn yuan in 2040 - so what was its trade dependence?");
      expect(a.figures.filter((f) => f.computed)).toEqual([]);
    } finally { await close(); }
  });
});
