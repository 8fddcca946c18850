import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// The per-item figures a ranking of named items rests on (partners, goods, enterprise types, cities), read from the
// shapes articles give them in: a table in "100 mn yuan", a table whose header names a half year, changes whose verb is
// left out, and a sentence naming places only as where something happened.
// Made-up sentences.
const Y2020 = { published: "2021-01-20" };

describe("a table of items", () => {
  it("reads a header in 100 mn yuan as tenths of a billion", () => {
    const facts = factsOf("Gansu's foreign trade fell in 2020.\n\nTable 2. Trade with main markets, 2020\n"
      + "| Market | Value (100 mn yuan) | Year-on-year (%) |\n| European Union | 31.4 | -12.6 |\n| Japan | 7.2 | 4.5 |\n", Y2020);
    expect(one(facts, 3.14)).toMatchObject({ entity: "gansu", partner: "partner:eu", measure: "amount", unit: "billion yuan" });
    expect(one(facts, 4.5)).toMatchObject({ partner: "partner:japan", measure: "growth" });
  });
  it("reads a header that names a half year (H1 2020) as a header, its rows as the cities' figures", () => {
    const facts = factsOf("Hunan's trade grew in the first half of 2020.\n\n"
      + "| City | Imports and exports, H1 2020 (billion yuan) | Year-on-year |\n|---|---|---|\n"
      + "| Changsha | 61.27 | 7.1% |\n| Yueyang | 12.65 | -2.5% |\n", Y2020);
    expect(one(facts, 12.65)).toMatchObject({ entity: "city:yueyang", measure: "amount" });
    expect(one(facts, -2.5)).toMatchObject({ entity: "city:yueyang", measure: "growth" });
  });
  it("reads the change after a count column (10,000 t) as the quantity's, not the value's", () => {
    const facts = factsOf("Main bulk imports declared at Shandong ports in 2020 were as follows:\n\n"
      + "| Commodity | Volume (10,000 t) | YoY (%) | Value (100 mln USD) | YoY (%) |\n|---|---|---|---|---|\n"
      + "| Iron ore | 5,153.2 | 7.6 | 229.4 | 12.8 |\n", Y2020);
    expect(one(facts, 7.6)).toMatchObject({ measure: "growth", qualifier: "iron ore, quantity" });
    expect(one(facts, 22.94)).toMatchObject({ measure: "amount", unit: "billion US dollars", subject: "iron ore" });
    expect(one(facts, 12.8)).toMatchObject({ measure: "growth", qualifier: "iron ore" });
  });
});

describe("goods' flows clause by clause", () => {
  it("begin a clause of their own after a comma ('…, lithium-ion battery exports jumped …')", () => {
    const facts = factsOf("In 2020, Hubei's exports grew. Electric vehicle exports soared 55.3 percent to 14.11 billion yuan, "
      + "lithium-ion battery exports jumped 27.4 percent to 3.73 billion yuan.", Y2020);
    expect(one(facts, 14.11).subject).toBe("electric vehicle");
    expect(one(facts, 3.73).subject).toBe("lithium-ion battery");
    // (", where exports rose …" names no goods)
    const where = factsOf("In 2020, Hubei's exports grew. Growth was faster in Latin America and ASEAN, where exports rose "
      + "21.1 percent and 35.7 percent respectively.", Y2020);
    expect(one(where, 35.7)).toMatchObject({ partner: "partner:asean", measure: "growth" });
    expect(one(where, 35.7).subject).toBeUndefined();
  });
});

describe("a change whose verb is left out", () => {
  it("is a change, going the way of the change before it in the sentence", () => {
    const facts = factsOf("In 2020, Gansu's trade with Africa rose 38.6 percent to 9.77 billion yuan, and with Latin America "
      + "19.1 percent to 4.03 billion yuan. Its exports to Peru fell 5.2 percent to 1.2 billion yuan, and to Chile "
      + "3.1 percent to 0.9 billion yuan.", Y2020);
    expect(one(facts, 19.1)).toMatchObject({ partner: "partner:latam", measure: "growth" });
    expect(one(facts, -3.1)).toMatchObject({ partner: "partner:cl", measure: "growth" });
  });
  it("is not a percent that reaches another percent", () => {
    const facts = factsOf("In 2020, Gansu's exports grew 5 percent. Their share rose 2 percent to 30 percent.", Y2020);
    expect(one(facts, 30).measure).toBe("share");
  });
});

describe("a sentence that names places only as where something happened", () => {
  it("leaves the topic with the place before", () => {
    const facts = factsOf("In 2020, Hunan's exports fell 10 percent to 8 billion dollars. Machinery makers in Zhuzhou and "
      + "Xiangtan and a carmaker in Changde helped keep the decline small. Private enterprises traded 4.6 billion dollars, "
      + "down 12.5 percent.", Y2020);
    expect(one(facts, 4.6)).toMatchObject({ entity: "hunan", subject: "private enterprises" });
    const onePlace = factsOf("In 2020, Hunan's exports fell 10 percent to 8 billion dollars. Copper is the province's largest "
      + "import, bought mainly by smelters in Zhuzhou. Imports of copper ore fell 5.8 percent to 1.3 billion dollars.", Y2020);
    expect(one(onePlace, 1.3).entity).toBe("hunan");
    // (a place opening the sentence is its topic)
    const opening = factsOf("In 2020, Hunan's exports fell 10 percent to 8 billion dollars. In Zhuzhou, smelters bought more "
      + "ore. Imports of copper ore fell 5.8 percent to 1.3 billion dollars.", Y2020);
    expect(one(opening, 1.3).entity).toBe("city:zhuzhou");
  });
});
