import { describe, expect, it } from "vitest";
import { correctSpelling, distance, parseQuestion } from "../retrieval/figures/query.js";
import { periodLabel } from "../text/periods.js";
import { zoneFinder } from "../text/zones.js";

// What a question's frame says it asks: which places are sides and which are partners, which periods each side
// has, which intent, and whether it asks for a figure at all. Made-up questions in the forms people type.

const read = (question: string) => parseQuestion(question);
const periods = (question: string) => read(question).periods.map(periodLabel);

describe("places and partners", () => {
  it("makes a province after 'trade with' or 'exports to' a partner, and a region or group a place", () => {
    expect(read("what was fujian's trade with guangdong in 2023?"))
      .toMatchObject({ entities: ["fujian"], partners: ["guangdong"] });
    expect(read("what was hong kong's trade with the yangtze river delta in 2023?")).toMatchObject({
      entities: ["hong-kong", "region:yrd"], partners: [],
    });
  });
  it("makes every item of a list of partners a partner, provinces among them", () => {
    expect(read("what were fujian's exports to korea, taiwan and hong kong in 2023?")).toMatchObject({
      entities: ["fujian"], partners: ["partner:south-korea", "taiwan", "hong-kong"],
    });
    // a place after a partner but not listed with it is a place again
    expect(read("exports to korea by fujian and zhejiang in 2023").entities).toEqual(["fujian", "zhejiang"]);
  });
  it("asks China's trade with a partner when no place is named", () => {
    expect(read("trade with japan in 2023?")).toMatchObject({ entities: ["china"], partners: ["partner:japan"] });
  });
  it("takes a zone the index knows as the place, not the city that locates it", () => {
    const findZones = zoneFinder(["zone:Binhai Port Area", "city:tianjin"]);
    expect(parseQuestion("tianjin's binhai port area exports in 2023", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area"]);
    expect(parseQuestion("the binhai port area in tianjin: exports in 2023", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area"]);
    // a place named apart from the zone is a second side
    expect(parseQuestion("compare the binhai port area and hefei in 2023", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area", "city:hefei"]);
    // a zone whose name holds its city's, after "the" (the place mention takes the article: it overlaps the zone)
    const named = zoneFinder(["zone:Tianjin Airport Economic Area"]);
    expect(parseQuestion("how much did the tianjin airport economic area export in 2023?",
      { findZones: named }).entities)
      .toEqual(["zone:Tianjin Airport Economic Area"]);
  });
});

describe("periods, side by side", () => {
  it("keeps each place's own period when each follows its place", () => {
    expect(periods("tibet 2012 vs xinjiang h1 2012")).toEqual(["2012", "first half of 2012"]);
    expect(periods("tibet's 2012 trade vs xinjiang's h1 2012 trade")).toEqual(["2012", "first half of 2012"]);
  });
  it("reads the months once for each year named, and drops a bare year that repeats a period asked", () => {
    expect(periods("fujian h1 trade in 2021 or 2023")).toEqual(["first half of 2021", "first half of 2023"]);
    expect(periods("fujian's jan-aug trade, 2021 vs 2022")).toEqual(["January–August 2021", "January–August 2022"]);
    expect(periods("fujian's trade in jan-aug 2021 vs jan-aug 2022: how much lower was 2022?"))
      .toEqual(["January–August 2021", "January–August 2022"]);
    // (each place with its own period keeps both: "tibet in 2012 vs xinjiang in h1 2012")
    expect(periods("tibet in 2012 vs xinjiang in h1 2012")).toEqual(["2012", "first half of 2012"]);
    // whole years with a period of their own are each asked
    expect(periods("fujian's trade in 2021 and 2022 and the first half of 2023"))
      .toEqual(["2021", "2022", "first half of 2023"]);
  });
});

describe("the intent of a question", () => {
  it("sums only over two or more sides", () => {
    expect(read("what were fujian and jiangxi's exports combined in 2023?").intent).toBe("sum");
    expect(read("what were fujian's exports and imports combined in 2023?").intent).toBe("lookup");
  });
  it("compares two periods, two places, or a place with the national average", () => {
    expect(read("compare fujian's trade in 2022 and 2023").intent).toBe("comparison");
    expect(read("tibet vs xinjiang in 2012").intent).toBe("comparison");
    expect(read("how much faster did fujian's exports grow than the national average in 2023?").intent)
      .toBe("comparison");
    expect(read("how much faster did exports grow in 2023?").intent).toBe("lookup");
    expect(read("was fujian's trade bigger in 2023?").intent).not.toBe("comparison");
  });
  it("asks a share of a whole only across two periods", () => {
    expect(read("what share of fujian's 2023 trade came in h1 2023?").intent).toBe("lookup");
    expect(read("what share of fujian's h1 2023 trade was made in the first quarter of 2023?").intent).toBe("share_of");
  });
  it("reads a whole from a part and its share only when the question reasons from one", () => {
    expect(read("going by xinjiang's share, how big was china's total trade?").intent).toBe("implied_whole");
    expect(read("given its 26.8% share, how big was china's total trade?").intent).toBe("implied_whole");
    expect(read("what was fujian's total trade in 2023?").intent).toBe("lookup");
    expect(read("given exports of 50 billion yuan, how much did fujian's trade grow?").intent)
      .not.toBe("implied_previous");
    expect(read("given the 8.1% growth, what was fujian's trade in 2022?").intent).toBe("implied_previous");
  });
});

describe("whether a question asks for a figure", () => {
  it("asks one when it names a place (or partner), a flow and a period, or a measure", () => {
    expect(read("fujian foreign trade in q1 2024?").asksFigure).toBe(true);
    expect(read("trade with japan in 2023?").asksFigure).toBe(true);
    expect(read("how much did fujian export?").asksFigure).toBe(true);
    expect(read("which inland provinces traded most in 2023?").asksFigure).toBe(true);
  });
  it("does when a terse question names only a place (or partner) and a flow, of whatever period is stated", () => {
    expect(read("fujian foreign trade?").asksFigure).toBe(true);
    expect(read("exports to japan").asksFigure).toBe(true);
  });
  it("does when a terse question names a place, a trade mode and a period, with no flow word", () => {
    expect(read("guizhou cross-border ecommerce q3 2021?").asksFigure).toBe(true);
    expect(read("what did guizhou customs do about cross-border e-commerce in 2021?").asksFigure).toBe(false);
  });
  it("does when a longer bare phrase, no asking word, names a place, a trade mode, a thing counted and a period", () => {
    expect(read("hunan cross-border ecommerce parcels for all of 2031?").asksFigure).toBe(true);
    expect(read("hunan cross-border ecommerce support measures and pilot zones in 2031").asksFigure).toBe(false);
    expect(read("what did hunan do to help cross-border ecommerce sellers in 2031?").asksFigure).toBe(false);
  });
  it("does when a terse question pads its period ('as a whole', 'for the whole year')", () => {
    expect(read("hunan cross-border ecommerce in 2031 as a whole?").asksFigure).toBe(true);
    expect(read("hunan market procurement trade for the whole year 2031").asksFigure).toBe(true);
  });
  it("counts a hyphenated period ('q1-q3') and 'cross-border e-commerce' as one word each, so a terse question stays terse", () => {
    expect(read("hunan cross-border e-commerce in q1-q3 2031?").asksFigure).toBe(true);
    expect(read("hunan cross-border e-commerce in h1 2031?").asksFigure).toBe(true);
  });
  it("does not when it asks what was done, or names no place or partner, or runs long without a period", () => {
    expect(read("what did customs do about exports in 2023?").asksFigure).toBe(false);
    expect(read("foreign trade news?").asksFigure).toBe(false);
    expect(read("tell me something interesting about fujian foreign trade please").asksFigure).toBe(false);
  });
});

describe("typos", () => {
  it("counts a swap of two letters as one edit", () => {
    expect(distance("fujain", "fujian", 2)).toBe(1);
    expect(distance("ab", "ba", 1)).toBe(1);
    expect(distance("", "ab", 2)).toBe(2);
    expect(distance("abcdef", "uvwxyz", 1)).toBe(2);
    expect(distance("shanxi", "shaanxi", 1)).toBe(1);
  });
  it("corrects a place or flow one or two edits away, a short word only by a letter left out", () => {
    expect(correctSpelling("fujain exprots in 2023")).toBe("fujian exports in 2023");
    expect(correctSpelling("totl trade of fujian")).toBe("total trade of fujian");
    expect(read("how did fuijan's trade change in 2023").entities).toEqual(["fujian"]);
    expect(correctSpelling("shanxis exports")).toBe("shanxi's exports");
  });
});
