import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBulkGoods } from "../retrieval/plans/bulkGoods.js";
import { answersOver } from "./helpers/answerOver.js";

// Bulk goods asked "how much" with no money word are answered with their tonnes (and the volume's growth), the value
// after. Made-up places, goods and figures.

describe("bulk goods", () => {
  it("are goods weighed in trade statistics, by any word of their name", () => {
    expect(isBulkGoods("crude oil")).toBe(true);
    expect(isBulkGoods("copper ore and concentrate")).toBe(true);
    expect(isBulkGoods("lNG")).toBe(true);
    expect(isBulkGoods("soybeans")).toBe(true);
    expect(isBulkGoods("mobile phones")).toBe(false);
    expect(isBulkGoods("seafood")).toBe(false);
  });
});

describe("answering bulk goods by their tonnes", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "anhui.md": `---
title: "Anhui's crude oil imports in 2031"
published: "2032-01-20"
---
Anhui's imports of crude oil were worth 45.6 billion yuan in 2031, up 9.9 percent in value.

Anhui imported 6.42 million tonnes of crude oil in 2031, up 3.3 percent year on year, the provincial customs said.
`,
      "jiangxi.md": `---
title: "Jiangxi's bulk imports, first half of 2031"
published: "2031-07-20"
---
In the first half of 2031, Jiangxi imported 1.28 million tonnes of iron ore, up 4.4 percent, and the value of these imports rose 17.5 percent to 1.03 billion yuan.
`,
      "hubei.md": `---
title: "Hubei's crude oil imports in 2029"
published: "2030-01-20"
---
Hubei imported 7.81 million tonnes of crude oil in 2029, worth 30.2 billion yuan.
`,
      "yichang.md": `---
title: "Port imports of crude oil, first half of 2031"
published: "2031-07-20"
---
Crude oil imports through Yichang's port reached 2.05 million tonnes in the first half of 2031, up 6.1 percent in volume.
`,
      "hunan.md": `---
title: "Hunan's phone exports in 2031"
published: "2032-01-20"
---
Hunan exported 12.5 billion yuan of mobile phones in 2031, up 8.1 percent. The province shipped 3.1 million tonnes of goods by rail.
`,
    }));
  });
  afterAll(() => close());

  it("gives the tonnes and the volume's growth for 'how much crude did X import'", async () => {
    const a = await ask("how much crude did anhui import in 2031 and the yoy growth?");
    const values = a.figures.map((f) => f.value);
    expect(values).toContain(6.42);
    expect(values).toContain(3.3);
    expect(values).not.toContain(9.9);
  });
  it("gives the tonnes and their growth for a bare 'X iron ore imports + yoy'", async () => {
    const a = await ask("jiangxi iron ore imports h1 2031 + yoy");
    const values = a.figures.map((f) => f.value);
    expect(values).toContain(1.28);
    expect(values).toContain(4.4);
    expect(values).not.toContain(17.5);
  });
  it("keeps the value where the question asks for it in so many words", async () => {
    const a = await ask("value of anhui crude oil imports in 2031?");
    expect(a.figures.map((f) => f.value)).toContain(45.6);
    expect(a.figures.map((f) => f.value)).not.toContain(6.42);
  });
  it("gives no tonnes of other goods beside goods that are not bulk", async () => {
    const a = await ask("how much mobile phones did hunan export in 2031?");
    expect(a.figures.map((f) => f.value)).toContain(12.5);
    expect(a.figures.map((f) => f.value)).not.toContain(3.1);
  });
  it("sets two places' bulk goods side by side by their tonnes when the question names no money", async () => {
    const a = await ask("who imported more crude, anhui in 2031 or hubei in 2029?");
    const values = a.figures.map((f) => f.value);
    expect(values).toContain(6.42);
    expect(values).toContain(7.81);
    expect(a.answer).toMatch(/Hubei/);
  });
  it("reads the goods before their flow when the port they came through is named between ('X imports through Y's port')",
    async () => {
      const a = await ask("how many tonnes of crude oil did yichang import in h1 2031?");
      expect(a.abstained).toBe(false);
      expect(a.figures.map((f) => f.value)).toContain(2.05);
    });
});

describe("which goods are weighed goods", () => {
  it("goes by the head word of the goods' name", () => {
    expect(["iron ore", "crude oil", "liquefied natural gas", "copper ore and concentrate", "soybeans"].map(isBulkGoods))
      .toEqual([true, true, true, true, true]);
    expect(["steel pipes", "lead-acid batteries", "rice cookers", "gas turbines", "oil paintings", "corn starch"]
      .map(isBulkGoods)).toEqual([false, false, false, false, false, false]);
  });
});
