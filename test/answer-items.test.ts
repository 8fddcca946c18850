import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "Which things …" questions whose answer is a list the text names in words, answered over made-up articles (no evaluation
// set's place, person or number): the items of the list that fits the question's kind and context, its sentence cited.

const ZONE = `---
title: "Kunming and the Yunnan pilot free trade zone mark first year"
published: "2020-09-01"
---
Yunnan's foreign trade grew 6.1 percent to 215.3 billion yuan in the first eight months of 2020.

The China (Yunnan) Pilot Free Trade Zone, which was launched on August 30, 2019, covers the Dianchi New Area in Kunming, the Mengla border area near the Mohan port, and the Honghe port area.

Westbound trains carry mainly laptops, garments and toys, while eastbound trains bring pork, cheese, beer and machine tools from Spain.

"Firms such as Leapmotor Yunnan, Hongda and Dianli have moved their assembly lines here," said Li Ming, deputy director of the city bureau of commerce.
`;
const BORDER = `---
title: "Jilin's trade with Russia in 2022"
published: "2023-01-25"
---
Jilin's trade with Russia rose 21.4 percent to 16.2 billion yuan in 2022. Imports of crude oil from Russia reached 3.1 million tonnes.

Imports of iron ore, copper, wool and farm goods such as barley and canola also grew.

Exports of furniture-type goods rose 4.1 percent to 9.8 billion yuan, including sofas worth 2.1 billion yuan, up 3.5 percent, lamps worth 1.4 billion yuan, up 6.2 percent, and mattresses worth 0.9 billion yuan, down 1.1 percent.

Several land ports, including Hunchun and Quanhe, reopened to freight in 2022.

Exports of the "big four" goods — drones, robots and smart speakers — reached 1.2 billion yuan, up 40.2 percent.
`;

const TABLE = `---
title: "Ningxia's trade with GCC partners in 2021"
published: "2022-02-10"
---
Ningxia's trade with GCC partners grew 14.2 percent in 2021.

| Partner | Total (billion yuan) | Growth (%) |
|---|---|---|
| GCC | 12.4 | 14.2 |
| of which: Oman | 5.1 | 20.3 |
| of which: Qatar | 3.3 | 8.8 |
| of which: Bahrain | 1.2 | -2.5 |
| Iran | 2.2 | 4.4 |
`;

// a source that breaks its lines mid-sentence (as PDFs do)
const BROKEN = `Zhuhai foreign trade, 2019
Zhuhai's foreign trade rose 4.4 percent in 2019.
Bonded trade through the Hengqin Bonded Zone, the Wanzai
Free Port Area and other special supervision areas rose 20.3 percent.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "zone.md": ZONE, "border.md": BORDER, "table.md": TABLE, "broken.txt": BROKEN }); });
afterAll(async () => over.close());

const named = async (q: string) => {
  const a = await over.ask(q);
  expect(a.abstained, a.answer).toBe(false);
  return a;
};

describe("questions that ask which things a text names", () => {
  it("names the areas a zone covers, citing the sentence", async () => {
    const a = await named("which areas does the yunnan free trade zone cover?");
    expect(a.answer).toMatch(/^The documents name Dianchi New Area in Kunming, Mengla border area and Honghe port area: “/);
    expect(a.citations.map((c) => c.docId)).toContain("zone");
  });

  it("takes the list of the clause the question describes: what the eastbound trains bring, not what the westbound carry", async () => {
    const a = await named("what goods do the eastbound trains bring back to yunnan?");
    expect(a.answer).toMatch(/^The documents name pork, cheese, beer and machine tools:/);
  });

  it("names companies a kind of maker stands for ('firms such as …')", async () => {
    const a = await named("which carmakers moved assembly lines to kunming, per the commerce bureau?");
    expect(a.answer).toMatch(/^The documents name Leapmotor Yunnan, Hongda and Dianli:/);
  });

  it("names the goods besides the one the question sets aside", async () => {
    const a = await named("besides crude oil, what else did jilin import more of from russia in 2022?");
    expect(a.answer).toMatch(/^The documents name iron ore, copper, wool and farm goods:.*barley and canola/);
  });

  it("names the goods a group is broken out into, without their figures", async () => {
    const a = await named("which furniture-type goods does the jilin 2022 report break out?");
    expect(a.answer).toMatch(/^The documents name sofas, lamps and mattresses:/);
  });

  it("names the members of a quoted term", async () => {
    const a = await named("what counts as the 'big four' in jilin's exports in 2022?");
    expect(a.answer).toMatch(/^The documents name drones, robots and smart speakers:/);
  });

  it("names the rows a table breaks out of another ('of which: …'), quoting them", async () => {
    const a = await named("which gcc countries does the ningxia 2021 table break out separately?");
    expect(a.answer).toMatch(/^The documents name Oman, Qatar and Bahrain: “.*GCC \| 12\.4/);
    expect(a.citations.map((c) => c.docId)).toContain("table");
  });

  it("reads a list across a line the source broke mid-sentence, and quotes the sentence once", async () => {
    const a = await named("which bonded zones are behind zhuhai's bonded trade growth in 2019?");
    expect(a.answer).toBe("The documents name Hengqin Bonded Zone and Wanzai Free Port Area: “Bonded trade through the Hengqin Bonded Zone, "
      + "the Wanzai Free Port Area and other special supervision areas rose 20.3 percent.” [1]");
  });

  it("quotes no sentence that lists other things than the asked kind", async () => {
    const a = await over.ask("which carmakers exported through jilin's land ports in 2022?");
    expect(a.abstained, a.answer).toBe(true);
  });

  it("abstains when no sentence lists things of the asked kind", async () => {
    const a = await over.ask("which bonded zones did jilin's trade with russia go through in 2022?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/The documents name/);
  });
});

describe("questions that ask no list", () => {
  it("reads 'what were X's exports of …', 'what were the imports of …' as figure questions, not a list of exports", async () => {
    for (const q of ["what were jilin's exports of furniture-type goods in 2022?", "what were the imports of wool into jilin in 2022?"]) {
      expect((await over.ask(q)).answer).not.toMatch(/The documents name/);
    }
  });
});
