import { describe, expect, it } from "vitest";
import { followedGoodsLists } from "../facts/lists.js";
import { factsOf, one } from "./helpers/facts.js";

// Stop 29's review of the merged fact readers (owners, goods and tables): each reader narrowed to the shape its
// comment names (each failed before). Made-up figures and years.
const PUB = { published: "2032-02-10" };

describe("owners", () => {
  it("keeps a figure after 'Nationwide, the city ranked …' the city's own", () => {
    const facts = factsOf("Linhai's foreign trade rose 4 percent in 2031.\n\nNationwide, the city ranked 27th, with exports of "
      + "310 billion yuan, up 9 percent.", PUB);
    expect(one(facts, 310).entity).toBe("city:linhai");
    expect(one(facts, 9).entity).toBe("city:linhai");
  });
  it("still gives 'Nationally, foreign trade grew …' to the country", () => {
    const facts = factsOf("Linhai's exports rose 4 percent in 2031. Nationally, foreign trade grew 7.3 percent.", PUB);
    expect(one(facts, 7.3).entity).toBe("china");
  });
  it("reads a city of the province leading a sentence as its largest source as the owner, not a partner", () => {
    const facts = factsOf("Guangdong's exports rose 5 percent in 2031.\n\nAmong its cities, Foshan was the largest export "
      + "source, with exports of 730 billion yuan.", PUB);
    expect(one(facts, 730)).toMatchObject({ entity: "city:foshan" });
    expect(one(facts, 730).partner).toBeUndefined();
  });
});

describe("goods", () => {
  it("reads goods whose name holds 'in' or 'half' joined by a hyphen", () => {
    const facts = factsOf("Shaanxi's trade rose 3 percent in 2031. Plug-in hybrid exports rose 81 percent to 17 billion yuan. "
      + "Exports of half-finished garments fell 4.4 percent.", PUB);
    expect(one(facts, 17).subject).toBe("plug-in hybrid");
    expect(one(facts, -4.4).subject).toBe("half-finished garments");
  });
  it("names no goods from the sentence before when its largest item is of the other flow", () => {
    const facts = factsOf("Shandong's trade rose 2 percent in 2031. Toys were the largest export. The province imported 13.7 "
      + "million tonnes, up 5.5 percent.", PUB);
    expect(one(facts, 13.7).subject).not.toBe("toys");
    const same = factsOf("Shandong's trade rose 2 percent in 2031. Iron ore was the largest import. The province imported "
      + "13.7 million tonnes, up 5.5 percent.", PUB);
    expect(one(same, 13.7).subject).toBe("iron ore");
  });
  it("reads goods 'they carried' as carried by trains only after a count of trains", () => {
    const trucks = factsOf("Erenhot's trade rose 2 percent in 2031. Unlike trains, trucks at the border crossing made 51,000 "
      + "trips. They carried 230,000 tonnes of goods.", PUB);
    expect(one(trucks, 230000).qualifier ?? "").not.toMatch(/carried by trains/);
    const trains = factsOf("Erenhot's trade rose 2 percent in 2031. 1,240 freight trains left the port. They carried 230,000 "
      + "tonnes of goods.", PUB);
    expect(one(trains, 230000).qualifier).toMatch(/carried by trains/);
  });
  it("leaves the 'with' out of an item named after 'followed by …'", () => {
    const text = "Clothing was the biggest export item, worth 6.13 billion dollars, followed by furniture at 4.71 billion dollars, "
      + "with lamps at 2.37 billion dollars.";
    expect(followedGoodsLists(text)[0]?.items.map((i) => i.name)).toEqual(["Clothing", "furniture", "lamps"]);
    expect(one(factsOf(`Guangxi's exports rose 5 percent in 2031. ${text}`, PUB), 2.37).subject).toBe("lamps");
  });
  it("reads prices in a clause after counted goods as the goods' prices, not as goods", () => {
    const facts = factsOf("Tianjin's trade rose 2 percent in 2031. The city imported 31 million tonnes of coal, and prices fell "
      + "13 percent.", PUB);
    expect(one(facts, -13)).toMatchObject({ subject: "coal" });
    expect(one(facts, -13).qualifier).toMatch(/prices/);
  });
  it("reads the change between an amount and the share restating it as the amount's, words between or not", () => {
    const facts = factsOf("Zhejiang's trade totaled 150.4 billion yuan in 2031.\n\nLinhai, the province's main port city, "
      + "accounted for 41.2 billion yuan in 2031, up 1.7 percent and 27.4 percent of the provincial total.", PUB);
    expect(one(facts, 41.2).metric).toBe("trade");
    expect(one(facts, 1.7)).toMatchObject({ metric: "trade", measure: "growth" });
  });
});

describe("tables", () => {
  it("ends the rows under a flow's row at the next table's caption", () => {
    const facts = factsOf(`Zhejiang's foreign trade in 2031 is shown below.

Table 1: Trade by flow (100 million yuan)

| Item | Value |
| --- | --- |
| Exports | 3100 |
| Machinery | 1270 |
| Imports | 1530 |
| Crude oil | 410 |

Table 2: Trade by enterprise type (100 million yuan)

| Enterprise type | Value |
| --- | --- |
| Private enterprises | 970 |
| State-owned enterprises | 330 |
`, PUB);
    expect(one(facts, 41).metric).toBe("imports");
    expect(one(facts, 97).metric).toBe("trade");
    expect(one(facts, 33).metric).toBe("trade");
  });
  it("ends them at a second header row, and at a partner's row", () => {
    const second = factsOf(`Shaanxi's trade in 2031:

| Item | Value (billion yuan) |
| --- | --- |
| Exports | 310 |
| Machinery | 127 |
| Imports | 183 |
| Chips | 93 |

| Enterprise type | Value (billion yuan) |
| --- | --- |
| Private enterprises | 157 |
`, PUB);
    expect(one(second, 157).metric).toBe("trade");
    const partner = factsOf(`Shaanxi's trade in 2031:

| Item | Value (billion yuan) |
| --- | --- |
| Exports | 310 |
| Machinery | 127 |
| Imports | 183 |
| Chips | 93 |
| ASEAN | 61 |
| Private enterprises | 157 |
`, PUB);
    expect(one(partner, 93).metric).toBe("imports");
    expect(one(partner, 157).metric).toBe("trade");
  });
  it("reads a city row's share as of its province", () => {
    const facts = factsOf(`Hubei's foreign trade in 2031 by city:

| City | Trade (billion yuan) | Share (%) |
| --- | --- | --- |
| Xiaogan | 35 | 5.4 |
| Jingzhou | 41 | 6.3 |
`, PUB);
    expect(one(facts, 5.4).shareOf).toBe("hubei");
    expect(one(facts, 6.3).shareOf).toBe("hubei");
  });
});
