import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Reasons the explanation path dropped or passed over: a place in what the speaker is, a period that dates the cause,
// a "who said so" part, "X explains the dip", "posted a decline, as …". Made-up articles (no evaluation set's place,
// person or number).

const BAMBOO = `---
title: "Huzhou bamboo exports slip in 2031"
published: "2032-01-20"
---
HUZHOU -- Bamboo product exports from Huzhou fell 9.1 percent to 2.2 billion yuan in 2031, the city's commerce bureau said.

"The decline was due to anti-dumping duties in two markets and to weaker prices," said Lin Tao, an analyst at a Hangzhou-based consultancy.

Wu Fang, a researcher at the bureau, said Hangzhou's bamboo exports fell because of port congestion.
`;

const SILK = `---
title: "Huzhou's trade in the first nine months of 2031"
published: "2031-10-22"
---
HUZHOU -- Huzhou's foreign trade grew 5.4 percent to 61.3 billion yuan in the first nine months of 2031, the city's customs office said.

Silk exports to the European Union rose 18.2 percent, helped by the end of EU import limits on silk yarn at the end of 2030, said Gao Lin, an official with the office.
`;

const VALVES = `---
title: "Lishui's trade falls in 2031"
published: "2032-01-18"
---
LISHUI -- Lishui's foreign trade declined in 2031 as weak demand for valves weighed on its largest export category.

The city's imports and exports reached 31.7 billion yuan last year, down 6.2 percent year on year.

"The decline was mainly due to weaker orders from pump makers and lower steel prices," said Chen Bo, deputy director of Lishui Customs.
`;

const PORCELAIN = `---
title: "Jingdezhen porcelain exports grow in first half"
published: "2031-07-15"
---
JINGDEZHEN -- Porcelain exports from Jingdezhen totaled 1.84 billion yuan in the first half of 2031, up 11.6 percent.

Over the same period, the city's total foreign trade fell 2.1 percent, dragged down by lower machinery shipments.

February exports were 0.21 billion yuan, the lowest of the six months.

"The spring holiday explains the dip in February, when most kilns stood idle for ten days," said Zhou Ping, an official with the city's commerce bureau.
`;

const CITIES = `---
title: "Zhejiang cities' trade in 2031"
published: "2032-01-25"
---
HANGZHOU -- Quzhou was the only city in the province to post a decline, as its paper exports fell 11.3 percent.

Officials said Quzhou's decline was due to weaker paper shipments, although its chemical exports rose 7.4 percent.
`;

const RESIN = `---
title: "Shaoxing's trade in 2031"
published: "2032-01-21"
---
SHAOXING -- Shaoxing's foreign trade grew 3.3 percent to 42.6 billion yuan in 2031, the city's commerce bureau said.

Resin, the city's largest import item, fell 14.6 percent to 2.9 billion yuan. "The decline was mainly due to lower resin prices and a long overhaul at the city's biggest dye plant," said Fang Yu, an official with the bureau.

Exports of printed fabrics rose 6.1 percent, driven by orders from Turkey.
`;

const TERMS = `---
title: "Ningbo's import pilots in 2031"
published: "2031-11-02"
---
NINGBO -- Ningbo's imports of consumer goods rose 7.2 percent to 18.4 billion yuan in the first ten months of 2031.

By origin, the bonded-warehouse wines came mainly from France, Chile and Australia.

Grey-import watches are watches bought directly from overseas retailers rather than through the brands' own distributors in China.

Ningbo hosts the East Sea Amber Trade Cooperation Demonstration Zone, approved by the State Council in 2030. The demonstration zone is a national platform for testing new rules in amber trade, including a yuan settlement desk and a grading laboratory.
`;

const INTERVIEW = `---
title: "Interview: amber traders on a busy year"
published: "2031-12-10"
---
**Q: What helped amber imports this year?**

**Xu Lan:** Mainly two things. First, lower freight rates on the Baltic route. Second, the East Sea Amber Trade Cooperation Demonstration Zone in Ningbo, which helps traders with grading and storage.
`;

const TEA = `---
title: "Quzhou tea exports climb in 2031"
published: "2032-01-16"
---
QUZHOU -- Tea exports from Quzhou rose 12.4 percent to 0.92 billion yuan in 2031, the city's commerce bureau said.

Local officials said the growth was thanks to new organic certificates for 40 tea gardens. The launch of rail-river shipments of tea via the Xiaoshan terminal in Hangzhou also cut freight costs by around 10 percent, as boxes no longer had to be trucked to the coast.
`;

const HATS = `---
title: "Deqing hat exports climb in 2031"
published: "2032-01-17"
---
DEQING -- Hat exports from Deqing rose 8.8 percent to 0.64 billion yuan in 2031, the county's commerce bureau said.

"Exports rose mainly because buyers in Morocco switched to straw hats," said He Jun, deputy director of Deqing Customs.

"The rise was driven by online sales to young buyers abroad," said Ma Lin, an analyst at a hat research institute.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({
    "huzhou-bamboo.md": BAMBOO, "huzhou-silk.md": SILK, "lishui-valves.md": VALVES, "jingdezhen-porcelain.md": PORCELAIN,
    "zhejiang-cities.md": CITIES, "shaoxing-resin.md": RESIN,
    "ningbo-terms.md": TERMS, "amber-interview.md": INTERVIEW,
    "quzhou-tea.md": TEA, "deqing-hats.md": HATS,
  }));
});
afterAll(() => close());

describe("a reason of the asked place", () => {
  it("is quoted though its speaker works at a firm named after another city", async () => {
    const a = await ask("why did huzhou bamboo exports fall in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("anti-dumping duties");
  });

  it("is not one said of another city named after the speaker's description", async () => {
    const a = await ask("why did huzhou bamboo exports fall in 2031?");
    expect(a.answer).not.toContain("port congestion");
  });

  it("is of the article's period when its only date is when its cause came", async () => {
    const a = await ask("why did huzhou silk exports to the eu rise in jan-sep 2031?");
    expect(a.answer).toContain("import limits");
  });
});

describe("why, and who said so", () => {
  it("answers with a reason someone is quoted giving, and names him", async () => {
    const a = await ask("why did lishui's trade fall in 2031 and who said so");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("pump makers");
    expect(a.answer).toContain("Chen Bo");
  });
});

describe("sentences that give a cause in other words", () => {
  it("reads 'X explains the dip' as a reason", async () => {
    const a = await ask("why were jingdezhen porcelain exports so low in feb 2031?");
    expect(a.answer).toContain("spring holiday");
  });

  it("reads 'posted a decline, as its exports fell' as a reason", async () => {
    const a = await ask("why did quzhou's trade decline in 2031?");
    expect(a.answer).toContain("11.3");
  });
});

describe("a reason that opens on the change it explains", () => {
  it("is quoted with the sentence before it that states the change and its figure", async () => {
    const a = await ask("why were shaoxing's resin imports down in 2031?");
    expect(a.answer).toContain("dye plant");
    expect(a.answer).toContain("14.6 percent");
  });
});

describe("what a thing is", () => {
  it("is asked by 'what exactly is a X' and defined by 'Xs are …'", async () => {
    const a = await ask("what exactly is a grey-import watch");
    expect(a.abstained).toBe(false);
    // (quoted as the sentence that defines it, not a passage found by its words)
    expect(a.answer).toContain("“Grey-import watches are watches bought directly from overseas retailers");
  });

  it("is said by 'X, approved by …' and the sentence after that calls it by its last word", async () => {
    const a = await ask("what is the east sea amber trade cooperation demonstration zone");
    expect(a.answer).toContain("State Council");
    expect(a.answer).toContain("yuan settlement desk");
  });
});

describe("a reason that names where its route passes", () => {
  it("is the asked place's, not the place of the terminal it goes through", async () => {
    const a = await ask("what drove quzhou tea export growth in 2031");
    expect(a.answer).toContain("organic certificates");
    expect(a.answer).toContain("freight costs");
  });
});

describe("whose reason is asked, typed in a hurry", () => {
  it("reads 'acording to customs' as 'according to customs'", async () => {
    const a = await ask("why did deqing hat exports rise in 2031 acording to customs");
    expect(a.answer).toContain("Morocco");
    expect(a.answer).not.toContain("online sales");
  });
});
