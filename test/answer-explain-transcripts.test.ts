import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Press-conference transcripts and the shapes of explanation questions asked of them, over made-up articles
// (no evaluation set's place, person, number or phrase): a reporter's question points to the answer after it.

const BRIEFING = `---
title: "Jilin holds press conference on foreign trade in 2023"
published: 2024-01-25
---
On January 24 the Information Office of Jilin Province held a press conference in Changchun on the province's foreign trade in 2023. Li Hongbo, deputy director of Changchun Customs, and Sun Meiling, deputy director-general of the provincial Department of Commerce, answered questions.

Li Hongbo said Jilin's imports and exports reached 170.6 billion yuan in 2023, up 9.1 percent. Trade with Japan fell 7.4 percent to 12.3 billion yuan.

## Questions from reporters

**Jilin Daily:** Jilin's growth beat the national level. What were the main drivers?

**Li Hongbo:** First, auto parts makers in Changchun won new orders in the Middle East. Second, imports of soybeans through Hunchun rose steadily. Third, the sea-rail route through Yingkou cut logistics costs by about a fifth.

**Changchun Evening News:** Why did trade with Japan decline?

**Li Hongbo:** The decrease mainly came from smaller purchases of machine tools after a large equipment upgrade the year before, and from the weaker yen, which lowered the value of imports. We expect a recovery in the second half.

**Jilin TV:** What is the "border market plus bonded warehouse" model?

**Sun Meiling:** It is a model in which goods bought at border markets are stored in bonded warehouses at Tumen and sold on to processing plants, so small traders do not pay duties until the goods leave the warehouse. It now serves more than 900 trading households.

**Jilin Radio:** Growth slowed in the fourth quarter. What were the reasons?

**Sun Meiling:** There were three. First, demand in South Korea weakened. Second, prices of imported iron ore fell. Third, two large refineries closed for maintenance in November.
`;

const NEWS = `---
title: "Shanxi's coke exports hit by floods, officials say"
published: 2022-09-14
---
TAIYUAN -- Shanxi's exports to India fell sharply in the summer of 2022.

The July floods in the Fen River valley disrupted rail shipments from the coking plants around Jiexiu. Exports to India fell 21 percent in July and August.

"The fall in the value of coke exports is mostly a freight effect. Contract volumes actually held up," said Gao Ruiping, deputy director of Taiyuan Customs.

Shanxi's trade rose 6.2 percent to 141.7 billion yuan in the first eight months, Taiyuan Customs said. "The rise comes from new energy equipment," said Zhao Dewen, a customs spokesman. He cited the Datong battery plant, the Changzhi solar park and faster clearance at Taiyuan Wusu airport.

Zhao also said coal exports stayed weak because local mines produced less for export.

Trucks through the Wutai pass made 3,200 trips, and the pass has become a busy route for the province's trade.

Outbound trucks carry mainly coke, glass and ceramics, while return trucks bring wool, cashmere, copper ore and dairy products from Mongolia.

Zhao highlighted the "Fen Valley Rail Link" model. "Coke loaded at any of the nine valley stations is treated as already inspected at Taiyuan, so it goes straight onto trains for Tianjin port," he said.
`;

const YEAR_END = `---
title: "Qinghai's foreign trade shrinks in 2015 but rallies at year end"
published: 2016-01-20
---
XINING -- Qinghai's foreign trade fell 9.6 percent to 1.93 billion US dollars in 2015, Xining Customs said on Tuesday.

"The first half of the year was the toughest stretch since the salt lake ports opened," said Ma Wenjie, deputy director of Xining Customs.

Trade returned to growth in November, helped by potash shipments.
`;

const WORKSHOPS = `---
title: "Shantou turns more 'yilai erbu' workshops into companies"
published: 2015-10-20
---
SHANTOU -- Shantou's foreign trade rose 4.1 percent to 52.3 billion US dollars in the first three quarters of 2015.

Since Shantou began its reform in 2010, 2,418 "yilai erbu" workshops, which assemble parts sent by overseas, mainly Singapore, buyers, have been turned into independent companies, including 233 this year, said Lin Bo, director of the city's commerce bureau.
`;

const SLOWDOWN = `---
title: "Shaanxi's trade growth slows in 2019"
published: 2020-01-18
---
XI'AN -- Shaanxi's foreign trade grew 1.2 percent to 351.6 billion yuan in 2019, Xi'an Customs said.

The provincial commerce department gave three reasons for the slowdown. First, orders for memory chips from South Korea fell. Second, the swings of the yuan made buyers cautious. Third, two aircraft parts makers moved assembly to Mianyang.

Exports of apples rose 8 percent.
`;

const VOICES = `---
title: "Shaoguan's trade rises 12 percent in 2021"
published: 2022-01-20
---
SHAOGUAN -- Shaoguan's foreign trade rose 12 percent to 30.2 billion yuan in 2021.

Analysts at a local bank said the rise came mainly from higher prices of stone slabs.

Chen Hao, deputy director of Qingyuan Customs, said the rise was driven by stronger demand for furniture in ASEAN markets.

Wu Lan, head of the city's commerce bureau, said the growth was helped by new e-commerce platforms that let small firms sell abroad.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "jilin-briefing.md": BRIEFING, "shanxi-coke.md": NEWS, "qinghai.md": YEAR_END, "shantou.md": WORKSHOPS, "shaanxi.md": SLOWDOWN, "shaoguan.md": VOICES }));
});
afterAll(() => close());

describe("a press conference's questions and answers", () => {
  it("defines a term a reporter asked about with the speaker's answer, never with the reporter's question", async () => {
    const a = await ask("what is the 'border market plus bonded warehouse' model jilin officials described?");
    expect(a.answer).toContain("goods bought at border markets are stored in bonded warehouses at Tumen");
    expect(a.answer).not.toContain("Jilin TV");
  });

  it("answers why something fell with the answer to the reporter who asked why it fell", async () => {
    const a = await ask("why did jilin's trade with japan fall in 2023?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("smaller purchases of machine tools");
    expect(a.answer).not.toContain("Why did");
    expect(a.answer).toContain("the weaker yen");
  });

  it("answers what drove growth, per the customs office, with the drivers, not the fall's causes", async () => {
    const a = await ask("what drove jilin's trade growth in 2023 per changchun customs?");
    expect(a.answer).toContain("auto parts makers in Changchun");
    expect(a.answer).toContain("sea-rail route through Yingkou");
    expect(a.answer).not.toContain("machine tools");
  });

  it("quotes every one of the reasons a question counts ('what 3 reasons …')", async () => {
    const a = await ask("what 3 reasons did the jilin commerce department give for slower growth in q4 2023?");
    expect(a.answer).toContain("demand in South Korea weakened");
    expect(a.answer).toContain("prices of imported iron ore fell");
    expect(a.answer).toContain("two large refineries closed");
  });
});

describe("more shapes of explanation questions", () => {
  it("quotes an enumeration whole: 'Second, …' and 'Third, …' come with 'First, …'", async () => {
    const a = await ask("what 3 reasons did the shaanxi commerce department give for the slowdown in 2019?");
    expect(a.answer).toContain("First, orders for memory chips from South Korea fell.");
    expect(a.answer).toContain("Second, the swings of the yuan made buyers cautious.");
    expect(a.answer).toContain("Third, two aircraft parts makers moved assembly to Mianyang.");
  });

  it("reads 'what disrupted …' as asking for a cause", async () => {
    const a = await ask("what disrupted shanxi's exports to india in summer 2022?");
    expect(a.answer).toContain("The July floods in the Fen River valley disrupted rail shipments");
  });

  it("reads 'what did customs say drove …' as a cause, with the sentence that lists what the speaker cited", async () => {
    const a = await ask("what did taiyuan customs say drove shanxi's growth in the first eight months of 2022, and who said it?");
    expect(a.answer).toContain("The rise comes from new energy equipment");
    expect(a.answer).toContain("He cited the Datong battery plant");
  });

  it("does not answer why something rose with what kept something else weak", async () => {
    const a = await ask("why did shanxi's trade rise in the first eight months of 2022?");
    expect(a.answer).toContain("The rise comes from new energy equipment");
    expect(a.answer).not.toContain("coal exports stayed weak");
  });

  it("quotes a speaker's words whole when the sentence that names him ends a quotation begun before", async () => {
    const a = await ask("who at taiyuan customs explained the drop in coke exports to india in 2022, and what did he say caused it?");
    expect(a.answer).toContain("The fall in the value of coke exports is mostly a freight effect. Contract volumes");
  });

  it("defines a term the question names without quotes, cut before 'the official talked about', with the sentence after the one that names it", async () => {
    const a = await ask("what's the Fen Valley Rail Link model the customs spokesman talked about?");
    expect(a.answer).toContain("treated as already inspected at Taiyuan");
  });
});

describe("what goods", () => {
  it("answers 'what goods do … bring back' with the sentence that lists them", async () => {
    const a = await ask("what goods do the return trucks through the wutai pass bring back?");
    expect(a.answer).toContain("return trucks bring wool, cashmere, copper ore and dairy products");
  });
});

describe("periods an explanation's sentence is read in", () => {
  it("reads 'the first half of the year' said in a January article as no period of its own, so the asked one fits", async () => {
    const a = await ask("who called h1 2015 the toughest stretch since the salt lake ports opened (qinghai), and what's his title?");
    expect(a.answer).toContain("said Ma Wenjie, deputy director of Xining Customs");
  });
});

describe("a count the defining sentence states", () => {
  it("quotes the sentence that defines the term and states the asked count when no figure gives it", async () => {
    const a = await ask("what's a 'yilai erbu' workshop in shantou and how many have been turned into companies since 2010?");
    expect(a.abstained).toBe(false);
    expect(a.mode).toBe("quoted");
    expect(a.answer).toContain("2,418 \"yilai erbu\" workshops, which assemble parts sent by overseas");
  });

  it("still abstains when the defining sentence does not state the count asked about", async () => {
    const a = await ask("what's a 'yilai erbu' workshop in shantou and how many have been closed since 2010?");
    expect(a.abstained).toBe(true);
  });
});

describe("whose explanation", () => {
  it("answers 'per the customs office' with that office's explanation, not the analysts' or the bureau's", async () => {
    const a = await ask("what drove shaoguan's trade rise in 2021 per qingyuan customs?");
    expect(a.answer).toContain("stronger demand for furniture");
    expect(a.answer).not.toContain("stone slabs");
    expect(a.answer).not.toContain("e-commerce platforms");
  });

  it("answers 'what did the bureau chief say drove …' with the words of the bureau's head", async () => {
    const a = await ask("what did the commerce bureau chief say drove shaoguan's 2021 trade growth?");
    expect(a.answer).toContain("new e-commerce platforms");
    expect(a.answer).not.toContain("stone slabs");
  });
});
