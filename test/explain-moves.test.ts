import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { cueWeight } from "../retrieval/explain/cues.js";
import { explainParts } from "../retrieval/explain.js";

// Reasons given as what moved: a share that shrank "reflected" something, prices that "keep falling, so values drop",
// the goods a flow that jumped mainly was. Made-up articles: no evaluation set's place, person or number.

const SHARE = `---
title: "Zhuzhou's processing trade loses ground in first half"
published: "2013-07-19"
---
Zhuzhou's imports and exports rose 12.4 percent to US$3.18 billion in the first half of 2013.

Processing trade grew 2.1 percent to US$0.94 billion, and its share of the total fell to 29.6 percent from 32.8 percent.

Wu Haitao, deputy director of the Zhuzhou Municipal Bureau of Commerce, said the falling share of processing trade reflected two things. "Land and power cost more every year, and wages rose again in April. We are also helping assembly plants become manufacturers in their own right," he said.

Exports of rail equipment rose 18.5 percent.
`;

const PRICE = `---
title: "Pingdingshan's glass fibre exports fall in value"
published: "2025-03-21"
---
Pingdingshan's exports rose 3.2 percent to 5.84 billion yuan in January-February 2025.

Exports of glass fibre fell 6.4 percent to 1.21 billion yuan.

"Prices of glass fibre keep sliding, so export values shrink even as shipments grow," said Gao Lin, a spokeswoman for Pingdingshan Customs. "By weight, glass fibre exports rose 9.8 percent in the two months."
`;

const PARTNER = `---
title: "Xingtai's trade with Brazil jumps in first quarter"
published: "2024-04-22"
---
Xingtai's imports and exports rose 8.7 percent to 21.35 billion yuan in the first quarter of 2024.

Trade with Brazil jumped 38.2 percent to 4.16 billion yuan: imports from Brazil, mainly soybeans and iron ore, rose 45.1 percent to 3.02 billion yuan, and exports to Brazil, led by bicycles and flat glass, rose 22.6 percent to 1.14 billion yuan.

Trade with Japan slipped 2.3 percent.
`;

describe("cues of what was done", () => {
  it("reads measures issued and funds allocated or paid out as what was done", () => {
    expect(cueWeight("action", "Last year the city issued 12 measures to steady trade and allocated 80 million yuan to exporters.")).toBe(3);
    expect(cueWeight("action", "We paid out 3.1 billion yuan of export tax rebates.")).toBe(3);
  });
});

describe("cues of what moved", () => {
  it("reads 'the falling share of X reflected …' as a reason", () => {
    expect(cueWeight("cause", "Wu said the falling share of processing trade reflected two things.")).toBeGreaterThanOrEqual(2);
    expect(cueWeight("cause", "The shrinking share of general trade reflects a policy choice.")).toBeGreaterThanOrEqual(2);
  });
  it("reads prices that keep falling, and '…, so values drop', as a reason", () => {
    expect(cueWeight("cause", "Prices of glass fibre keep sliding.")).toBeGreaterThanOrEqual(2);
    expect(cueWeight("cause", "Freight rates halved, so export values shrank.")).toBeGreaterThanOrEqual(2);
    // (a "so" that begins no result does not)
    expect(cueWeight("cause", "Exports have grown so far this year.")).toBeLessThan(2);
  });
  it("reads what a flow that moved mainly was as a reason", () => {
    expect(cueWeight("cause", "Imports from Brazil, mainly soybeans and iron ore, rose 45.1 percent.")).toBeGreaterThanOrEqual(2);
    expect(cueWeight("cause", "Exports to Chile, mostly bicycles, fell 2.6 percent.")).toBeGreaterThanOrEqual(2);
  });
});

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "zhuzhou.md": SHARE, "pingdingshan.md": PRICE, "xingtai.md": PARTNER, "putian.md": REPORT,
    "heze.md": INTERVIEW, "lishui.md": TARGET, "maoming.md": VOICES, "hefei.txt": CUT,
    "tongliao.txt": TALK }));
});
afterAll(async () => close());

describe("answers from what moved", () => {
  it("answers why a share fell, per the official, with his 'reflected' sentence and his quotation after it", async () => {
    const a = await ask("why did zhuzhou's processing trade share fall in h1 2013, according to the city official?");
    expect(a.mode).toBe("passages");
    expect(a.answer).toContain("falling share of processing trade reflected");
    expect(a.answer).toContain("wages rose again");
  });
  it("answers why a value fell while shipments grew with the prices that keep falling", async () => {
    const a = await ask("why did pingdingshan's glass fibre export value fall in jan-feb 2025 when shipments grew?");
    expect(a.mode).toBe("passages");
    expect(a.answer).toContain("keep sliding");
  });
  it("answers what goods drove a partner's trade with the goods inside the figure sentence", async () => {
    expect(explainParts("what goods drove xingtai's trade with brazil in q1 2024?")[0]?.kind).toBe("cause");
    const a = await ask("what goods drove xingtai's trade with brazil in q1 2024?");
    expect(a.mode).toBe("passages");
    expect(a.answer).toContain("mainly soybeans and iron ore");
  });
  it("answers what is behind a partner's trade jump with the goods inside the figure sentence", async () => {
    const a = await ask("whats behind xingtai's brazil trade jump in q1 2024?");
    expect(a.mode).toBe("passages");
    expect(a.answer).toContain("mainly soybeans and iron ore");
  });
});

// What a government did, whom a paper interviewed, and how a target is to be reached.
const REPORT = `---
title: "Government work report of Putian (excerpt: foreign trade)"
published: "2013-01-28"
---
Putian's imports and exports fell 4.2 percent to US$6.35 billion in 2012.

We took firm steps to keep foreign trade steady. We refunded 2.4 billion yuan of export taxes ahead of schedule. We set up a fund of 60 million yuan for export credit insurance. We held the "Putian Shoes Nationwide" fairs to help exporters sell at home.

Exports of shoes fell 6.1 percent.
`;
const INTERVIEW = `---
title: "Interview: Heze's trade after a strong year"
published: "2024-02-10"
---
By Sun Mei | Heze Weekly

Heze's foreign trade rose 9.1 percent to 82.4 billion yuan in 2023. Heze Weekly spoke with Qiao Jianjun, deputy director-general of the Heze Municipal Bureau of Commerce, about the figures.

Heze Weekly: What drove the growth?

Qiao Jianjun: Exports of wooden toys and musical instruments grew fastest.
`;
const TARGET = `---
title: "Lishui government work report 2025 (excerpts on foreign trade)"
published: "2025-01-20"
---
Lishui's imports and exports rose 5.3 percent to 86.4 billion yuan in 2024.

The main target for foreign trade this year is growth of about 4 percent.

We will send firms to 60 overseas fairs under the "Lishui Made Goes Abroad" campaign and open two overseas warehouses for cross-border e-commerce.
`;

describe("what was done, whom a paper spoke with, how a target is to be reached", () => {
  it("reads 'what did X do in 2012 to …' as what was done", () => {
    expect(explainParts("what did putian do in 2012 to keep trade steady?")[0]?.kind).toBe("action");
    expect(explainParts("how did putian keep foreign trade steady in 2012?")[0]?.kind).toBe("action");
    // (how brands held on to buyers is told in their own words, no measures taken)
    expect(explainParts("how did putian's shoe brands keep their overseas buyers during the lockdown?")).toEqual([]);
  });
  it("reads 'who did X interview' and 'who did they speak with' as a person asked for", () => {
    expect(explainParts("who did heze weekly interview about the city's 2023 trade - name and job?")[0]?.kind).toBe("person");
    expect(explainParts("who did the paper speak with about the figures?")[0]?.kind).toBe("person");
    expect(explainParts("who was interviewed by heze weekly?")[0]?.kind).toBe("person");
    // (who wrote it is no one the paper spoke with)
    expect(explainParts("who wrote the heze weekly interview?")).toEqual([]);
  });
  it("reads 'how do they plan to get there?' as a plan, and a labelled figure ask before it as a figure", () => {
    expect(explainParts("how do they plan to get there?")[0]?.kind).toBe("plan");
    expect(explainParts("how will the city reach the target?")[0]?.kind).toBe("plan");
    expect(explainParts("how will it be achieved?")[0]?.kind).toBe("plan");
    expect(explainParts("lishui 2025 work report: what's the foreign trade target for 2025 and how do they plan to get there?"))
      .toEqual([]);
  });
  it("answers what was done with the measures the sentence that announces them is followed by", async () => {
    const a = await ask("what did putian do in 2012 to keep foreign trade steady (per the work report)?");
    expect(a.mode).toBe("passages");
    expect(a.answer).toContain("refunded 2.4 billion yuan");
    expect(a.answer).toContain("credit insurance");
    expect(a.answer).toContain("Putian Shoes Nationwide");
  });
  it("answers what was done for exporters with all the measures of the paragraph the best one is in, after its head", async () => {
    const a = await ask("what did the putian government do to help exporters in 2012?");
    expect(a.answer).toContain("We took firm steps");
    expect(a.answer).toContain("refunded 2.4 billion yuan");
    expect(a.answer).toContain("Putian Shoes Nationwide");
  });
  it("answers how it kept trade steady with the measures too", async () => {
    const a = await ask("how did putian keep foreign trade steady in 2012?");
    expect(a.answer).toContain("credit insurance");
  });
  it("answers whom a paper interviewed with the name and title, not the reporter", async () => {
    const a = await ask("who did heze weekly interview about the city's 2023 trade - name and job?");
    expect(a.mode).toBe("passages");
    expect(a.answer).toContain("Qiao Jianjun, deputy director-general");
    expect(a.answer).not.toContain("Sun Mei");
  });
  it("answers a target and how it is to be reached with the figure and the plan", async () => {
    const a = await ask("lishui 2025 work report: what's the foreign trade target for 2025 and how do they plan to get there?");
    expect(a.answer).toContain("4%");
    expect(a.answer).toContain("overseas warehouses");
  });
});

// Whose words a quotation closed by "he said" is, and a person no document names.
const VOICES = `---
title: "Maoming's rail port fills up"
published: "2019-11-22"
---
Maoming's rail port handled 312 freight trains in the first ten months of 2019, up from 201 a year earlier.

"Last year our trains left half empty," said Ruan Jiahui, general manager of Maoming Southern Rail Freight Co. "This year we are full in both directions."

Lu Dongsheng, manager of a Maoming furniture exporter, ships sofas to Vietnam. "By road it took nine days. Now our sofas arrive in four days, and buyers pay sooner," he said.

Tan Xiaoyu, deputy director of the port's management committee, credited a new customs arrangement for part of the growth. Under a joint inspection deal with the border port, cargo cleared in Maoming is no longer inspected again, which saves about a day per train, she said.
`;

describe("whose words a quotation is", () => {
  it("answers what a person said with the quotation a 'he said' closes after the sentence that names him, no one else's", async () => {
    const a = await ask("what did lu dongsheng say?");
    expect(a.mode).toBe("passages");
    expect(a.answer).toContain("Now our sofas arrive in four days");
    expect(a.answer).not.toMatch(/Ruan|Tan Xiaoyu|inspected again/);
  });
  it("answers what a person said with her words the sentence after her name ends with 'she said'", async () => {
    const a = await ask("what did tan xiaoyu say about the customs arrangement?");
    expect(a.answer).toContain("saves about a day per train");
    expect(a.answer).not.toMatch(/Ruan|sofas/);
  });
  it("finds no words of a person no document names, rather than others' words", async () => {
    const a = await ask("what did guo mingyuan say about maoming's rail port?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/Ruan|sofas|inspected again/);
  });
});

// A speaker's title a line break cut ("… of Hefei" / "Customs."), his quotation going on after it.
const CUT = `Hefei's imports fell 6.2 percent in the first half of 2024, Hefei Customs said.

"The fall in the value of imports is a price effect. Volumes of crude oil rose by more than 15 percent," said Ding Hao, deputy director of Hefei
Customs. "Refiners in the city bought more when prices dipped in the spring."

Exports of cars rose 12.1 percent.
`;

describe("a speaker's line cut short", () => {
  it("answers who explained a fall and what he said caused it with his quotation going on past the cut line", async () => {
    const a = await ask("who at hefei customs explained the drop in hefei's imports in h1 2024, and what did he say caused it?");
    expect(a.answer).toContain("Ding Hao");
    expect(a.answer).toContain("Refiners in the city bought more");
  });
});

// A transcript whose reporter asks about a share, and about what is ahead.
const TALK = `Interview: Tongliao's trade in 2024
Tongliao Today, February 12, 2025

Tongliao's foreign trade rose 6.4 percent to 31.2 billion yuan in 2024. Tongliao Today spoke with Bai Hongmei, deputy director of the Tongliao Municipal Bureau of Commerce.

Tongliao Today: Why is the share of border trade shrinking?

Bai Hongmei: Two things. First, beef importers now clear goods at inland ports. Second, more firms sell through cross-border e-commerce.

Tongliao Today: How will the bureau support trade in 2025?

Bai Hongmei: We will open two overseas warehouses in Mongolia and hold a beef trade fair in June.
`;

describe("transcript turns", () => {
  it("answers what a city will do in a year with the turn on what is ahead, not one that asks about a share", async () => {
    const a = await ask("what will tongliao do to support trade in 2025?");
    expect(a.answer).toContain("open two overseas warehouses");
    expect(a.answer).not.toContain("inland ports");
  });
});
