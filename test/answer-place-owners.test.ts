import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Places a question names by something else: a customs district named after a city, a description
describe("a customs district named after a city", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "district.txt": `NANJING CUSTOMS BULLETIN
Foreign trade of Jiangsu Province (Nanjing Customs District), January-December 2016

The foreign trade of Jiangsu Province in 2016 totalled US$412.3 billion, up 4.1%. Copper ore imports reached 3.21 million tonnes, up 7.7% in volume.
Nanjing's foreign trade was US$45.6 billion, up 2.2%.
`,
      "xiamen.md": `---
title: "Xiamen Customs District trade"
published: "2017-06-20"
---
Imports and exports in the Xiamen Customs District grew 8.4 percent in the first five months of 2017 to 120.5 billion yuan. Fujian's foreign trade grew 11.2 percent.
`,
    }));
  }, 120_000);
  afterAll(async () => close());

  it("is its province where a document writes the district as the province's", async () => {
    const a = await ask("nanjing customs district 2016: how much copper ore was imported?");
    expect(a.answer).toContain("3.21 million tonnes");
  });
  it("stays the city's where no document says so", async () => {
    const a = await ask("xiamen customs district trade growth jan-may 2017?");
    expect(a.answer).toContain("8.4");
    expect(a.answer).not.toContain("11.2");
  });
});

describe("a city named by description", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  const article = (title: string, body: string) => `---\ntitle: "${title}"\npublished: "2022-01-20"\n---\n${body}\n`;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "putian.md": article("Putian trade", "The mountain city of Putian in Fujian province reported foreign trade of 81.3 "
        + "billion yuan in 2021, up 14.6 percent."),
      "fujian.md": article("Fujian trade", "Fujian's foreign trade reached 1.84 trillion yuan in 2021, up 30.9 percent."),
      "sanming.md": article("Sanming trade", "Sanming, a Fujian city, reported foreign trade of 22.7 billion yuan in 2021, "
        + "up 9.2 percent."),
      "nantong.md": article("Nantong trade", "Nantong, the Jiangsu port city next to Shanghai, reported foreign trade of "
        + "330.2 billion yuan in 2021, up 19.1 percent."),
      "suqian.md": article("Suqian trade", "Suqian, a city whose trade with Shanghai firms grew fast, reported foreign trade of "
        + "40.6 billion yuan in 2021, up 25.3 percent. Suqian is a Jiangsu city close to Shanghai by rail."),
      "xiangyang.md": article("Xiangyang's trade in 2021", "Xiangyang's trade with Russia rose 8 percent to 5.1 billion yuan "
        + "in 2021, while its trade with Latin America grew 31 percent to 4.4 billion yuan. Most of its car exports were made "
        + "by Everbright Motors, which is headquartered in the city."),
      "xiaogan.md": article("Xiaogan's trade in 2021", "Xiaogan's trade with Russia was 0.9 billion yuan in 2021."),
    }));
  }, 120_000);
  afterAll(async () => close());

  it("is the one city of the province a document describes so", async () => {
    const a = await ask("what was that fujian mountain city's foreign trade in 2021?");
    // (the figure read as the city's, not only a sentence quoted for the words it shares with the question)
    expect(a.mode).toBe("figures");
    expect(a.answer).toContain("Putian's foreign trade was 81.3 billion yuan");
    expect(a.answer).not.toContain("22.7");
    expect(a.answer).not.toContain("1.84");
  });
  it("is the city a document says a firm is based in, for 'X's home city'", async () => {
    const a = await ask("everbright's home city in 2021: was trade with latin america bigger than with russia yet? whats the gap");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("Xiangyang in 2021");
    expect(a.figures.find((f) => f.computed)).toMatchObject({ value: 0.7, unit: "billion yuan" });
  });
  it("is none where several cities fit: the answer names them", async () => {
    const a = await ask("what was that jiangsu city next to shanghai's foreign trade in 2021?");
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/Nantong/);
    expect(a.answer).toMatch(/Suqian/);
    expect(a.answer).not.toContain("330.2");
  });
});
