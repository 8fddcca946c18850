import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Shapes of "which things …" questions and of the sentences that name the things, over made-up articles (no evaluation
// set's place, person or number): a question led by its place and period ("X 2021: to which regions …"), "main export
// goods …", "which products make up the 'big five'", "where did its coal come from", and lists set off by "--" or opened
// by "to"/"from" ("exports to A, B and C", "coal from A, B and C in the six months").

const PORT = `---
title: "Erenhot port trade in 2020"
published: "2021-01-20"
---
Trade through the Erenhot land port on the China-Mongolia border grew 8.2 percent to 21.6 billion yuan in 2020.

Shoes, toys, furniture and tea were the main exports, while imports other than coal included copper, timber and wool.

Erenhot took in 3.4 million tonnes of coal from Russia, Canada and Chile in the six months to June, worth 1.9 billion yuan.
`;

const PROVINCE = `---
title: "Fujian's foreign trade in 2021"
published: "2022-01-25"
---
Fujian's exports rose 9.1 percent to 1,120.5 billion yuan in 2021.

"Orders for traditional products such as kettles and fans have shrunk, but green goods are winning new buyers," said Lin Hao, deputy director of Fuzhou Customs.

Exports of the "big five" products -- drones, robots and smart speakers -- totalled 81.4 billion yuan, up 12.7 percent.

"Companies moved quickly to other markets, and exports to the Middle East, Oceania and Central Asia all hit records," Lin said.

"Fuzhou has built a whole drone industry chain, with Skyline, Aerovo Fujian, DJX and Hovera producing here," Lin said.
`;

const PLANS = `---
title: "Transcript: Guizhou press conference on the province's 2021 foreign trade"
published: "2022-01-18"
---
Reporter: Guizhou's foreign trade grew 12.3 percent to 65.4 billion yuan in 2021. What are the plans for 2022?

Wang Li: In 2022, we will aim for foreign trade growth of around 6 percent. We will help firms expand in emerging markets such as Oceania, Central Asia and Africa, and build more overseas warehouses.
`;

const BERRIES = `---
title: "Qinghai's exports in 2010"
published: "2011-01-20"
---
Qinghai's exports fell 30.2 percent to 410 million US dollars in 2010.

Exports of wolfberries reached 3,150 tonnes, worth 18.4 million US dollars.

Exports to the European Union, the United States and Japan all fell, while exports to Central Asia rose.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "port.md": PORT, "province.md": PROVINCE, "plans.md": PLANS, "berries.md": BERRIES });
});
afterAll(async () => over.close());

const named = async (q: string) => {
  const a = await over.ask(q);
  expect(a.abstained, a.answer).toBe(false);
  return a;
};

describe("list questions of other shapes", () => {
  it("reads 'main export goods through …' as asking for the goods a sentence names as the main exports", async () => {
    const a = await named("main export goods through the china-mongolia border port of erenhot in 2020?");
    expect(a.answer).toMatch(/^The documents name Shoes, toys, furniture and tea:/);
  });

  it("reads 'which products make up the quoted term' as asking for its members, set off by '--', not another list", async () => {
    const a = await named("which products make up the 'big five' in fujian's export figures?");
    expect(a.answer).toMatch(/^The documents name drones, robots and smart speakers:/);
    expect(a.answer).not.toMatch(/kettles/);
  });

  it("reads a question led by its place and period ('X 2021: to which regions …'), and a list opened by 'to'", async () => {
    const a = await named("fujian 2021: to which regions did exports hit records?");
    expect(a.answer).toMatch(/^The documents name Middle East, Oceania and Central Asia:/);
  });

  it("reads 'where did X's coal come from' as asking for the places a list opened by 'from' names, without its period", async () => {
    const a = await named("where did erenhot's coal come from in h1 2020?");
    expect(a.answer).toMatch(/^The documents name Russia, Canada and Chile:/);
  });

  it("reads 'where did X's growth come from' as asking its cause, not a list of places", async () => {
    const a = await over.ask("where did fujian's export growth come from in 2021?");
    expect(a.answer).not.toMatch(/^The documents name/);
  });

  // (b15's first run: both were answered with the place's own figure, or with one half only)
  it("reads 'in which markets did exports fall' as asking for names, after a preposition too", async () => {
    const a = await named("qinghai 2010 - in which markets did exports fall?");
    expect(a.answer).toMatch(/^The documents name European Union, United States and Japan:/);
  });

  it("reads 'volume and earnings' of goods as asking the quantity and the money", async () => {
    const a = await named("qinghai wolfberry exports in 2010, volume and earnings?");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([3150, 18.4]));
  });

  it("names the makers a sentence lists after 'with', up to what they do ('… producing here')", async () => {
    const a = await named("which manufacturers produce in fuzhou according to the 2021 trade story?");
    expect(a.answer).toMatch(/^The documents name Skyline, Aerovo Fujian, DJX and Hovera:/);
  });

  it("reads the list of the sentence right after one that names the asked (coming) year, in the same paragraph", async () => {
    const a = await named("which emerging markets did guizhou say it would target in 2022?");
    expect(a.answer).toMatch(/^The documents name Oceania, Central Asia and Africa:/);
  });
});
