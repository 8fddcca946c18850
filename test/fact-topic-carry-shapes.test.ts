import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// What a sentence leaves for the next to refer to: the place "the city" and "its" name, the zone "the zone" names,
// the world region "the region" names, the goods "Of these" counts, the flow a table's rows carry. Made-up text.
const MARCH = { published: "2024-03-10" };

describe("a zone", () => {
  it("owns its figure, not a city named inside its name", () => {
    const facts = factsOf("Hebei's exports grew 5 percent in 2023. Trade through the Tangshan Caofeidian Comprehensive Bonded "
      + "Zone rose 9 percent.", MARCH);
    expect(one(facts, 9)).toMatchObject({ entity: "zone:Caofeidian Comprehensive Bonded Zone", metric: "trade" });
  });
  it("stays 'the zone' after an appositive naming a wider zone", () => {
    const facts = factsOf("Hebei's exports grew 5 percent in 2023. Trade through the Caofeidian Comprehensive Bonded Zone, "
      + "the heart of the Tangshan Port Economic Zone, rose 9 percent. The zone's imports rose 3 percent.", MARCH);
    expect(one(facts, 9).entity).toBe("zone:Caofeidian Comprehensive Bonded Zone");
    expect(one(facts, 3)).toMatchObject({ entity: "zone:Caofeidian Comprehensive Bonded Zone", metric: "imports" });
  });
});

describe("a zone named with an appositive naming a wider zone", () => {
  it("is 'the zone' sentences later, not the wider zone", () => {
    const facts = factsOf("Hebei's trade grew 5 percent in 2023. Trade through the Caofeidian Comprehensive Bonded Zone, the "
      + "heart of the Tangshan Port Economic Zone, rose 9 percent. Hebei's exports rose 2 percent. Imports through the zone "
      + "rose 3 percent.", MARCH);
    expect(one(facts, 2).entity).toBe("hebei");
    expect(one(facts, 3)).toMatchObject({ entity: "zone:Caofeidian Comprehensive Bonded Zone", metric: "imports" });
  });
  it("is so after a figureless sentence on it", () => {
    const facts = factsOf("Hebei's trade grew 5 percent in 2023. The Caofeidian Comprehensive Bonded Zone, the heart of the "
      + "Tangshan Port Economic Zone, opened in 2015. Hebei's exports rose 2 percent. In the zone, imports rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "zone:Caofeidian Comprehensive Bonded Zone", metric: "imports" });
  });
});

describe("places named only as where something happened, in a figureless sentence", () => {
  it("leave 'the city' the topic before: refiners in two cities", () => {
    const facts = factsOf("Tangshan's exports grew 5 percent in 2023. Refiners in Baoding and Handan bought more crude oil. "
      + "The city's imports rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "city:tangshan", metric: "imports" });
  });
  it("leave 'the city' the topic before: goods shipped through a port city", () => {
    const facts = factsOf("Tangshan's exports grew 5 percent in 2023. Goods were shipped through Qinhuangdao. The city's "
      + "imports rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "city:tangshan", metric: "imports" });
  });
  it("but a city opening the sentence as its subject is 'the city' next", () => {
    const facts = factsOf("Hebei's exports grew 5 percent in 2023. Customs in Tangshan said trade was strong. The city's "
      + "imports rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "city:tangshan", metric: "imports" });
  });
});

describe("a figureless sentence naming a place where and a place's own", () => {
  it("is about the possessive place: 'its' next is that place's", () => {
    const facts = factsOf("Hebei's exports grew 5 percent in 2023. Crude oil was bought by refiners in Baoding for Tangshan's "
      + "plants. Its imports rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "city:tangshan", metric: "imports" });
  });
  it("is about the possessive place: 'the city' next is that city", () => {
    const facts = factsOf("Tangshan's exports grew 5 percent in 2023. Crude oil was bought by refiners in Baoding, and "
      + "Handan's plants were idle. The city's imports rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "city:handan", metric: "imports" });
  });
});

describe("a city named only as where, in a sentence with the province's figure", () => {
  it("is 'the city' of the next sentence", () => {
    const facts = factsOf("Hebei's exports grew 5 percent in 2023. Crude oil imports rose 3 percent, and were bought mostly by "
      + "refiners in Baoding. The city's imports rose 2 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "imports", subject: "crude oil" });
    expect(one(facts, 2)).toMatchObject({ entity: "city:baoding", metric: "imports" });
  });
});

describe("a province's figure after a city's", () => {
  it("makes the province the topic when the city is named only before the figure", () => {
    const facts = factsOf("Tangshan's exports grew 5 percent in 2023. Like Tangshan, Hebei saw its trade fall 0.8 percent. "
      + "Its imports rose 3 percent.", MARCH);
    expect(one(facts, -0.8).entity).toBe("hebei");
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "imports" });
  });
  it("leaves the city the topic when it is the city's province 'as a whole'", () => {
    const facts = factsOf("Tangshan's exports grew 5 percent in 2023. Hebei as a whole saw its trade fall 0.8 percent. Its "
      + "imports rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "city:tangshan", metric: "imports" });
  });
  it("makes another province 'as a whole' the topic", () => {
    const facts = factsOf("Tangshan's exports grew 5 percent in 2023. Shanxi as a whole saw its trade fall 0.8 percent. Its "
      + "imports rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "shanxi", metric: "imports" });
  });
});

describe("a place named only as what the topic is compared with", () => {
  it("owns its own figure but stays out of the topic", () => {
    const facts = factsOf("Tangshan's exports grew 5 percent in 2023. Its trade grew faster than that of Baoding, which rose "
      + "2.4 percent. Its imports rose 3 percent.", MARCH);
    expect(one(facts, 2.4).entity).toBe("city:baoding");
    expect(one(facts, 3)).toMatchObject({ entity: "city:tangshan", metric: "imports" });
  });
  it("becomes the topic when named for itself", () => {
    const facts = factsOf("Tangshan's exports grew 5 percent in 2023. Baoding's trade was 3 billion yuan, less than Tangshan's. "
      + "Its imports rose 2 percent.", MARCH);
    expect(one(facts, 2)).toMatchObject({ entity: "city:baoding", metric: "imports" });
  });
});

describe("'the region' sentences later", () => {
  it("is the world region named last, not a country named since", () => {
    const facts = factsOf("Hebei's exports to Africa grew 12 percent in 2023. Hebei's exports to Japan grew 3 percent. Imports "
      + "from the region rose 2 percent.", MARCH);
    expect(one(facts, 3).partner).toBe("partner:japan");
    expect(one(facts, 2)).toMatchObject({ entity: "hebei", metric: "imports", partner: "partner:africa" });
  });
});

describe("goods counted, then parts of them", () => {
  it("'Of these' counts a part of the goods counted before a figureless sentence", () => {
    const facts = factsOf("In 2023, Hebei exported 212,600 vehicles. Demand was strong. Of these, 41,800 were new energy vehicles.", MARCH);
    expect(one(facts, 41800)).toMatchObject({ entity: "hebei", metric: "exports", measure: "count", subject: "new energy vehicles" });
  });
  it("a second quantity of goods of its own is of those goods, not led by the first", () => {
    const facts = factsOf("In 2023, Hebei exported 3,000 tonnes of tea and 500 tonnes of coffee, worth 2 million yuan.", MARCH);
    expect(one(facts, 500)).toMatchObject({ entity: "hebei", metric: "exports", measure: "count", subject: "coffee" });
  });
});

describe("a table of months after a sentence", () => {
  it("takes the flow of a sentence on the place's own trade", () => {
    const facts = factsOf("In 2023, Hebei's exports rose 5 percent.\n| Month | Value (million yuan) |\n| January | 31.5 |", MARCH);
    expect(one(facts, 31.5)).toMatchObject({ entity: "hebei", metric: "exports", measure: "amount" });
  });
  it("takes no flow from a sentence on goods: its months are the place's own series", () => {
    const facts = factsOf("In 2023, Hebei's exports of steel products rose 5 percent.\n| Month | Value (million yuan) |\n"
      + "| January | 31.5 |", MARCH);
    expect(one(facts, 5).subject).toBe("steel products");
    expect(one(facts, 31.5)).toMatchObject({ entity: "hebei", metric: "trade", measure: "amount" });
  });
});

describe("a partner named after a change as where demand came from", () => {
  it("is no partner of the change", () => {
    const facts = factsOf("Hebei's trade grew 4 percent in 2023. Exports rose 3 percent on strong demand from Japan.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "exports", measure: "growth" });
    expect(one(facts, 3).partner).toBeUndefined();
  });
});

describe("the topic after a figure with places named after it", () => {
  it("is the province when only another province is named after its figure", () => {
    const facts = factsOf("Tangshan's exports grew 5 percent in 2023. Hebei's trade fell 0.8 percent, ahead of Shanxi. Its "
      + "imports rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "imports" });
  });
  it("stays the city when the place compared with is named beside a source", () => {
    const facts = factsOf("Tangshan's exports grew 5 percent in 2023. Its trade grew faster than that of Baoding, which rose "
      + "2.4 percent, customs in Shijiazhuang said. Its imports rose 3 percent.", MARCH);
    expect(one(facts, 2.4).entity).toBe("city:baoding");
    expect(one(facts, 3)).toMatchObject({ entity: "city:tangshan", metric: "imports" });
  });
});

describe("'trade with them' after a sentence a place leads", () => {
  it("names no partner: only partners leading a sentence are 'them'", () => {
    const facts = factsOf("Hebei's exports grew 5 percent in 2023. Tangshan sells mostly to Japan. Hebei's trade with them "
      + "rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "trade" });
    expect(one(facts, 3).partner).toBeUndefined();
  });
});
