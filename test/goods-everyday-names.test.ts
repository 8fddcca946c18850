import { describe, expect, it } from "vitest";
import { sameGoods, subjectFinder } from "../text/subjects.js";

// Goods asked by an abbreviation or another everyday name of the name the documents give them ("pv" for "photovoltaic
// products", "seafood" for "aquatic products"); one goods, never a broader or narrower one. Made-up questions.
describe("goods asked by another everyday name", () => {
  it.each([
    ["photovoltaic products", "how much were the city's pv exports in 2031?"],
    ["aquatic products", "seafood exports of the port city last year"],
    ["household appliances", "home appliances exports in h1"],
    ["auto parts", "car parts exports 2031"],
    ["garments", "clothing exports in 2031"],
    ["soybeans", "soya imports in 2031"],
  ])("find the stored %s", (stored, question) => {
    expect(subjectFinder([stored])(question)).toEqual([stored]);
  });
  it("are the same goods either way round", () => {
    expect(sameGoods("photovoltaic products", "pv")).toBe(true);
    expect(sameGoods("seafood", "aquatic products")).toBe(true);
  });
  it("are never a part or a whole of other goods", () => {
    expect(sameGoods("solar cells", "photovoltaic products")).toBe(false);
    expect(sameGoods("textiles", "garments")).toBe(false);
    expect(sameGoods("auto parts", "cars")).toBe(false);
    expect(subjectFinder(["solar cells"])("pv exports in 2031")).toEqual([]);
  });
});
