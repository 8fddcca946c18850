import { describe, expect, it } from "vitest";
import { columnEnumerations, findEnumerations, subRowEnumerations } from "../text/enumerations.js";

// Sentences that list things in words (made-up places and figures): the items of each list, in order, with the words before it.
const items = (text: string) => findEnumerations(text).map((e) => e.items.map((i) => i.name));

describe("enumerations in a sentence", () => {
  it("reads a list after 'such as', 'covers' and 'groups the ports of'", () => {
    expect(items("The city will help firms enter new markets such as Peru, Central Asia and East Africa.")).toEqual([["Peru", "Central Asia", "East Africa"]]);
    expect(items("The Yunnan pilot zone, which opened on May 3, 2019, covers the Dianchi New Area in Kunming, the Mengla border area near the Mohan port, and the Honghe port area."))
      .toEqual([["Dianchi New Area in Kunming", "Mengla border area", "Honghe port area"]]);
    expect(items("Throughput at the Bohai Rim Port, which groups the ports of Yingkou, Jinzhou and Panjin, rose 8.4 percent."))
      .toEqual([["Yingkou", "Jinzhou", "Panjin"]]);
  });

  it("tells two lists of one sentence apart by their clauses", () => {
    const [out, back] = findEnumerations("Westbound trains carry mainly laptops, garments and toys, while eastbound trains bring pork, cheese, beer and machine tools from Spain.");
    expect(out!.items.map((i) => i.name)).toEqual(["laptops", "garments", "toys"]);
    expect(back!.head).toBe("eastbound trains bring");
    expect(back!.items.map((i) => i.name)).toEqual(["pork", "cheese", "beer", "machine tools"]);
  });

  it("leaves out each item's figures and the parts that describe the one before", () => {
    expect(items("Exports of furniture-type goods rose 4.1 percent to 9.8 billion yuan, including sofas worth 2.1 billion yuan, up 3.5 percent, lamps worth 1.4 billion yuan, up 6.2 percent, and mattresses worth 0.9 billion yuan, down 1.1 percent."))
      .toEqual([["sofas", "lamps", "mattresses"]]);
    expect(items("Ningxia imported 1.2 billion yuan of Latin American foodstuffs, including beef from Uruguay, cherries from Chile and salmon from Peru and Ecuador."))
      .toEqual([["beef", "cherries", "salmon"]]);
  });

  it("reads a term's members after a dash or a colon, past a relative clause between them", () => {
    const [dash] = findEnumerations('Exports of the "big four" goods — drones, robots and smart speakers — reached 1.2 billion yuan.');
    expect(dash!.head).toContain('"big four"');
    expect(dash!.items.map((i) => i.name)).toEqual(["drones", "robots", "smart speakers"]);
    expect(items("The zone is made up of three parts: the eastern part in Lhasa, the Nyingchi Trade and Storage Park part, which includes the Nyingchi Dry Port, and the Shigatse border part, home to its only land port."))
      .toEqual([["eastern part in Lhasa", "Nyingchi Trade and Storage Park part", "Shigatse border part"]]);
  });

  it("keeps the named items of a list that ends with 'and other …', and a pair after 'such as' inside a list", () => {
    expect(items("Trade through the Hengqin Bonded Zone, the Wanzai Free Port Area and other special supervision areas rose 20 percent."))
      .toEqual([["Hengqin Bonded Zone", "Wanzai Free Port Area"]]);
    expect(items("Imports of iron ore, copper, wool and farm goods such as barley and canola also grew."))
      .toEqual([["iron ore", "copper", "wool", "farm goods"], ["barley", "canola"]]);
  });

  it("finds no list in flows joined by 'and', nor in figures side by side", () => {
    expect(items("Exports rose 5.2 percent to 1.1 trillion yuan, and imports rose 3.3 percent.")).toEqual([]);
    expect(items("Exports and imports grew 4 percent and 2 percent respectively.")).toEqual([]);
    expect(items("Trade with Chile grew 8.1 percent to $5.26 billion, trade with Peru 2.8 percent to $1.02 billion and trade with Cuba 1.3 percent to $0.91 billion.")).toEqual([]);
  });
});

// (b14's and b15's first runs: these lists were read in part or not at all)
describe("lists of other shapes", () => {
  it("reads items written with their quantities ('N tonnes of X worth …, along with M tonnes of Y and …')", () => {
    expect(items("The city imported 12,300 tonnes of barley worth 41 million yuan, along with 2,750 tonnes of oats and 1,020 tonnes of dried dates."))
      .toEqual([["barley", "oats", "dried dates"]]);
    expect(items("Exports included 1,200 tonnes of tea, 300 tonnes of honey and 80 tonnes of walnuts.")).toEqual([["tea", "honey", "walnuts"]]);
  });

  it("reads a list after 'the main exports were', past an item's own examples and the rest of an item's kind", () => {
    const [main, pair] = findEnumerations("The county's main exports were toys and games, kitchenware such as pots and kettles, "
      + "bicycles and other light industrial goods, and garden tools.");
    expect(main!.items.map((i) => i.name)).toEqual(["toys and games", "kitchenware", "bicycles", "garden tools"]);
    expect(pair!.items.map((i) => i.name)).toEqual(["pots", "kettles"]);
  });

  it("ends the last item before what is said of the goods ('… sold to A and B benefited most')", () => {
    expect(items("Apples, pears, walnuts and dried fruit sold to Russia and Kazakhstan gained most.")).toEqual([["Apples", "pears", "walnuts", "dried fruit"]]);
  });
});

describe("rows a table breaks out of another", () => {
  it("reads the 'of which' rows under their row, and no run of one", () => {
    const lines = ["Partner | Total | Growth |", "EU | 90.1 | 3.2 |", "of which: France | 20.4 | 1.1 |", "of which: Italy | 12.2 | -0.4 |",
      "Japan | 30.5 | 2.0 |", "of which: Osaka | 3.1 | 0.2 |"];
    let at = 0;
    const rows = lines.map((text) => { const r = { text, start: at }; at += text.length + 1; return r; });
    const [eu, ...rest] = subRowEnumerations(rows);
    expect(rest).toEqual([]);
    expect(eu!.head).toBe("EU, of which");
    expect(eu!.items.map((i) => i.name)).toEqual(["France", "Italy"]);
    expect(lines.join("\n").slice(eu!.items[1]!.start, eu!.items[1]!.end)).toBe("Italy");
  });
});

describe("a table's rows as the items its header names", () => {
  it("reads the first cells under a header cell, less asides, totals and the rule line", () => {
    const lines = ["| Goods class | 2019 (billion yuan) | YoY |", "|---|---|---|", "| Hand tools | 12.5 | +3.1% |",
      "| Light goods (toys, lamps, mats) | 9.4 | -1.2% |", "| Total | 21.9 | +1.2% |", "", "Exports rose."];
    const rows = lines.filter((t) => t.includes("|")).map((text) => ({ text, start: lines.join("\n").indexOf(text) }));
    const [table, ...rest] = columnEnumerations(rows);
    expect(rest).toEqual([]);
    expect(table!.head).toBe("Goods class");
    expect(table!.items.map((i) => i.name)).toEqual(["Hand tools", "Light goods"]);
    expect(lines.join("\n").slice(table!.items[1]!.start, table!.items[1]!.end)).toBe("Light goods");
  });
});

describe("a source named first, the lesser ones after it", () => {
  it("'comes from A, with smaller amounts from B and C' lists all three, A first", () => {
    const found = findEnumerations("Most of the ore comes from Chile, with smaller amounts from Peru and Bolivia.");
    expect(found.map((e) => [e.head, e.items.map((i) => i.name)])).toEqual([
      ["Most of the ore comes from", ["Chile", "Peru", "Bolivia"]]]);
  });
  it("needs the lesser sources to be named after 'with … from'", () => {
    expect(findEnumerations("Most of the ore comes from Chile, with prices falling in Peru and Bolivia.")).toEqual([]);
  });
});

describe("a term's members after an appositive 'that is'", () => {
  it("'the \"big two\" goods, that is A, B and C' lists the members, not the term", () => {
    expect(items('Sales of the "old four" goods, that is paper fans, clay pots and straw hats, rose 3.1 percent.'))
      .toEqual([["paper fans", "clay pots", "straw hats"]]);
  });
});

describe("names each with its figure", () => {
  it("'A supplied N tonnes, B N tonnes and C N tonnes, with the remainder coming from D and E' lists all five", () => {
    expect(items("Guinea supplied 3.1 million tonnes, Ghana 2.2 million tonnes and Jamaica 1.4 million tonnes, with the remainder coming from Fiji and Guyana."))
      .toEqual([["Guinea", "Ghana", "Jamaica", "Fiji", "Guyana"]]);
  });
  it("a pair of spaced dashes around an aside opens no list after it", () => {
    expect(items("Exports rose 5.1 percent to 30.2 billion yuan - the fastest pace in three years - as steel and glass sales "
      + "grew.")).toEqual([]);
    // (a lone spaced dash still does)
    expect(items("Mills imported wool, up 2.1 percent - merino and mohair.")).toEqual([["merino", "mohair"]]);
  });
});

describe("lists named without figures, with what is said of the goods after them", () => {
  it("'mostly A and B caught by …' names the two, without who caught them", () => {
    expect(items("Plants in the port imported 81,000 tonnes of frozen fish, mostly herring and hake caught by Chilean trawlers.")[0])
      .toEqual(["herring", "hake"]);
    // (nor is what was done with them after: "filleted and packed it")
    expect(items("Plants imported frozen fish, mostly herring and hake caught by Chilean and Peruvian trawlers, filleted and "
      + "packed it, and shipped it on.")).toEqual([["herring", "hake"]]);
    // (a cause after 'mainly' is no pair of goods)
    expect(items("Exports rose 4.2 percent, mainly due to stronger demand and higher prices.")).toEqual([]);
    // (nor is where they went: "mostly along the Belt and Road")
    expect(items("The markets are mostly along the Belt and Road.")).toEqual([]);
  });
  it("'delivered buses for A, B and C' names the places they were made for, not the goods before them", () => {
    expect(items("Sales abroad tripled as the firm delivered electric buses for Lisbon, Porto Alegre and Denver."))
      .toEqual([["Lisbon", "Porto Alegre", "Denver"]]);
    // (never "for" before goods: "equipment for mining" is one item)
    expect(items("Its exports included equipment for mining, garments and shoes.")).toEqual([["equipment for mining", "garments", "shoes"]]);
    // ("mainly A and B bound for X, Y and Z": the goods stop before where they were bound)
    expect(items("The city sold 9,800 vehicles abroad, mainly light trucks and vans bound for Chile, Peru and Kenya.")[0])
      .toEqual(["light trucks", "vans"]);
  });
});

describe("where the first of goods came from, after a strong opener", () => {
  it("'including pears from X, dried dates and walnuts' names the goods, not the place of the first", () => {
    expect(items("Exports of orchard produce, including pears from Hollin, dried dates, walnuts and quince jam, totalled 1.07 billion yuan.")[0])
      .toEqual(["pears", "dried dates", "walnuts", "quince jam"]);
  });
  it("'including exports to A, B and C' still lists the places", () => {
    expect(items("Sales abroad grew, including exports to Peru, Chile and Ghana.")[0]).toEqual(["Peru", "Chile", "Ghana"]);
  });
});
