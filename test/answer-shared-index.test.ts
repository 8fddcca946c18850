import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import type { Answer } from "../retrieval/types.js";

// Answers over many documents in one index: what another document says beside the right one (another spelling of the
// same goods, another place, another period) never changes the answer to a question that one document answers.
// Made-up articles and questions.

const doc = (title: string, published: string, body: string) => `---\ntitle: "${title}"\npublished: ${published}\n---\n\n${body}\n`;

/** One question over documents of its own: the answer's text, or an abstention. */
async function answerOver(files: Record<string, string>, question: string): Promise<string> {
  const { ask, close } = await answersOver(files);
  try {
    const a = await ask(question);
    return a.abstained ? `[abstained] ${a.answer}` : a.answer;
  } finally { await close(); }
}

describe("answers over several documents in one index", () => {
  let ask: (q: string) => Promise<Answer>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "shanxi-2021.md": doc("Shanxi's exports climb in 2021", "2022-01-20",
        "In 2021, Shanxi's exports of coke, automobiles and steel products rose 40.2 percent, 25.4 percent and 10.8 percent respectively."),
      // the same goods spelled in the singular by another document, of another place
      "hainan-2022.md": doc("Hainan's car exports soar", "2023-01-25",
        "Hainan's automobile exports soared 80.5 percent to 12.3 billion yuan in 2022, and its steel product exports rose 3.3 percent."),
      // things counted at one port; another document stores figures of the same goods as a subject of its trade
      "qingdao-h1-2023.md": doc("Qingdao port trade up in H1", "2023-07-20",
        "Foreign trade through the Qingdao port rose 3.1 percent in the first half of 2023. A total of 41 aircraft were imported "
        + "through the Qingdao port in the period, putting it first among the country's ports for aircraft imports."),
      "shaanxi-2022.md": doc("Shaanxi's aircraft exports rise", "2023-01-22",
        "Shaanxi's exports of aircraft rose 30.5 percent to 2.1 billion yuan in 2022."),
    }));
  });
  afterAll(async () => close());

  it("ranks goods a document spells in the plural when another spells them in the singular", async () => {
    const a = await ask("shanxi 2021 exports: rank coke, automobiles and steel products by growth");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/40\.2%.*25\.4%.*10\.8%/);
    expect(a.answer).not.toMatch(/80\.5|3\.3%/);
  });
  it("finds a place's goods figure whichever spelling the question uses", async () => {
    for (const q of ["how fast did hainan's automobiles exports grow in 2022?", "how fast did shanxi's automobile exports grow in 2021?"]) {
      const a = await ask(q);
      expect(a.abstained, q).toBe(false);
      expect(a.figures.map((f) => f.value), q).toEqual([q.includes("hainan") ? 80.5 : 25.4]);
    }
  });
  it("counts things a place handled though another document trades the same goods as a subject", async () => {
    const a = await ask("how many aircraft were imported through qingdao port in h1 2023?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => `${f.value} ${f.unit}`)).toEqual(["41 aircraft"]);
    // (firms of a kind counted are no goods: "how many …, and how many are foreign-invested?" is not answered by the
    // second count alone as if it were whole)
    const firms = await answerOver({ "hainan-firms.md": doc("Hainan's new firms", "2024-01-10",
      "Since 2019, Hainan has registered 9,870 new enterprises, including 120 foreign-invested enterprises, officials said.") },
    "how many new enterprises has hainan registered since 2019, and how many are foreign-invested?");
    expect(firms).toMatch(/^\[abstained\]|9,?870/);
  });

  it("finds the article about the asked region written with '&' when others about it rank higher", async () => {
    const distractors = Object.fromEntries([2012, 2013, 2014, 2015, 2016, 2017].map((y) => [`cw-${y}.md`, doc(
      `What share of the central and western regions' economies foreign trade made up in the first 10 months`, `${y}-11-20`,
      `What share of the central and western regions' economies did foreign trade make up in the first 10 months of ${y}? `
      + `The central and western regions' economies made foreign trade a larger share. Foreign trade of the central and `
      + `western regions grew ${y - 2000}.5 percent in the first 10 months of ${y}.`)]));
    const answered = await answerOver({
      ...distractors,
      "cw-2009.md": doc("Inland trade report", "2009-11-09",
        "Central & Western China recorded strong foreign trade in the first ten months of this year.\n\n"
        + "Hunan, Guizhou and Jiangxi ranked in the top three by the pace of their imports and exports, helped by new "
        + "freight train routes, bonded logistics centres and cross-border e-commerce pilot areas that opened during the "
        + "spring, the customs office said at a briefing on Saturday, citing stronger demand from partners abroad.\n\n"
        + "In the first 10 months, imports and exports of China's central and western regions reached 2.15 trillion yuan. "
        + "Its proportion of the local economies reached 14.6 percent, a rise of 0.8 percentage point."),
    }, "what share of the central and western regions' economies did foreign trade make up in the first 10 months of 2009?");
    expect(answered).toMatch(/^(?!\[abstained\]).*14\.6 percent/);
  });
  it("reads the asked period's article about a place first when many about it rank higher", async () => {
    const years = [2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016];
    const distractors = Object.fromEntries(years.map((y) => [`a-${y}.md`, doc(`Jiangxi's share of trade in ${y}`, `${y + 1}-01-20`,
      `What share of Jiangxi's economy did foreign trade make up in ${y}? Jiangxi's foreign trade made up a larger share `
      + `of its economy, and Jiangxi's economy grew in ${y}. Some 2019 firms of Jiangxi traded abroad.`)]));
    const answered = await answerOver({
      ...distractors,
      "z-2019.md": doc("Jiangxi opens up", "2020-01-22",
        "Jiangxi opened wider to the world in 2019.\n\nIn 2019, imports and exports of Jiangxi reached 350.9 billion yuan. "
        + "Its proportion of the local economy reached 13.9 percent, a rise of 0.8 percentage point."),
    }, "what share of jiangxi's economy did foreign trade make up in 2019?");
    expect(answered).toMatch(/^(?!\[abstained\]).*13\.9 percent/);
  });
  it("never names another article's partners for a question that asks which provinces", async () => {
    const files = {
      "henan-2021.md": doc("Henan's trade partners", "2022-01-20",
        "ASEAN, the Hong Kong SAR and Japan were the province's top three trading partners in 2021, Zhengzhou Customs said."),
      "inland-2021.md": doc("Inland provinces lead", "2022-01-25", "Inland trade boomed in 2021.\n\n"
        + "Anhui, Jiangxi, Hunan, Guizhou and other provinces led the country in terms of growth rate in 2021."),
    };
    const asked = "which inland provinces grew fastest in 2021";
    const withBoth = await answerOver(files, asked);
    expect(withBoth).not.toMatch(/ASEAN|Japan/);
    expect(await answerOver({ "henan-2021.md": files["henan-2021.md"] }, asked)).not.toMatch(/ASEAN|Japan/);
    // (Hong Kong is one of a list of partners as well as a province)
    expect(await answerOver(files, "which trading partners did henan trade most with in 2021?")).toMatch(/ASEAN, Hong Kong SAR and Japan/);
  });
  it("tells what was done at the place a question names, not at places whose articles share its words", async () => {
    const others = Object.fromEntries(["Tianjin", "Ningbo", "Qingdao", "Xiamen", "Dalian", "Shenzhen"].map((p) => [
      `${p.toLowerCase()}.md`, doc(`${p} customs help trade`, "2023-05-20",
        `${p} customs have been doing much to help trade, customs officials said. Customs at ${p} help trade grow, `
        + `and trade through ${p} rose 3.1 percent from January to April.`)]));
    const answered = await answerOver({
      ...others,
      "suifenhe.md": doc("Suifenhe port busy", "2023-05-21", "Suifenhe port saw more freight trains from January to "
        + "April.\n\nCustoms there have worked to help trade by simplifying clearance procedures, the local authorities said."),
    }, "what have customs at suifenhe been doing to help trade (jan-apr 2023 report)?");
    expect(answered).toContain("simplifying clearance procedures");
    expect(answered).not.toMatch(/Tianjin|Ningbo|Qingdao|Xiamen|Dalian|Shenzhen/);
  });
  it("answers 'which province' with a sentence that names one, not one that counts provinces", async () => {
    const answered = await answerOver({
      "inland-2022.md": doc("Which provinces grew fastest in foreign trade in 2022", "2023-01-20",
        "In 2022, trade grew. Among them, the performance of central and western provinces was outstanding, with eight out of the 10 provinces with the fastest "
        + "foreign trade growth in China falling in the central and western regions, the province said."),
      "southwest-2022.md": doc("Southwest trade", "2023-01-22",
        "The Ningxia Hui autonomous region posted robust growth in foreign trade in 2022, with total import and export "
        + "value reaching a record 25.4 billion yuan, up 30.1 percent year-on-year, the highest growth rate in China."),
    }, "which province had the fastest foreign trade growth in china in 2022?");
    expect(answered).toContain("Ningxia");
  });
});
