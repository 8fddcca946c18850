import type { Description } from "../text/described.js";
import { describe, expect, it } from "vitest";
import { parseQuestion, type QuestionContext } from "../retrieval/figures/query.js";
import { zoneFinder } from "../text/zones.js";

// The edges of reading a question (parseQuestion in retrieval/figures/query.ts): spacing, capitals and punctuation
// people type, what masking a filter or a description leaves of the places around it, routes and zones beside other
// places, and the words left to find. Made-up questions ("lakeview" is no place).
const read = (question: string, context?: QuestionContext) => parseQuestion(question, context);
const periods = (question: string) => read(question).periods.map((p) => `${p.y1}.${p.m1}-${p.y2}.${p.m2}`);

describe("intent words as typed", () => {
  it("compares two sides 'compared' or 'compares' where the documents use the word", () => {
    const words = new Set(["compared", "compares"]);
    expect(read("hunan compared with hubei in 2020", { words }).intent).toBe("comparison");
    expect(read("hunan compares with hubei in 2020", { words }).intent).toBe("comparison");
  });
  it("reads no ranking in a word that only begins with 'top'", () => {
    expect(read("what were hunan's topmost exports in 2020?").intent).toBe("lookup");
  });
});

describe("periods as typed", () => {
  it("gives a period without a year the year of a half or quarter that ends in december", () => {
    expect(periods("hunan's exports in q1 and h2 2021")).toEqual(["2021.1-2021.3", "2021.7-2021.12"]);
  });
  it("gives the year only to periods without one, not to a span of years beside them", () => {
    expect(periods("hunan's exports in h1 and q3 2021, and from 2016 to 2018"))
      .toEqual(["2021.1-2021.6", "2021.7-2021.9", "2016.1-2018.12"]);
  });
  it("keeps a lone period without a year", () => {
    expect(periods("hunan's h1 exports?")).toEqual(["null.1-null.6"]);
  });
  it("reads a change across years and a place's own period whatever the capitals", () => {
    expect(periods("Hunan's exports Grew from 2010 to 2014: by how much?")).toEqual(["2010.1-2010.12", "2014.1-2014.12"]);
    expect(read("hunan Province 2012 vs hubei Province h1 2012").periodsByPlace).toBe(true);
    expect(read("hunan Total Trade 2012 vs hubei Total Trade h1 2012").periodsByPlace).toBe(true);
  });
  it("keeps a period after 'over the same period of', an earlier one the question asks about", () => {
    expect(periods("hunan's exports in 2021, up 5% over the same period of 2019?"))
      .toEqual(["2021.1-2021.12", "2019.1-2019.12"]);
  });
  it("reads each place's own period after a dated source, and none for one place or fewer periods than places", () => {
    const sourced = read("according to the 2016 report, hunan 2012 vs hubei h1 2012?");
    expect([sourced.periodsByPlace, sourced.periods.length]).toEqual([true, 2]);
    expect(read("hunan 2012 exports?").periodsByPlace).toBeUndefined();
    expect(read("hunan 2012 vs hubei").periodsByPlace).toBeUndefined();
  });
  it("needs every period right after a place: not one after a comma, nor one before the places", () => {
    expect(read("hunan 2012 vs hubei, in h1 2012")).toMatchObject({ periods: [{ y1: 2012, m1: 1, y2: 2012, m2: 6 }] });
    expect(read("hunan 2012 vs hubei, in h1 2012").periodsByPlace).toBeUndefined();
    expect(read("h1 2012 hubei vs hunan 2012").periodsByPlace).toBeUndefined();
  });
  it("reads a lower bound with two decimals", () => {
    expect(read("which provinces grew above 12.55 percent in 2020?").threshold).toBe(12.55);
  });
});

describe("joins as typed", () => {
  it("reads 'n' before a singular flow as 'and'", () => {
    expect(read("hunan exports n import 2020").text).toBe("hunan exports and import 2020");
  });
  it("compares hunan's trade with hubei's after a leading space or dash", () => {
    expect(read("  compare hunan's trade with hubei's in 2020")).toMatchObject({ entities: ["hunan", "hubei"], partners: [] });
    expect(read("- compare hunan's trade with hubei's in 2020")).toMatchObject({ entities: ["hunan", "hubei"], partners: [] });
  });
  it("reads a partner after a flow and a measure typed with two spaces", () => {
    expect(read("hunan's trade  value with guangdong in 2020")).toMatchObject({ entities: ["hunan"], partners: ["guangdong"] });
    expect(read("hunan's exports to japan,guangdong and fujian")).toMatchObject({
      entities: ["hunan"], partners: ["partner:japan", "guangdong", "fujian"],
    });
  });
  it("counts partners and reads the kind of place ranked with two spaces typed", () => {
    expect(read("how many  countries did hunan export to in 2020?").metric).toBe("partners");
    expect(read("how many trading  partners did hunan export to in 2020?").metric).toBe("partners");
    expect(read("hunan's exports went to how many trading partners in 2020?").metric).toBe("partners");
    expect(read("hunan's exports went to how many trading  partners in 2020?").metric).toBe("partners");
    expect(read("how many countries  and  regions did hunan trade with in 2020?").subjectKind).toBeUndefined();
    expect(read("which  hunan city grew fastest in 2020?").subjectKind).toBe("city");
    expect(read("which hunan  city grew fastest in 2020?").subjectKind).toBe("city");
  });
  it("reads provincial-level regions as provinces, not as the regions they are grouped in", () => {
    expect(read("which 3 provincial regions grew fastest in 2020?").subjectKind).toBe("province");
    expect(read("top five provincial-level regions by exports in 2020?").subjectKind).toBe("province");
    expect(read("which regions grew fastest in 2020?").subjectKind).toBe("region");
  });
  it("reads a service's name before a route with two spaces typed", () => {
    expect(read("how many chang'an  china-europe trains ran in 2020?").entities).toEqual([]);
  });
  it("counts the words of a terse question, not the spaces typed between them", () => {
    expect(read("hunan  exports  in the good times?").asksFigure).toBe(true);
  });
});

describe("a filter or a description masked, the places around it kept", () => {
  it("keeps a place before or after a region filter, in the places and out of the words", () => {
    expect(read("in hubei's neighbourhood, which western provinces grew fastest?")).toMatchObject({
      entities: ["hubei"], terms: ["neighbourhood"],
    });
    expect(read("which western provinces grew fastest, like hunan?")).toMatchObject({ entities: ["hunan"], terms: ["like"] });
  });
  const words = new Set(["island"]);
  const findDescribed = ({ province, words: said }: Description) => (province === "zhejiang" && said.includes("island")
    ? ["city:zhoushan"] : []);
  it("keeps a place after a described city, in the places and out of the words", () => {
    expect(read("that zhejiang island city vs hubei: wig exports in 2020", { words, findDescribed })).toMatchObject({
      entities: ["city:zhoushan", "hubei"], terms: ["wig"],
    });
    expect(read("hunan vs that zhejiang island city vs hubei: wig exports", { words, findDescribed })).toMatchObject({
      entities: ["city:zhoushan", "hunan", "hubei"], terms: ["wig"],
    });
  });
  it("takes no word from the description only, and keeps the rest", () => {
    expect(read("that zhejiang island city's wig exports in 2020", { words, findDescribed }).terms).toEqual(["wig"]);
  });
});

describe("routes and the places beside them", () => {
  it("keeps China beside another place where a pair names no train service", () => {
    expect(read("china-japan trade and the yangtze river delta in 2020")).toMatchObject({
      entities: ["china", "region:yrd"], partners: ["partner:japan"],
    });
    expect(read("bilateral china-japan trade vs the yangtze river delta in 2020").entities).toEqual(["china", "region:yrd"]);
    expect(read("china-europe trains in 2020, and the yangtze river delta?").entities).toEqual(["china", "region:yrd"]);
  });
  it("keeps China named with a partner it is not joined to by a hyphen", () => {
    expect(read("hunan's china/japan trade in 2020").entities).toEqual(["hunan", "china"]);
    expect(read("china-made goods: hunan's exports to japan in 2020").entities).toEqual(["china", "hunan"]);
    expect(read("the china-xinjiang corridor's trade in 2020").entities).toEqual(["china", "xinjiang"]);
  });
  it("makes a city a route runs through the place, and keeps a city a route runs to", () => {
    expect(read("how many china-europe trains ran through wuhan in 2020?").entities).toEqual(["city:wuhan"]);
    expect(read("how many chongqing-wuhan trains ran in 2020?").entities).toEqual(["chongqing", "city:wuhan"]);
  });
});

describe("partners and owners", () => {
  it("reads 'which countries' after a partner as no claim on it", () => {
    expect(read("hunan's trade with guangdong: which countries grew most?")).toMatchObject({
      entities: ["hunan"], partners: ["guangdong"],
    });
  });
  it("lists only provinces and cities after a partner, and only right after it", () => {
    expect(read("hunan's exports to japan and the yangtze river delta")).toMatchObject({
      entities: ["hunan", "region:yrd"], partners: ["partner:japan"],
    });
    expect(read("hunan's exports to japan in 2020 and guangdong")).toMatchObject({
      entities: ["hunan", "guangdong"], partners: ["partner:japan"],
    });
    expect(read("hunan's exports to japan, while guangdong's fell?")).toMatchObject({
      entities: ["hunan", "guangdong"], partners: ["partner:japan"],
    });
  });
  it("makes no owner of a province listed among partners, nor of a partner after 'trade with'", () => {
    expect(read("exports to japan and guangdong in 2020")).toMatchObject({
      entities: ["china"], partners: ["partner:japan", "guangdong"],
    });
    expect(read("rank thailand and malaysia by trade with japan")).toMatchObject({
      entities: ["china"], partners: ["partner:th", "partner:my", "partner:japan"],
    });
  });
  it("makes the province after partners their trade's owner when China alone is named", () => {
    expect(read("china: rank thailand and malaysia by their trade with guangxi")).toMatchObject({
      entities: ["guangxi"], partners: ["partner:th", "partner:my"],
    });
  });
});

describe("zones beside other places", () => {
  const findZones = zoneFinder(["zone:Binhai Port Area", "zone:Lakeview Bonded Zone"]);
  it("drops the city locating a zone even beside another place, or another zone", () => {
    expect(read("tianjin's binhai port area vs hubei in 2023", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area", "hubei"]);
    expect(read("tianjin's binhai port area and the lakeview bonded zone in 2023", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area", "zone:Lakeview Bonded Zone"]);
  });
  it("keeps a place after a zone that only follows 'in' or 'of' further on", () => {
    expect(read("the binhai port area trade vs that in tianjin in 2023", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area", "tianjin"]);
    expect(read("exports of the binhai port area in 2023 and of tianjin", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area", "tianjin"]);
    expect(read("the binhai port area , in tianjin: exports in 2023", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area"]);
    expect(read("in tianjin the  binhai port area exported how much in 2023?", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area"]);
  });
  it("keeps the places when a partner locates the zone, or a partner is the whole of a share", () => {
    expect(read("hunan's exports to tianjin's binhai port area in 2023", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area", "hunan"]);
    expect(read("the binhai port area and hunan: their share of japan's imports in 2023", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area", "hunan"]);
  });
});

describe("the flow asked", () => {
  it("takes a flow named after 'trade' in a count, and partners beside trade", () => {
    expect(read("how many tonnes did hunan trade in 2020, and how many did it export?").metric).toBe("exports");
    expect(read("hunan's trade with its trading partners in 2020").metric).toBe("partners");
  });
});

describe("the words left to find", () => {
  it("takes no word from a place's name with an apostrophe, possessive or not", () => {
    expect(read("xi'an exports in 2020").terms).toEqual([]);
    expect(read("xi'an's exports in 2020").terms).toEqual([]);
  });
  it("keeps 'customs' and 'district' where no customs district stands for a province", () => {
    expect(read("hunan's exports by district in 2020").terms).toEqual(["district"]);
    expect(read("hunan customs 2012 exports?").terms).toEqual(["customs"]);
  });
  it("reads a note of what the whole includes as a break between words", () => {
    expect(read("gansu's trade(oil included)and growth in 2019?").terms).toEqual([]);
  });
  it("keeps a name with an apostrophe whole, and a question of no words has none", () => {
    expect(read("hunan's exports by chang'shan trading in 2020").terms).toContain("chang'shan");
    expect(read("2020?").terms).toEqual([]);
  });
  it("keeps a word ending in 'order' in a ranking", () => {
    expect(read("sort hunan, hubei by growth: a reorder?").terms).toEqual(["reorder"]);
  });
});
