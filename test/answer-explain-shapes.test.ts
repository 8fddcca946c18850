import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Why, who, what is planned and what is feared, over one made-up article (no evaluation set's place, person or
// number), and the figures of goods the article names with "whose exports".

const ARTICLE = `---
title: "Ningxia's silicon exports power record trade year"
published: "2025-01-22"
---
YINCHUAN -- Ningxia's foreign trade hit a record 26.4 billion yuan in 2024, jumping 31.2 percent from a year earlier, Yinchuan Customs said on Tuesday.

The surge came mainly from monocrystalline silicon and silicon wafers, whose exports more than doubled to 9.1 billion yuan as overseas solar makers expanded capacity, said Ma Jun, deputy director of Yinchuan Customs.

Imports fell 6.3 percent to 7.8 billion yuan, mainly because of lower purchases of iron ore from Mongolia.

Ma said the region would open a cross-border e-commerce center in Yinchuan and promote its wine brands abroad this year.

Analysts warned that falling silicon prices could weigh on export values in 2025.
`;

const RAILWAY = `---
title: "China-Vietnam freight trains lift Guangxi's trade"
published: "2024-12-05"
---
NANNING -- Two years after the route opened, the China-Vietnam cross-border railway has become a major channel for Guangxi's trade with Southeast Asia, local officials said.

In the first 10 months of 2024, freight trains on the railway carried 2.6 million tonnes of goods, worth 11.4 billion yuan, up 27 percent year on year, according to Nanning Customs.

Goods carried south include fertilizer, machinery and daily necessities, while fruit, rubber and seafood come north from Vietnam.

Nanning Customs introduced a "one declaration, one release" model at the Pingxiang port, cutting clearance time for fresh produce to under three hours.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "ningxia.md": ARTICLE, "railway.md": RAILWAY }));
});
afterAll(() => close());

describe("explanations", () => {
  it("answers why trade surged with the sentence that says where the surge came from", async () => {
    const a = await ask("Why did Ningxia's trade surge in 2024?");
    expect(a.answer).toContain("The surge came mainly from monocrystalline silicon");
  });

  it("answers what the region plans with the sentence that looks ahead, not with what was reported", async () => {
    const a = await ask("What does Ningxia plan to do in 2025?");
    expect(a.answer).toContain("would open a cross-border e-commerce center");
    expect(a.answer).not.toMatch(/Imports fell/);
  });

  it("answers the risks with the sentence that warns of them", async () => {
    const a = await ask("What risks does Ningxia's trade face in 2025?");
    expect(a.answer).toContain("Analysts warned that falling silicon prices");
  });

  it("names the official, and reads his given name as no month", async () => {
    const a = await ask("Which official commented on Ningxia's 2024 trade figures?");
    expect(a.answer).toContain("Ma Jun, deputy director of Yinchuan Customs");
  });
});

describe("goods named with 'whose exports'", () => {
  it("answers the goods' exports, asked by the word their names share", async () => {
    const a = await ask("How much silicon did Ningxia export in 2024?");
    expect(a.figures[0]).toMatchObject({ value: 9.1 });
  });

  it("never gives the goods' exports as the region's, nor dates them to June", async () => {
    const a = await ask("What were Ningxia's exports in 2024?");
    expect(a.figures.map((f) => f.value)).not.toContain(9.1);
    expect(a.answer).not.toMatch(/June/);
  });
});

describe("an article about a railway", () => {
  it("answers which goods are carried with the sentence that lists them", async () => {
    const a = await ask("What goods are carried south on the China-Vietnam railway?");
    expect(a.answer).toContain("fertilizer, machinery and daily necessities");
  });

  it("answers what customs did with the sentence that says what was introduced, not with what was said", async () => {
    const a = await ask("What did Nanning Customs do to speed up clearance?");
    expect(a.answer).toContain("introduced a");
    expect(a.answer).not.toMatch(/local officials said/);
  });

  it("answers the railway's significance with what it has become", async () => {
    const a = await ask("What is the significance of the China-Vietnam railway for Guangxi?");
    expect(a.answer).toContain("has become a major channel");
  });

  it("never gives the goods the trains carried as the region's trade", async () => {
    const a = await ask("What was Guangxi's trade in January-October 2024?");
    expect(a.figures.map((f) => f.value)).not.toContain(11.4);
  });
});
