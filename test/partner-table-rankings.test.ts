import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { askIntent, baseOf } from "./helpers/figureBase.js";
import { factsOf } from "./helpers/facts.js";

// A city's partners in a table under a sentence that gives its unit and what its bracketed figures are, after a
// sentence calling a place outside the mainland "our largest trading partner"; and rankings that name that place.
// (Made-up city figures.)
const ARTICLE = [
  "**Q: Which partners drove the growth?**",
  "",
  "**Official:** Macao remains our largest trading partner. The figures are below (billion yuan, growth on 2024 in brackets).",
  "",
  "| Partner | 2025 trade | Growth (%) |",
  "|---|---|---|",
  "| Macao | 71.3 | (4.2) |",
  "| ASEAN | 55.8 | (16.5) |",
  "| European Union | 40.7 | (9.1) |",
  "",
  "Trade in services also grew.",
].join("\n");
const META = { title: "Zhuhai answers questions on its 2025 foreign trade", published: "2026-01-20" };

describe("a partner table whose caption sentence gives its unit and its bracketed growth", () => {
  it("reads each row as the city's trade with the partner, the bracketed figures as growth as written", () => {
    const facts = factsOf(ARTICLE, META).filter((f) => f.partner && f.value !== 1.9);
    expect(facts.map((f) => [f.entity, f.partner, f.measure, f.value, f.unit])).toEqual([
      ["city:zhuhai", "macao", "amount", 71.3, "billion yuan"],
      ["city:zhuhai", "macao", "growth", 4.2, "%"],
      ["city:zhuhai", "partner:asean", "amount", 55.8, "billion yuan"],
      ["city:zhuhai", "partner:asean", "growth", 16.5, "%"],
      ["city:zhuhai", "partner:eu", "amount", 40.7, "billion yuan"],
      ["city:zhuhai", "partner:eu", "growth", 9.1, "%"],
    ]);
  });
  it("reads no bracketed figure when nothing says what brackets hold (they may mark a fall)", () => {
    const bare = ARTICLE.replace(", growth on 2024 in brackets", "");
    expect(factsOf(bare, META).filter((f) => f.measure === "growth" && f.partner)).toEqual([]);
  });
  it("keeps the city the owner after a place is called its partner", () => {
    const facts = factsOf("Macao remained our largest trading partner. Trade with ASEAN rose 7.7 percent.", META);
    expect(facts.map((f) => [f.entity, f.partner, f.value])).toEqual([["city:zhuhai", "partner:asean", 7.7]]);
  });
});

describe("a ranking of partners that names a place outside the mainland", () => {
  it("reads the place after 'partners', or opening a list of partners, as one of them", () => {
    expect(parseQuestion("rank zhuhai's partners macao, asean and eu by 2025 trade value")).toMatchObject({
      entities: ["city:zhuhai"], partners: ["macao", "partner:asean", "partner:eu"],
    });
    expect(parseQuestion("zhuhai 2025: rank macao, asean and the eu by trade value").partners)
      .toEqual(["macao", "partner:asean", "partner:eu"]);
    // (places of the mainland listed are still the places ranked)
    expect(parseQuestion("rank fujian, jiangxi and hunan by trade in 2025").entities).toEqual(["fujian", "jiangxi", "hunan"]);
  });
  it("ranks the city's partners by value, and by growth", () => {
    const base = baseOf([["zh", META.title, META.published, ARTICLE]]);
    const byValue = askIntent(base, "rank zhuhai's partners macao, asean and eu by 2025 trade value");
    expect(byValue.answer?.figures.map((f) => f.value)).toEqual([71.3, 55.8, 40.7]);
    const fastest = askIntent(base, "which of zhuhai's trading partners grew fastest in 2025?");
    expect(fastest.answer?.figures[0]?.value).toBe(16.5);
  });
});
