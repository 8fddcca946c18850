import { describe, expect, it } from "vitest";
import { sameGoods } from "../text/subjects.js";
import { factsOf, one } from "./helpers/facts.js";

// Goods named after the place that makes them, and lists of goods that end with the group they belong to: made-up
// sentences in the shapes news writes them.
const meta = { title: "Jiangxi trade news", published: "2031-02-01" };

describe("goods named right after their place", () => {
  it("are the place's goods, never its total exports", () => {
    const facts = factsOf("Jingdezhen's exports came to 41.2 billion yuan in 2030. Exports of Jingdezhen porcelain, "
      + "led by two big kilns, reached 733 million yuan in 2030, up 12.4 percent.", meta);
    expect(one(facts, 41.2).subject).toBeUndefined();
    expect([one(facts, 733).entity, one(facts, 733).subject]).toEqual(["city:jingdezhen", "porcelain"]);
    expect(one(facts, 12.4).subject).toBe("porcelain");
  });
  it("are no one goods when several follow the place", () => {
    const facts = factsOf("Exports of Jingdezhen porcelain and tea were 1.7 and 0.4 billion yuan respectively.", meta);
    expect(one(facts, 1.7).subject).not.toBe("porcelain and tea");
  });
  it("leave a place named alone, or with words of when, its own", () => {
    const facts = factsOf("Exports of Jingdezhen reached 9.1 billion yuan in 2030. Exports of Jingdezhen last year "
      + "rose 3.3 percent.", meta);
    expect(one(facts, 9.1).subject).toBeUndefined();
    expect(one(facts, 3.3).subject).toBeUndefined();
  });
});

describe("a list of goods ending with 'and other' goods", () => {
  it("keeps one name for its amount and the change after it, without the place they come from", () => {
    const facts = factsOf("Exports of teapots, vases and other ceramic products from Jingdezhen in northeastern Jiangxi "
      + "reached 5.27 billion yuan last year, up 16.1 percent year on year.", meta);
    expect(one(facts, 5.27).subject).toBe("teapots, vases and other ceramic products");
    expect(one(facts, 16.1).subject).toBe("teapots, vases and other ceramic products");
  });
  it("answers a question asking the group", () => {
    expect(sameGoods("teapots, vases and other ceramic products", "ceramic products")).toBe(true);
    expect(sameGoods("teapots, vases and other ceramic products", "vases")).toBe(false);
  });
});
