import { describe, expect, it } from "vitest";
import { followedByLists, rankedLists, sharedLists } from "../facts/lists.js";
import { factsOf } from "./helpers/facts.js";

// The list readers of facts/lists.ts on their own: which items each reads, where each item stands in the sentence
// (a list fact's citation points at its items), whose list it is, and the runs that are no list. Made-up sentences.
// (Written against the mutants that survived the facts area's mutation run, Stop 26: offsets moved by the width of
// "x, ", a first item cut at the wrong comma, an owner dropped, a clause word in one item only, a marker after the
// verb, an "and" joined inside a list of two-word names.)
type Listed = { items: { name: string; start: number; end: number }[] };

/** Each item as "name@text at its offsets": the two agree when the offsets are right. */
const placed = (text: string, list: Listed | undefined) =>
  list?.items.map((i) => `${i.name}@${text.slice(i.start, i.end)}`);

describe("a first item and the rest 'followed by'", () => {
  it("places each item, the first before the verb after an opening phrase, with the owner of the phrase", () => {
    const text = "Last year, the Association of Southeast Asian Nations (ASEAN) was the city's largest trading partner, "
      + "followed by the European Union, South Korea, and Japan.";
    const [list] = followedByLists(text);
    expect(placed(text, list)).toEqual(["Association of Southeast Asian Nations@Association of Southeast Asian Nations",
      "European Union@European Union", "South Korea@South Korea", "Japan@Japan"]);
    expect(list).toMatchObject({ what: "four largest trading partners", count: 4, owner: "the city's" });
  });
  it("places the first item named after the phrase, and ends the rest at 'with'", () => {
    const text = "Trade was up. Hebei's largest trading partner remained the United States, followed by Japan and Germany, "
      + "with trade worth 3 billion yuan.";
    const [list] = followedByLists(text);
    expect(placed(text, list)).toEqual(["United States@United States", "Japan@Japan", "Germany@Germany"]);
    expect(list?.owner).toBe("Hebei's");
  });
  it("gives a list without an owner none", () => {
    expect(followedByLists("The largest trading partner was Japan, followed by Singapore and Malaysia.")[0])
      .not.toHaveProperty("owner");
  });
  it("reads no list where the rest has a figure", () => {
    expect(followedByLists("Its biggest export market was Japan, followed by 12 other markets.")).toEqual([]);
  });
  it("reads buyers and a narrowed kind, past the first one's figure", () => {
    const text = "Peru remained the largest buyer at 3.41 billion yuan, followed by Chile, Kenya and Oman.";
    expect(placed(text, followedByLists(text)[0])).toEqual(["Peru@Peru", "Chile@Chile", "Kenya@Kenya", "Oman@Oman"]);
    const single = "Laos is the largest single buyer, followed by Nepal and Fiji.";
    expect(followedByLists(single)[0]?.items.map((i) => i.name)).toEqual(["Laos", "Nepal", "Fiji"]);
  });
  it("reads no list cut short where names go on past a figure", () => {
    expect(followedByLists("Chile was the largest supplier with 9.1 million tonnes, followed by Peru with 4.2 million "
      + "tonnes and Oman with 2.5 million tonnes.")).toEqual([]);
  });
  it("reads a speaker's 'our largest' partner in a transcript", () => {
    const text = "Wang Li: Spain is our largest European trading partner, followed by Italy and Greece.";
    expect(placed(text, followedByLists(text)[0])).toEqual(["Spain@Spain", "Italy@Italy", "Greece@Greece"]);
  });
});

describe("a ranked list whose figures follow it", () => {
  it("places the items read up to the figures, once", () => {
    const text = "In 2022, the three leading export categories were textiles, furniture and toys, worth 3, 2 and 1 billion "
      + "yuan respectively.";
    const lists = rankedLists(text);
    expect(lists).toHaveLength(1);
    expect(placed(text, lists[0])).toEqual(["textiles@textiles", "furniture@furniture", "toys@toys"]);
  });
  it("joins a one-word item to the next across 'and' only, never a two-word one", () => {
    const text = "Its three leading export categories were steel products, household appliances and mechanical and "
      + "electrical products, worth 3, 2 and 1 billion yuan respectively.";
    expect(rankedLists(text)[0]?.items.map((i) => i.name))
      .toEqual(["steel products", "household appliances", "mechanical and electrical products"]);
  });
  it("keeps every item of a list longer than its count when no item can be joined", () => {
    const text = "Its two leading export categories were steel products, household appliances and toys, worth 3, 2 and 1 "
      + "billion yuan respectively.";
    expect(rankedLists(text)[0]?.items.map((i) => i.name)).toEqual(["steel products", "household appliances", "toys"]);
  });
});

describe("items that share one statement", () => {
  it("places the items after a sentence opening and tells places from other items", () => {
    const text = "In 2022, combined exports of Laos, Myanmar and Cambodia rose 11.6 percent to 39.06 billion yuan.";
    const [list] = sharedLists(text);
    expect(placed(text, list)).toEqual(["Laos@Laos", "Myanmar@Myanmar", "Cambodia@Cambodia"]);
    expect(list).toMatchObject({ flow: "exports", places: true, statement: "combined exports rose 11.6 percent to 39.06 billion yuan" });
    expect(sharedLists("Trade with Laos, Myanmar and other economies more than doubled.")[0]).toMatchObject({ places: false });
  });
  it("reads the items a marker opens before the verb, not a marker after it", () => {
    const text = "Exports to Asia, Africa and Europe rose sharply, led by goods such as rubber.";
    const opened = "Trade with neighbours such as Laos, Myanmar and Cambodia grew.";
    expect(sharedLists(text)[0]?.items.map((i) => i.name)).toEqual(["Asia", "Africa", "Europe"]);
    expect(placed(opened, sharedLists(opened)[0])).toEqual(["Laos@Laos", "Myanmar@Myanmar", "Cambodia@Cambodia"]);
  });
  it("reads no list when one item runs into a clause, nor two items without a comma that are not both places", () => {
    expect(sharedLists("Trade with Laos, Myanmar and firms in Vietnam grew fast.")).toEqual([]);
    expect(sharedLists("Exports to Laos and northern Vietnam more than doubled.")).toEqual([]);
    expect(sharedLists("Trade with Laos and Myanmar more than doubled.")[0]?.items.map((i) => i.name)).toEqual(["Laos", "Myanmar"]);
  });
  it("reads no list in a goods name with an 'and' that a subject word list knows whole", () => {
    expect(sharedLists("Exports of mechanical and electrical products rose sharply.")).toEqual([]);
  });
});

describe("list facts in a document", () => {
  it("cite the items' own span", () => {
    const text = "Yunnan's foreign trade grew 5 percent in 2022. Trade with Laos, Myanmar and Cambodia more than doubled.";
    const listed = factsOf(text, { published: "2023-01-20" }).find((f) => f.measure === "listed");
    expect(listed && text.slice(listed.valueStart, listed.valueEnd)).toContain("Laos, Myanmar and Cambodia");
  });
});
