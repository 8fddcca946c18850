import { describe, expect, it } from "vitest";
import { sameGoods } from "../text/subjects.js";
import { factsOf, one } from "./helpers/facts.js";

// Goods named with the place they are shipped from, and goods asked by their trade initials or everyday name: made-up
// sentences in the shapes news writes them.
const meta = { title: "Provincial trade news", published: "2031-01-20" };

describe("goods 'from' the figure's own place", () => {
  it("are the goods alone, the place the figure's owner", () => {
    const facts = factsOf("Exports of rubber gloves from northwest China's Gansu Province reached 3.47 billion yuan in "
      + "2030, up 21.9 percent year on year.", meta);
    expect([one(facts, 3.47).entity, one(facts, 3.47).subject]).toEqual(["gansu", "rubber gloves"]);
    expect(one(facts, 21.9).subject).toBe("rubber gloves");
  });
  it("keep a partner they come from out of the goods' name", () => {
    const facts = factsOf("Gansu's imports of barley from Australia reached 1.12 billion yuan in 2030.", meta);
    expect(one(facts, 1.12).subject).not.toMatch(/from/);
  });
});

describe("goods asked by another name", () => {
  it("takes a trade's initials for the goods' full name", () => {
    expect(sameGoods("active pharmaceutical ingredients", "api")).toBe(true);
    expect(sameGoods("active pharmaceutical ingredients", "apis")).toBe(true);
    expect(sameGoods("apis", "active pharmaceutical ingredients")).toBe(true);
  });
  it("takes chips and ICs for integrated circuits, never wood chips", () => {
    expect(sameGoods("integrated circuits", "chips")).toBe(true);
    expect(sameGoods("integrated circuits", "ics")).toBe(true);
    expect(sameGoods("wood chips", "integrated circuits")).toBe(false);
  });
});

describe("goods asked in the other spelling", () => {
  it("takes a British name for the American one, either way round", () => {
    expect(sameGoods("labor-intensive products", "labour-intensive products")).toBe(true);
    expect(sameGoods("aluminium ingots", "aluminum ingots")).toBe(true);
    expect(sameGoods("tires", "tyres")).toBe(true);
    expect(sameGoods("labour-intensive products", "textiles")).toBe(false);
  });
});
