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
