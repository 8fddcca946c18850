import type { Description } from "../text/described.js";
import { describe, expect, it } from "vitest";
import { parseQuestion, type QuestionContext } from "../retrieval/figures/query.js";
import { subjectFinder } from "../text/subjects.js";
import { zoneFinder } from "../text/zones.js";

// What parseQuestion (retrieval/figures/query.ts) reads besides the intent and the periods: the text as typed
// shorthand is written out, the region filter, the places asked about and the partners, zones and the places that
// locate them, customs districts and described cities, the kind of place ranked, the flow, the words left to find
// and whether a figure is asked. Made-up questions ("lakeview" is no place).
const read = (question: string, context?: QuestionContext) => parseQuestion(question, context);

describe("what people type, written out", () => {
  it.each([
    ["hunan trade w/ japan 2020", "hunan trade with japan 2020"],
    ["hunan trade w/japan 2020", "hunan trade with japan 2020"],
    ["hunan exports & imports 2020", "hunan exports and imports 2020"],
    ["how much n how fast did hunan grow", "how much and how fast did hunan grow"],
    ["hunan exports n imports 2020", "hunan exports and imports 2020"],
    ["hunan n its exports", "hunan and its exports"],
    ["hunan n hubei", "hunan and hubei"],
    ["hunan exports  &  imports 2020", "hunan exports and imports 2020"],
    ["hunan imports n export 2020", "hunan imports and export 2020"],
    ["hunan imports n their exports 2020", "hunan imports and their exports 2020"],
    ["hunan imports  n  the exports", "hunan imports  and  the exports"],
    ["when the exports rose", "when the exports rose"],
  ])("%s → %s", (typed, text) => {
    expect(read(typed).text).toBe(text);
  });
  it.each([
    ["exports to the us in 2020", "exports to the US in 2020"],
    ["hunan trade with us in 2020", "hunan trade with US in 2020"],
    ["hunan and us trade", "hunan and US trade"],
    ["hunan vs us", "hunan vs US"],
    ["hunan vs. us", "hunan vs. US"],
    ["hunan versus us", "hunan versus US"],
    ["japan or us", "japan or US"],
    ["us exports", "us exports"],
    ["rank asean, us, eu and japan", "rank asean, US, eu and japan"],
    ["rank asean, us and eu", "rank asean, US and eu"],
    ["rank asean, us or eu", "rank asean, US or eu"],
    ["rank asean, us w/ eu", "rank asean, US with eu"],
    ["hunan's trade with asean, us?", "hunan's trade with asean, US?"],
    ["hunan's trade with asean, us", "hunan's trade with asean, US"],
    ["what did asean, us say", "what did asean, us say"],
    ["hunan trade with  us in 2020", "hunan trade with US in 2020"],
    ["rank asean,us and eu", "rank asean,US and eu"],
    ["rank asean, us&eu", "rank asean, US&eu"],
    ["rank asean ,us ,eu", "rank asean ,US ,eu"],
    ["rank asean, eu, us by trade value", "rank asean, eu, US by trade value"],
    ["rank asean, eu, us in 2030", "rank asean, eu, US in 2030"],
    ["lakeview's partners - asean, eu, us - ranked", "lakeview's partners - asean, eu, US - ranked"],
    ["rank lakeview's partners (asean, eu, us)", "rank lakeview's partners (asean, eu, US)"],
    ["lakeview 2030: rank us, asean and eu", "lakeview 2030: rank US, asean and eu"],
    ["lakeview 2030: us, asean and eu ranked", "lakeview 2030: US, asean and eu ranked"],
    ["lakeview partners - us, japan or eu?", "lakeview partners - US, japan or eu?"],
    ["tell us, which partner grew?", "tell us, which partner grew?"],
    ["give us and them the list", "give us and them the list"],
  ])("reads 'us' as the country after a joining word or in a comma list: %s", (typed, text) => {
    expect(read(typed).text).toBe(text);
  });
  it("makes the US read so a partner", () => {
    expect(read("hunan's trade with asean, us?").partners).toEqual(["partner:asean", "partner:us"]);
  });
  it("reads no place in a news outlet named after the country ('from the china daily table')", () => {
    expect(read("hunan's top 3 partners in 2030 from the china daily table").entities).toEqual(["hunan"]);
    expect(read("china's trade in 2030 per china news service").entities).toEqual(["china"]);
    expect(read("hunan's top 3 partners in 2030 from the china daily table").terms).not.toContain("daily");
  });
  it("reads 'us' opening a ranked list as a partner beside the others", () => {
    expect(read("hunan 2030: rank us, asean and eu by trade").partners)
      .toEqual(["partner:us", "partner:asean", "partner:eu"]);
  });
});

describe("a region filter", () => {
  it.each([
    ["which western provinces grew fastest in 2020?", "western"],
    ["list the eastern regions by trade", "eastern"],
    ["rank the central provinces by trade", "central"],
    ["name the coastal cities by exports", "coastal"],
    ["the inland areas with the largest trade", "inland"],
    ["top inland provincial-level regions by trade", "inland"],
    ["inland provinces with the highest trade", "inland"],
    ["inland provinces with the lowest trade", "inland"],
    ["inland provinces growing fastest", "inland"],
    ["inland provinces growing slowest", "inland"],
    ["which northeastern provinces grew slowest", "northeastern"],
    ["which central and western provinces traded most", "central-western"],
    ["which CENTRAL AND  WESTERN provinces traded most", "central-western"],
  ])("%s → %s, and no place named by the filter's words", (question, filter) => {
    const frame = read(question);
    expect(frame.filter).toBe(filter);
    expect(frame.entities).toEqual([]);
  });
  it("is no filter where nothing is ranked or listed: the region is the place asked about", () => {
    expect(read("how did the western provinces do in 2020?")).toMatchObject({ entities: ["region:western"] });
    expect(read("how did the western provinces do in 2020?").filter).toBeUndefined();
  });
});

describe("places and partners", () => {
  it("makes the place whose partners are asked the place, not a partner", () => {
    expect(read("which countries' exports to hunan grew fastest?")).toMatchObject({ entities: ["hunan"], partners: [] });
    expect(read("what market's imports from hunan grew fastest?")).toMatchObject({ entities: ["hunan"], partners: [] });
    expect(read("compare hunan's trade with hubei's in 2020")).toMatchObject({ entities: ["hunan", "hubei"], partners: [] });
  });
  it.each([
    "hunan's trade with guangdong in 2020",
    "hunan's exports to guangdong in 2020",
    "hunan's imports from guangdong in 2020",
    "hunan's trade growth with the guangdong in 2020",
    "hunan traded with guangdong in 2020",
    "hunan's trading with guangdong in 2020",
    "hunan's exported to guangdong in 2020",
    "hunan's export to guangdong in 2020",
    "hunan's import from guangdong in 2020",
    "hunan's imported from guangdong in 2020",
    "hunan trades with guangdong in 2020",
    "hunan's trade value with guangdong in 2020",
    "hunan's trade volume with guangdong in 2020",
    "hunan's trade  with  guangdong in 2020",
    "hunan's trade with guangdong in 2020 compared to 2019",
  ])("makes a province after 'trade with', 'exports to', 'imports from' a partner: %s", (question) => {
    expect(read(question)).toMatchObject({ entities: ["hunan"], partners: ["guangdong"] });
  });
  it("keeps a region after 'trade with' a place", () => {
    expect(read("hunan's trade with the yangtze river delta in 2020")).toMatchObject({
      entities: ["hunan", "region:yrd"], partners: [],
    });
  });
  it.each([
    ["hunan's exports to japan, guangdong and fujian", ["partner:japan", "guangdong", "fujian"]],
    ["hunan's exports to japan & guangdong", ["partner:japan", "guangdong"]],
    ["hunan's exports to japan, and guangdong", ["partner:japan", "guangdong"]],
    ["hunan's exports to japan and the guangdong", ["partner:japan", "guangdong"]],
  ])("makes each province listed after a partner a partner: %s", (question, partners) => {
    expect(read(question)).toMatchObject({ entities: ["hunan"], partners });
  });
  it("keeps a province after a partner but not listed with it a place", () => {
    expect(read("hunan's exports to japan by guangdong")).toMatchObject({
      entities: ["hunan", "guangdong"], partners: ["partner:japan"],
    });
  });
  it("makes the province after the partners ranked the owner of their trade", () => {
    expect(read("rank thailand, malaysia and vietnam by their trade with guangxi")).toMatchObject({
      entities: ["guangxi"], partners: ["partner:th", "partner:my", "partner:vn"],
    });
    expect(read("rank thailand by trade with guangxi")).toMatchObject({ entities: ["guangxi"], partners: ["partner:th"] });
  });
  it("keeps it a partner when another place owns the trade, or when it is the only partner", () => {
    expect(read("hunan: rank thailand and malaysia by trade with guangxi")).toMatchObject({
      entities: ["hunan"], partners: ["partner:th", "partner:my", "guangxi"],
    });
    expect(read("what was the trade with guangxi in 2020?")).toMatchObject({ entities: ["china"], partners: ["guangxi"] });
    expect(read("rank thailand and malaysia by trade with guangxi and hunan")).toMatchObject({
      entities: ["china"], partners: ["partner:th", "partner:my", "guangxi", "hunan"],
    });
  });
  it("adds China as the place of a partner's trade only when no other place is asked", () => {
    expect(read("japan's exports to hunan?")).toMatchObject({ entities: ["hunan"], partners: ["partner:japan"] });
    expect(read("japan or us")).toMatchObject({ entities: ["china"], partners: ["partner:japan", "partner:us"] });
  });
});

describe("what the index adds", () => {
  it("reads a group the documents define as a place, and a subject the index and the table both name once", () => {
    const groups = [{ id: "group:lakeview-five", name: "Lakeview Five", members: ["hunan", "hubei"] }];
    expect(read("the lakeview five's exports in 2020", { groups })).toMatchObject({
      entities: ["group:lakeview-five"], terms: [],
    });
    expect(read("hunan's trade with the lakeview five in 2020", { groups })).toMatchObject({
      entities: ["hunan", "group:lakeview-five"], partners: [],
    });
    const findSubjects = (text: string) => (/processing trade/.test(text) ? ["processing trade"] : []);
    expect(read("hunan's processing trade in 2020", { findSubjects }).subjects).toEqual(["processing trade"]);
  });
});

describe("each place once", () => {
  it("names a place, a partner or China once however often the question names it", () => {
    expect(read("hunan's exports and hunan's imports in 2020").entities).toEqual(["hunan"]);
    expect(read("hunan's exports to japan vs imports from japan in 2020").partners).toEqual(["partner:japan"]);
    expect(read("china's trade with japan in 2020")).toMatchObject({ entities: ["china"], partners: ["partner:japan"] });
  });
  it("keeps China a place after 'trade with', and a city whose partners are asked the place", () => {
    expect(read("hunan's trade with china in 2020")).toMatchObject({ entities: ["hunan", "china"], partners: [] });
    expect(read("which countries' exports to wuhan grew fastest?")).toMatchObject({ entities: ["city:wuhan"], partners: [] });
    expect(read("hunan's exports to japan and wuhan")).toMatchObject({
      entities: ["hunan"], partners: ["partner:japan", "city:wuhan"],
    });
  });
});

describe("train routes", () => {
  it("keeps China the place of 'how many china-europe trains', not of a named service's or a province's", () => {
    expect(read("how many china-europe trains ran in 2020?").entities).toEqual(["china"]);
    expect(read("total china-europe trips in 2020").entities).toEqual(["china"]);
    expect(read("how many chang'an china-europe trains ran in 2020?").entities).toEqual([]);
    expect(read("how many china-europe trains ran through hunan in 2020?").entities).toEqual(["hunan"]);
  });
  it("makes no partner of the place a route runs to ('harbin-europe trains')", () => {
    expect(read("the harbin-europe trains in 2020")).toMatchObject({ entities: ["city:harbin"], partners: [] });
  });
});

describe("customs districts and described cities", () => {
  const districts = new Map([["city:lakeview", "hunan"], ["city:qingdao", "shandong"]]);
  it("reads a city's customs district as the province it stands for, and takes no word from 'customs district'", () => {
    expect(read("qingdao customs district exports in 2017", { districts })).toMatchObject({
      entities: ["shandong"], terms: [],
    });
    expect(read("qingdao customs district and hunan exports in 2017", { districts }).entities)
      .toEqual(["shandong", "hunan"]);
    expect(read("qingdao exports in 2017", { districts }).entities).toEqual(["city:qingdao"]);
    expect(read("shandong and qingdao customs district exports in 2017", { districts }).entities).toEqual(["shandong"]);
    expect(read("qingdao customs district exports in 2017").entities).toEqual(["city:qingdao"]);
  });
  const words = new Set(["island"]);
  const findDescribed = ({ province, words: said }: Description) => (province === "zhejiang" && said.includes("island")
    ? ["city:zhoushan"] : province === "shandong" ? ["city:weihai", "city:yantai"] : []);
  it("reads a city described by its province as that city, and takes no word from the description", () => {
    expect(read("that zhejiang island city's exports in 2020", { words, findDescribed })).toMatchObject({
      entities: ["city:zhoushan"], terms: [],
    });
    expect(read("that zhejiang island city's exports in 2020", { words, findDescribed }).describedPlaces).toBeUndefined();
  });
  it("lists the cities when several fit, and keeps the province and words when none does", () => {
    const several = read("that shandong port city next to korea: exports in 2020?", { words, findDescribed });
    expect(several).toMatchObject({ entities: [], describedPlaces: ["city:weihai", "city:yantai"], terms: [] });
    expect(read("that zhejiang mountain city's exports in 2020", { words, findDescribed })).toMatchObject({
      entities: ["zhejiang"], terms: ["mountain", "city"],
    });
    expect(read("that zhejiang island city's exports in 2020", { words }).entities).toEqual(["zhejiang"]);
  });
});

describe("zones", () => {
  const findZones = zoneFinder(["zone:Binhai Port Area", "zone:Lakeview Bonded Zone", "zone:Hebei Pilot FTZ"]);
  it.each([
    "tianjin's binhai port area exports in 2023",
    "tianjin binhai port area exports in 2023",
    "the binhai port area of tianjin: exports in 2023",
    "the binhai port area, in tianjin: exports in 2023",
    "tianjin’s binhai port area exports in 2023",
    "tianjin's  binhai port area exports in 2023",
    "in tianjin the binhai port area exported how much in 2023?",
    "the binhai port area  of  tianjin: exports in 2023",
    "the binhai port area,in tianjin: exports in 2023",
    "the binhai port area of the tianjin: exports in 2023",
  ])("takes the zone for the place, not the city that locates it: %s", (question) => {
    expect(read(question, { findZones }).entities).toEqual(["zone:Binhai Port Area"]);
  });
  it("keeps a place named apart from a zone, or named again on its own", () => {
    expect(read("tianjin and the binhai port area exports in 2023", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area", "tianjin"]);
    expect(read("the binhai port area for tianjin: exports in 2023", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area", "tianjin"]);
    expect(read("the hebei pilot ftz vs hebei overall in 2023", { findZones }).entities)
      .toEqual(["zone:Hebei Pilot FTZ", "hebei"]);
  });
  it("names a zone once however often it is named", () => {
    expect(read("the binhai port area's exports vs the binhai port area's imports in 2023", { findZones }).entities)
      .toEqual(["zone:Binhai Port Area"]);
  });
  it("keeps the zones in the order named", () => {
    expect(read("the lakeview bonded zone and the binhai port area: trade in 2023", { findZones }).entities)
      .toEqual(["zone:Lakeview Bonded Zone", "zone:Binhai Port Area"]);
  });
  it("drops the whole of a zone's share from the places asked", () => {
    expect(read("the lakeview bonded zone in hebei: trade and share of hebei's total in 2023", { findZones }).entities)
      .toEqual(["zone:Lakeview Bonded Zone"]);
    expect(read("hebei's trade and its share of china's total in 2023").entities).toEqual(["hebei", "china"]);
  });
  it("takes no word from the way to a zone ('went thru', 'passed via')", () => {
    expect(read("how much went thru the lakeview bonded zone in 2023?", { findZones }).terms).toEqual([]);
    expect(read("how much passed via the lakeview bonded zone in 2023?", { findZones }).terms).toEqual([]);
  });
  it("takes no word from a zone's areas ranked, even a zone the index does not know", () => {
    expect(read("rank the 3 areas of the hebei pilot ftz by trade in 2023", { findZones }).terms).toEqual([]);
    expect(read("rank the 3 areas of the lakeview pilot ftz by trade in 2023").terms).toEqual(["lakeview"]);
    expect(read("the areas of hunan in 2020").terms).toEqual(["areas"]);
  });
});

describe("the kind of place ranked and the flow asked", () => {
  it("reads 'countries and regions' as partners, not regions; one city asked for as cities", () => {
    expect(read("how many countries and regions did hunan trade with in 2020?").subjectKind).toBeUndefined();
    expect(read("which regions grew most").subjectKind).toBe("region");
    expect(read("which hunan city grew fastest in 2020?").subjectKind).toBe("city");
    expect(read("what jiangsu port city grew fastest in 2020?").subjectKind).toBe("city");
    expect(read("which of hunan's cities grew fastest?").subjectKind).toBe("city");
    expect(read("which city grew fastest in 2020?").subjectKind).toBe("city");
    expect(read("which sino-russian border city grew fastest?").subjectKind).toBe("city");
    expect(read("which hunan big port city grew fastest in 2020?").subjectKind).toBeUndefined();
  });
  it("ranks partners by the flow named, and counts partners as partners", () => {
    expect(read("rank hunan's trading partners by export value in 2020").metric).toBe("exports");
    expect(read("how many trading partners did hunan have in 2020?").metric).toBe("partners");
    expect(read("how many countries and regions did hunan trade with in 2020?").metric).toBe("partners");
    expect(read("how many markets did hunan export to in 2020?").metric).toBe("partners");
    expect(read("how many partners did hunan have in 2020?").metric).toBe("partners");
    expect(read("how many economies did hunan trade with?", { words: new Set(["economies"]) }).metric).toBe("partners");
  });
  it("takes a flow other than total trade, wherever it stands", () => {
    expect(read("hunan's trade and exports in 2020").metric).toBe("exports");
    expect(read("what were hunan's imports and trade in 2020?").metric).toBe("imports");
  });
  it("reads a lower bound after 'over', 'above' or 'exceeding', and none from a bare rate", () => {
    expect(read("which provinces grew over 10% in 2020?").threshold).toBe(10);
    expect(read("which provinces grew above 12.5 percent in 2020?").threshold).toBe(12.5);
    expect(read("which provinces saw exports exceeding 8% in 2020?").threshold).toBe(8);
    expect(read("which provinces grew 10% in 2020?").threshold).toBeUndefined();
    expect(read("which provinces grew more than 10% in 2020?").threshold).toBe(10);
    expect(read("which provinces' exports exceeded 10% in 2020?").threshold).toBe(10);
    expect(read("which provinces grew above  10  percent in 2020?").threshold).toBe(10);
  });
});

describe("the words left to find", () => {
  const findSubjects = subjectFinder(["solar cells", "electric vehicles", "lithium-ion batteries"]);
  it("takes no word from the short forms of subjects the table or the index names", () => {
    expect(read("rank EVs, li-ion batteries and SOEs by hunan's exports in 2020", { findSubjects })).toMatchObject({
      subjects: ["state-owned enterprises", "electric vehicles", "lithium-ion batteries"], terms: [],
    });
    expect(read("hunan's cbec exports in 2020").terms).toEqual([]);
  });
  it("keeps a short form the index names no subject for, and the words of a subject's own name", () => {
    expect(read("hunan's evs exports 2020").terms).toEqual(["evs"]);
    expect(read("hunan's mechanical and electrical exports in 2020").terms).toEqual(["mechanical", "electrical"]);
  });
  it("takes no word from 'order … by' or 'sort … by', and keeps 'order' elsewhere", () => {
    expect(read("order hunan, hubei and jiangxi by growth").terms).toEqual([]);
    expect(read("sorted: hunan, hubei by growth").terms).toEqual([]);
    expect(read("in order to grow, what did hunan export in 2020?").terms).toEqual(["order"]);
    expect(read("ordered: hunan, hubei by growth").terms).toEqual([]);
    expect(read("sort hunan, hubei by growth").terms).toEqual([]);
    expect(read("sort hunan, hubei by growth, orders?").terms).toEqual(["orders"]);
    expect(read("reorder hunan, hubei by growth").terms).toEqual(["reorder"]);
  });
  it("takes the words of a place's name, with or without 's, as the place", () => {
    expect(read("hunan's trade with hong kong's firms in 2020").terms).toEqual([]);
    expect(read("hunan’s trade with hong kong’s firms in 2020").terms).toEqual([]);
    expect(read("hunan's exports ok in 2020?").terms).toEqual([]);
    expect(read("how many chang'an china-europe trains ran in 2020?").terms).toEqual(["chang'an", "china-europe", "trains", "ran"]);
  });
});

describe("whether a figure is asked", () => {
  it.each([
    ["what was said about 5 ports in hunan?", true],
    ["hunan 2020?", false],
    ["what is hunan's export", true],
    ["hunan's exports, how were they?", true],
    ["hunan exports in the good times?", true],
    ["hunan exports in the good old times?", false],
    ["how did hunan's exports fare?", false],
    ["who bought hunan's exports?", false],
    ["tell me hunan's exports", false],
    ["describe hunan's exports", false],
    ["explain hunan's exports", false],
    ["what did hunan's exports do", false],
    ["what does hunan export", false],
    ["what are hunan's exports", true],
    ["exports and stuff?", false],
    ["which province traded most?", true],
    ["hunan exports in the good-old times?", false],
    ["hunan-exports in the good times?", true],
    ["  how did hunan's exports fare?", false],
    ["why hunan's exports?", false],
    ["what do hunan's exports look like", false],
    ["tell me something about hunan's exports in 2020 please", true],
    ["tell me something about hunan's exports from those days please", false],
  ])("%s → %s", (question, asks) => {
    expect(read(question).asksFigure).toBe(asks);
  });
});
