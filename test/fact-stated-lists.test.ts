import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// List shapes read as one fact with its items (facts/lists.ts): "A was X's largest partner, followed by B and C", a
// ranked list whose figures follow it, and items that share one statement. Made-up sentences, no set's text.
const Y2022 = { published: "2023-01-20" };
const lists = (facts: Fact[]) => facts.filter((f) => f.measure === "listed").map((f) => ({
  entity: f.entity, metric: f.metric, items: f.items, qualifier: f.qualifier, scope: f.scope,
  period: f.period && periodLabel(f.period),
}));

describe("a first item and the rest 'followed by'", () => {
  it("reads the largest partner and those after it as one ordered list of the place", () => {
    const facts = factsOf("Guangxi's foreign trade grew 4 percent in 2022. Vietnam (VN) was Guangxi's largest trading partner "
      + "last year, followed by Thailand and the Republic of Korea.", Y2022);
    expect(lists(facts)).toEqual([{ entity: "guangxi", metric: "partners", items: ["Vietnam", "Thailand", "Republic of Korea"],
      qualifier: "three largest trading partners", scope: undefined, period: "2022" }]);
  });
  it("reads the first item after the phrase too", () => {
    const facts = factsOf("Hainan's foreign trade grew 6 percent in 2022. Its biggest export market was Japan, followed by "
      + "Singapore, Malaysia and Australia.", Y2022);
    expect(lists(facts)[0]).toMatchObject({ entity: "hainan", items: ["Japan", "Singapore", "Malaysia", "Australia"] });
  });
});

describe("a list of main exports after the verb", () => {
  // (b14's first run: "A and B" was split and an item's examples and "and other …" read as items)
  it("reads each item as the list in words names it, past an item's examples and 'and other …'", () => {
    const facts = factsOf("Jiamusi's exports rose 8 percent in 2022. The city's main exports were toys and games, kitchenware "
      + "such as pots and kettles, bicycles and other light industrial goods, and garden tools.", Y2022);
    expect(lists(facts)[0]).toMatchObject({ metric: "exports", items: ["toys and games", "kitchenware", "bicycles", "garden tools"] });
  });
});

describe("a ranked list whose figures follow it", () => {
  it("keeps a name with 'and' inside whole when the list says how many it has", () => {
    const facts = factsOf("Shanxi's exports grew 9 percent in 2022. The province's three leading export categories were "
      + "iron and steel products, coke and chemicals, worth 8.1, 5.2 and 3.3 billion yuan respectively.", Y2022);
    expect(lists(facts)).toEqual([{ entity: "shanxi", metric: "exports", items: ["iron and steel products", "coke", "chemicals"],
      qualifier: "three leading export categories", scope: undefined, period: "2022" }]);
  });
  it("gives each item of the list its figure in order", () => {
    const facts = factsOf("Shanxi's exports grew 9 percent in 2022. The province's three leading export categories were "
      + "iron and steel products, coke and chemicals, worth 8.1, 5.2 and 3.3 billion yuan respectively.", Y2022);
    expect([8.1, 5.2, 3.3].map((v) => facts.find((f) => f.value === v)?.subject)).toEqual(["iron and steel products", "coke", "chemicals"]);
  });
});

describe("items that share one statement", () => {
  it("reads partners whose trade a sentence says more than doubled, owned by the place before", () => {
    const facts = factsOf("Yunnan's foreign trade grew 5 percent in 2022. Trade with Laos, Myanmar and Cambodia more than doubled.", Y2022);
    expect(lists(facts)).toEqual([{ entity: "yunnan", metric: "partners", items: ["Laos", "Myanmar", "Cambodia"],
      qualifier: "trade more than doubled", scope: "shared", period: "2022" }]);
  });
  it("reads goods a sentence says were on the rise, as goods of the flow", () => {
    const facts = factsOf("Yunnan's foreign trade grew 5 percent in 2022. Imports of timber, natural rubber and potash were on the rise.", Y2022);
    expect(lists(facts)).toEqual([{ entity: "yunnan", metric: "imports", items: ["timber", "natural rubber", "potash"],
      qualifier: "imports were on the rise", scope: "shared", period: "2022" }]);
  });
  it("reads the items a marker opens, and no run that goes on into another clause", () => {
    const facts = factsOf("Gansu's trade fell in 2022, hurt by lower exports of steel and in processing trade, officials said, while "
      + "trade with emerging markets such as Kazakhstan, Uzbekistan and Mongolia grew.", Y2022);
    expect(lists(facts)).toEqual([{ entity: "gansu", metric: "partners", items: ["Kazakhstan", "Uzbekistan", "Mongolia"],
      qualifier: "trade grew", scope: "shared", period: "2022" }]);
  });
  it("reads no list in one name with an 'and', nor in goods joined without a comma; a base year is no figure", () => {
    expect(lists(factsOf("Yunnan's trade grew in 2022. Exports of mechanical and electrical products were on the rise.", Y2022)))
      .toEqual([]);
    expect(lists(factsOf("Yunnan's trade grew in 2022. Exports of tea and coffee were on the rise.", Y2022))).toEqual([]);
    expect(lists(factsOf("Yunnan's trade grew in 2022. Trade with Laos and Myanmar more than doubled from 2019.", Y2022)))
      .toEqual([expect.objectContaining({ items: ["Laos", "Myanmar"], qualifier: "trade more than doubled from 2019" })]);
  });
  it("reads the goods of a combined figure with the figure, and leaves a figure of each item to the figure readers", () => {
    const facts = factsOf("Hainan's combined exports of seafood, tropical fruit and coconut products rose 7.2 percent to "
      + "15.4 billion yuan in 2022, while exports of rubber, sugar and coffee grew 3, 4 and 5 percent respectively.", Y2022);
    expect(lists(facts)).toEqual([{ entity: "hainan", metric: "exports", items: ["seafood", "tropical fruit", "coconut products"],
      qualifier: "combined exports rose 7.2 percent to 15.4 billion yuan in 2022", scope: "shared", period: "2022" }]);
  });
});

describe("items of a list of figures whose verb is left out", () => {
  it("names each item of 'A exports came to …, B exports to …, and exports of C to …' with its amount and change", () => {
    const facts = factsOf("Lianyungang's exports rose in 2022. Coal exports came to 6.1 billion yuan, up 3.2 percent, steel exports to "
      + "4.4 billion yuan, up 8.9 percent, and exports of glass products to 1.7 billion, up 12.5 percent.", Y2022);
    expect([6.1, 3.2, 4.4, 8.9, 1.7, 12.5].map((v) => facts.find((f) => f.value === v)?.subject))
      .toEqual(["coal", "coal", "steel", "steel", "glass products", "glass products"]);
  });
  it("takes no verb's 'to' for a left-out one: ', equal to' names no item", () => {
    const facts = factsOf("Jiangxi's trade rose in 2022. Processing trade rose 5 percent to 40.2 billion yuan, equal to 31 percent "
      + "of the provincial total.", Y2022);
    expect(facts.find((f) => f.value === 31)?.subject).toBe("processing trade");
  });
});
