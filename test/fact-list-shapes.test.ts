import { describe, expect, it } from "vitest";
import { followedByLists, followedGoodsLists, rankedLists, sharedLists } from "../facts/lists.js";

// The list readers of facts/lists.ts, shape by shape, on made-up sentences: which items each reads, where each item
// stands (a list fact's citation points at its items), and the runs that are no list (a name with a figure, too many
// words, a pronoun, no "followed by"). Written against the survivors of the facts area's mutation run, Stop 29.
type Listed = { items: { name: string; start: number; end: number }[] };

/** Each item as "name@text at its offsets": the two agree when the offsets are right. */
const placed = (text: string, list: Listed | undefined) =>
  list?.items.map((i) => `${i.name}@${text.slice(i.start, i.end)}`);
const names = (list: Listed | undefined) => list?.items.map((i) => i.name);

// (a seven-word name is still a name; an eighth word makes it a clause)
const SEVEN = "parts of small household electric kitchen appliances";
const EIGHT = `spare ${SEVEN}`;

describe("a ranked list whose figures follow it", () => {
  it("reads a two-item list cut where its figures start, placed", () => {
    const text = "The two leading export categories were textiles and toys, worth 3 and 2 billion yuan respectively.";
    const lists = rankedLists(text);
    expect(lists).toHaveLength(1);
    expect(placed(text, lists[0])).toEqual(["textiles@textiles", "toys@toys"]);
  });
  it("keeps the list read before the figures beside another list read whole, each once", () => {
    const text = "Its three largest trading partners were Laos, Myanmar and Cambodia; its two leading export categories were "
      + "textiles and toys, worth 3 and 2 billion yuan respectively.";
    expect(rankedLists(text).map(names)).toEqual([["Laos", "Myanmar", "Cambodia"], ["textiles", "toys"]]);
  });
  it("joins a one-word item to the next across 'and' when the list has more items than it counts, placed", () => {
    const text = "Its two leading export categories were tools and hardware, and toys.";
    const [list] = rankedLists(text);
    expect(placed(text, list)).toEqual(["tools and hardware@tools and hardware", "toys@toys"]);
    expect(list?.count).toBe(2);
  });
  it("joins nothing in a list that gives no count", () => {
    expect(names(rankedLists("The leading export categories were tools and hardware, and toys.")[0]))
      .toEqual(["tools", "hardware", "toys"]);
  });
});

describe("a first item and the rest 'followed by'", () => {
  it("places a first item after an earlier sentence's full stop, without the space before its verb", () => {
    const text = "Trade grew. Japan was the largest trading partner, followed by Korea and Vietnam.";
    const [list] = followedByLists(text);
    expect(placed(text, list)).toEqual(["Japan@Japan", "Korea@Korea", "Vietnam@Vietnam"]);
    expect(list?.what).toBe("three largest trading partners");
  });
  it("reads the first item named after the phrase up to its comma, a name with full stops in it", () => {
    const text = "The largest trading partner was the U.S., followed by Japan and Korea.";
    expect(placed(text, followedByLists(text)[0])).toEqual(["U.S.@U.S.", "Japan@Japan", "Korea@Korea"]);
  });
  it("reads no list where the first item has a figure, before the verb or after it", () => {
    expect(followedByLists("In 2022 Japan was the largest trading partner, followed by Korea and Vietnam.")).toEqual([]);
    expect(followedByLists("The largest trading partner was the 10-nation bloc, followed by Korea and Vietnam.")).toEqual([]);
  });
  it("reads no list where the first item after the phrase has no comma to end it", () => {
    expect(followedByLists("The largest trading partner is Japan followed by Korea.")).toEqual([]);
  });
});

describe("goods in order of value, 'followed by' each with its figure", () => {
  const TAIL = "followed by furniture at 4 billion dollars and lamps at 2 billion dollars.";
  it("places every item, the first after an opening 'the'", () => {
    const text = `The clothing was the biggest export item, worth 5 billion dollars, ${TAIL}`;
    const [list] = followedGoodsLists(text);
    expect(placed(text, list)).toEqual(["clothing@clothing", "furniture@furniture", "lamps@lamps"]);
    expect(list).toMatchObject({ kind: "exports", what: "three biggest export items", count: 3 });
  });
  it("reads an import list as imports", () => {
    const text = "Crude oil was the largest import item, worth 5 billion dollars, followed by iron ore at 4 billion dollars "
      + "and copper at 2 billion dollars.";
    expect(followedGoodsLists(text)[0]).toMatchObject({ kind: "imports", what: "three largest import items" });
  });
  it("reads no list whose first item is a pronoun", () => {
    expect(followedGoodsLists(`It was the biggest export item, worth 5 billion dollars, ${TAIL}`)).toEqual([]);
  });
  it("reads no list without 'followed by', nor one whose 'followed by' names no goods with a figure", () => {
    expect(followedGoodsLists("Clothing was the biggest export item, worth 5 billion dollars.")).toEqual([]);
    expect(followedGoodsLists("Clothing was the biggest export item, followed by strong demand for toys.")).toEqual([]);
  });
  it("takes a first item of seven words, not of eight", () => {
    const seven = `${SEVEN[0]!.toUpperCase()}${SEVEN.slice(1)} were the biggest export item, ${TAIL}`;
    expect(names(followedGoodsLists(seven)[0])).toEqual(["Parts of small household electric kitchen appliances",
      "furniture", "lamps"]);
    expect(followedGoodsLists(`S${EIGHT.slice(1)} were the biggest export item, ${TAIL}`)).toEqual([]);
  });
  it("takes a later item of seven words, not of eight nor one with a figure in its name", () => {
    const later = (name: string) => `Clothing was the biggest export item, followed by ${name} at 4 billion dollars and `
      + "lamps at 2 billion dollars.";
    expect(placed(later(SEVEN), followedGoodsLists(later(SEVEN))[0]))
      .toEqual(["Clothing@Clothing", `${SEVEN}@${SEVEN}`, "lamps@lamps"]);
    expect(followedGoodsLists(later(EIGHT))).toEqual([]);
    expect(followedGoodsLists(later("model 3 cars"))).toEqual([]);
  });
});

describe("items that share one statement", () => {
  it("takes an item of seven words, not of eight nor one with a character no name has", () => {
    expect(names(sharedLists(`Exports of toys, lamps and ${SEVEN} rose sharply.`)[0])).toEqual(["toys", "lamps", SEVEN]);
    expect(sharedLists(`Exports of toys, lamps and ${EIGHT} rose sharply.`)).toEqual([]);
    expect(sharedLists("Exports of toys, lamps and pots/pans rose sharply.")).toEqual([]);
  });
  it("counts an item as a place only when a place is its whole name", () => {
    expect(sharedLists("Exports to Laos, Myanmar and Cambodia's neighbours rose sharply.")[0]?.places).toBe(false);
  });
  it("reads a list of goods one of which is a known product group, first or last", () => {
    expect(names(sharedLists("Exports of high-tech products, textiles and toys rose sharply.")[0]))
      .toEqual(["high-tech products", "textiles", "toys"]);
    expect(names(sharedLists("Exports of textiles, toys and high-tech products rose sharply.")[0]))
      .toEqual(["textiles", "toys", "high-tech products"]);
  });
});

describe("items that share one statement, a known goods name with an 'and' among them", () => {
  it("reads the known name as one item, placed", () => {
    const text = "Exports of mechanical and electrical products, textiles and toys rose sharply.";
    expect(placed(text, sharedLists(text)[0])).toEqual(["mechanical and electrical products@mechanical and electrical products",
      "textiles@textiles", "toys@toys"]);
  });
  it("reads the known name as one item after a marker, placed", () => {
    const text = "Trade in goods such as mechanical and electrical products, textiles and toys rose sharply.";
    expect(placed(text, sharedLists(text)[0])).toEqual(["mechanical and electrical products@mechanical and electrical products",
      "textiles@textiles", "toys@toys"]);
    const second = "Trade in goods such as textiles, mechanical and electrical products, and toys rose sharply.";
    expect(names(sharedLists(second)[0])).toEqual(["textiles", "mechanical and electrical products", "toys"]);
  });
  it("reads no list in the known name alone", () => {
    expect(sharedLists("Trade in mechanical and electrical products was on the rise.")).toEqual([]);
  });
});
