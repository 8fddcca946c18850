import { describe, expect, it } from "vitest";
import { captionGoods } from "../facts/captionGoods.js";
import { factsOf } from "./helpers/facts.js";

// A table of places under a caption naming one flow of goods: made-up tables in the shape rankings print them.
const meta = { title: "Provincial rankings", published: "2031-01-20" };

describe("captionGoods", () => {
  it("reads the goods a caption names before its flow and 'by province'", () => {
    expect(captionGoods("Ranking of tractor exports by province, 2030")).toBe("tractor");
    expect(captionGoods("Table 2: Crude oil imports by city (10,000 tonnes)")).toBe("crude oil");
  });
  it("reads none from a caption of a whole flow or of who trades", () => {
    expect(captionGoods("Foreign trade exports by province, 2030")).toBeUndefined();
    expect(captionGoods("Total imports by city")).toBeUndefined();
    expect(captionGoods("Main exports by city")).toBeUndefined();
    expect(captionGoods("Private enterprises' exports by city")).toBeUndefined();
  });
});

describe("a table of places under such a caption", () => {
  it("gives each place's row the goods, never the place's total exports", () => {
    const text = "Tractor exports rose again in 2030.\n\n## Ranking of tractor exports by province, 2030\n\n"
      + "| Rank | Province | Value (billion yuan) | Share of national value (%) |\n|---|---|---|---|\n"
      + "| 1 | Shandong | 8.4 | 31.2 |\n| 2 | Jiangsu | 5.1 | 18.9 |\n";
    const facts = factsOf(text, meta).filter((f) => f.entity === "jiangsu");
    expect(facts.map((f) => [f.measure, f.value, f.subject])).toEqual(expect.arrayContaining([
      ["amount", 5.1, "tractor"], ["share", 18.9, "tractor"]]));
    expect(facts.filter((f) => !f.subject)).toEqual([]);
  });
});
