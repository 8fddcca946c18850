import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Ports, goods and their owners: a province that locates a port, a place ranked against with its own figure, the
// trade a customs office cleared, places listed after a figure or named where goods are made, a terminal with a name
// of its own, the part "of which" a whole is broken into, the field a place leads, and a table's unit restated from
// the text. Made-up figures.
const Y2031 = { published: "2032-01-21" };

describe("the owner of a port's figures", () => {
  it("is the port's city, not the province a stretch of coast locates it in", () => {
    const facts = factsOf("QINZHOU, Jan. 20 -- Qinzhou port on the southern coast of the Guangxi Zhuang autonomous region "
      + "handled 61.2 million tonnes of cargo in 2031, up 15.9 percent.", Y2031);
    expect(one(facts, 61.2).entity).toBe("city:qinzhou");
  });
  it("is the province itself when no named place stands before its coast ('Ports along the coast of Y')", () => {
    const facts = factsOf("Guangxi's exports rose 6.1 percent in 2031. Ports along the coast of Fujian handled 2.31 billion "
      + "tonnes of cargo in 2031. Ports on the northern coast of Jiangsu province handled 0.84 billion tonnes, up 2.2 percent.", Y2031);
    expect(one(facts, 2.31).entity).toBe("fujian");
    expect(one(facts, 0.84).entity).toBe("jiangsu");
    // (a named place's appositive locates it: the place owns the figure)
    const named = factsOf("Guangxi's exports rose 6.1 percent in 2031. Zhangzhou, the port city on the southern coast of "
      + "Fujian province, handled 52.4 million tonnes of cargo in 2031.", Y2031);
    expect(one(named, 52.4).entity).toBe("city:zhangzhou");
  });
  it("is the place ranked against for the figure given with it ('behind X at N')", () => {
    const facts = factsOf("Beihai handled 35 million tonnes in 2031. Qinzhou ranked second in the region by crude oil "
      + "unloaded, behind Beihai at 12.7 million tonnes.", Y2031);
    expect(one(facts, 12.7).entity).toBe("city:beihai");
  });
  it("is not a place of a list after the figure ('as yards in A, B and C delivered')", () => {
    const facts = factsOf("Jiangsu province's imports and exports reached 5.38 trillion yuan in 2031. Exports of ships rose 48.7 "
      + "percent to 29.8 billion yuan, as yards in Nantong, Taizhou and Yangzhou delivered bulk carriers.", Y2031);
    expect(one(facts, 29.8)).toMatchObject({ entity: "jiangsu", subject: "ships" });
  });
  it("is not a place the goods are made at", () => {
    const facts = factsOf("Anhui's exports rose 20.1 percent in 2031. Exports of flat panel displays, made mainly at the Wuhu "
      + "and Bengbu production lines, grew 31.2 percent to 12.3 billion yuan.", Y2031);
    expect(one(facts, 12.3)).toMatchObject({ entity: "anhui", subject: "flat panel displays" });
  });
  it("is the place goods named by where they are made come from, never the place the text named before", () => {
    const facts = factsOf("Jiangxi's exports rose 4.3 percent in 2031. Exports of goods made in Hunan grew 9.2 percent to "
      + "61.7 billion yuan in 2031. Exports of ships built in Fujian grew 27.4 percent to 41.8 billion yuan.", Y2031);
    expect(one(facts, 61.7).entity).toBe("hunan");
    expect(one(facts, 41.8).entity).toBe("fujian");
    const progress = factsOf("Jiangxi's exports rose 4.3 percent in 2031. Progress made in Hainan lifted its trade 13.6 "
      + "percent to 212.4 billion yuan in 2031.", Y2031);
    expect(one(progress, 212.4).entity).toBe("hainan");
  });
  it("keeps a terminal named on its own apart from the city's whole", () => {
    const facts = factsOf("Nanjing's trade rose 4.2 percent in 2031. Lanqiao port, Nanjing's main container terminal, handled "
      + "412,000 TEUs in 2031, up 8.1 percent.", Y2031);
    expect(one(facts, 412000)).toMatchObject({ entity: "city:nanjing", qualifier: "Lanqiao" });
    // (a sentence's opening word is no terminal's name)
    expect(one(factsOf("Nanjing's trade rose 4.2 percent in 2031. The port's container yard handled 301,000 TEUs.", Y2031),
      301000).qualifier).toBeUndefined();
  });
  it("does not take the field a place leads as the owner of its rank", () => {
    const facts = factsOf("In the first three quarters of 2031, Shanxi traded 181.95 billion yuan. The province remained the "
      + "largest foreign trader among the six central provinces and ranked 10th in the country.", Y2031);
    expect(one(facts, 10).entity).toBe("shanxi");
  });
});

describe("the trade a customs office cleared", () => {
  it("is trade qualified as cleared, no place's own trade", () => {
    const facts = factsOf("Qinzhou Customs said the value of goods it cleared in 2031, most of them imports for refineries "
      + "inland, reached 18.6 billion U.S. dollars, up 32.1 percent. Qinzhou's foreign trade came to 4.94 billion dollars.", Y2031);
    expect(one(facts, 18.6)).toMatchObject({ metric: "trade", qualifier: "goods cleared" });
    expect(one(facts, 4.94).qualifier).toBeUndefined();
  });
});

describe("the part 'of which' a whole is broken into", () => {
  it("is the goods it names, with the change after it", () => {
    const facts = factsOf("Wuhu exported 47.41 billion yuan of machinery in 2031, up 21.2 percent, of which new energy vehicles "
      + "accounted for 26.2 billion yuan, up 28.5 percent.", Y2031);
    expect(one(facts, 26.2).subject).toBe("new energy vehicles");
    expect(one(facts, 28.5).subject).toBe("new energy vehicles");
  });
});

describe("a table whose value column names no unit", () => {
  it("takes the unit of the text's figure a row restates", () => {
    const facts = factsOf("In the first three quarters of 2031, Shanxi traded 181.95 billion yuan, down 6.2 percent.\n\n"
      + "| Item | Q1-Q3 value | Change (%) |\n| Total imports and exports | 181.95 | -6.2 |\n"
      + "| Coke (exports) | 3.86 | +18.2 |\n", { published: "2031-10-20" });
    expect(one(facts, 3.86)).toMatchObject({ unit: "billion yuan", measure: "amount", metric: "exports", subject: "coke" });
  });
  it("only from a row of the stated figure's own place and flow, for every row of that table and no other", () => {
    const TEXT = "Hubei's exports reached 24.70 billion dollars in 2031.\n\n";
    // (another place's row equal to the province's figure says nothing of the table's unit)
    const other = factsOf(TEXT + "| City | Value | Change (%) |\n|---|---|---|\n| Xiangyang | 24.70 | 4.2 |\n"
      + "| Yichang | 5.10 | 1.0 |\n", Y2031);
    expect(other.filter((f) => f.measure === "amount" && f.entity !== "hubei")).toEqual([]);
    // (the province's own row gives the unit to the rows above it too)
    const own = factsOf(TEXT + "| City | Value |\n|---|---|\n| Xiangyang | 5.10 |\n| Hubei | 24.70 |\n", Y2031);
    expect(one(own, 5.1)).toMatchObject({ entity: "city:xiangyang", unit: "billion US dollars", measure: "amount" });
    // (a table right after, with a header of its own, does not take it)
    const next = factsOf(TEXT + "| Item | Value |\n|---|---|\n| Total | 24.70 |\n| Yichang | 5.10 |\n"
      + "| Partner | Value |\n|---|---|\n| Japan | 731.5 |\n", Y2031);
    expect(one(next, 5.1)).toMatchObject({ entity: "city:yichang", unit: "billion US dollars" });
    expect(next.filter((f) => f.value === 731.5)).toEqual([]);
  });
});
