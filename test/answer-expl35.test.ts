import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { cueWeight } from "../retrieval/explain/cues.js";

// "Why did X fall?" answered with the fall's own rate beside its reasons, over made-up articles (no evaluation set's
// place, person or number).

const PORT = `---
title: "Jiaozuo's trade slips as ore bill shrinks"
published: "2031-01-20"
---
JIAOZUO -- Jiaozuo's foreign trade fell 4.1 percent to 210.6 billion yuan in 2030, the city customs said on Monday.

Imports, which make up most of the city's trade, fell 7.3 percent to 150.2 billion yuan.

Copper concentrate imports were 3.1 million tonnes, down 2.2 percent, but their value rose 12.5 percent because of higher copper prices.

Gao Ping, deputy director of Jiaozuo Customs, said imports fell mainly because of lower ore prices and weaker demand from smelters, which cut output.

Trade with Japan fell 2.6 percent. Officials said trade with Japan fell because of the weak yen and lower demand for canned fish.
`;

// drivers named in a sentence of their own, with the parks where new lines opened (places of no other owner)
const PARKS = `---
title: "Sanming's trade hits a record as solar exports climb"
published: "2031-02-02"
---
SANMING -- Sanming's foreign trade reached 41.7 billion yuan in 2030, up 36.2 per cent, the city's commerce bureau said.

Officials said growth drivers were strong demand for solar panels abroad, the opening of new wafer lines in the Yong'an and Shaxian parks, and faster clearance at the dry port.

Exports of furniture rose 3.1 per cent to 2.2 billion yuan.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "lumen.md": PORT }));
});
afterAll(() => close());

describe("why a figure moved, with its rate", () => {
  it("states the fall's rate beside the sentence that explains it", async () => {
    const a = await ask("why did jiaozuo imports fall in 2030?");
    expect(a.answer).toContain("mainly because of lower ore prices");
    expect(a.answer).toMatch(/7\.3%/);
  });

  it("reads 'acc. to officials' as whose reasons are asked, no word the figure's sentence must say", async () => {
    const a = await ask("why did jiaozuo's trade with japan fall in 2030 acc. to officials");
    expect(a.answer).toContain("weak yen");
    expect(a.answer).toMatch(/2\.6%/);
  });

  it("states no rate that moved the other way than the question says", async () => {
    const a = await ask("why did jiaozuo's copper concentrate imports fall in 2030?");
    expect(a.answer).not.toMatch(/12\.5%/);
  });

  it("states no rate of another year", async () => {
    const a = await ask("why did jiaozuo imports fall in 2029?");
    expect(a.answer).not.toMatch(/7\.3%/);
  });
});

describe("a clause after a change's figure, opened by 'as'", () => {
  it("is read as a cause when it has a verb of its own", () => {
    expect(cueWeight("cause", "Glove exports to Canada fell 8.1 per cent to US$0.44 billion as the housing slump made "
      + "buyers cut back.")).toBe(2);
    expect(cueWeight("cause", "The city imported 2.1 million tonnes of copper, up 31.5 percent, as smelters in the "
      + "south received new quotas.")).toBe(2);
  });
  it("is no cause when 'as' reports, compares or names a share", () => {
    for (const s of ["Exports rose 5.5 percent, as reported by the customs office.",
      "Exports rose 5.5 percent, as well as imports of copper.",
      "Imports rose 5.5 percent, as expected by the bureau.",
      "Trade with Japan was 12 percent of the total, as a share of the city's trade."]) {
      expect(cueWeight("cause", s)).toBe(0);
    }
  });
});

describe("what drove a surge, named as its drivers", () => {
  it("reads 'growth drivers were' and 'a price story' as causes", () => {
    expect(cueWeight("cause", "Officials said growth drivers were strong demand for solar panels abroad.")).toBe(3);
    expect(cueWeight("cause", "\"The fall in imports is mostly a price story,\" said Lin Hua.")).toBe(3);
    expect(cueWeight("cause", "The story of the year was the growth of exports.")).toBe(0);
  });
  it("quotes the drivers' sentence, whose parks are no other place's", async () => {
    const over = await answersOver({ "sanming.md": PARKS });
    const a = await over.ask("what drove sanming's trade surge in 2030");
    await over.close();
    expect(a.answer).toContain("growth drivers were strong demand");
  });
});

describe("buyers turning elsewhere", () => {
  it("is a cause with words between the buyers and their turning", () => {
    expect(cueWeight("cause", "\"Demand in the Gulf is slow, and buyers are also turning to cheaper Turkish marble,\" "
      + "said Wei Lan, a sales manager.")).toBe(2);
    expect(cueWeight("cause", "Buyers moved to cheaper suppliers.")).toBe(2);
  });
});

// an interview whose questions stand unlabelled (bold in the source) before the official's labelled answers
const INTERVIEW = `---
title: "Interview: Gaoyou's duck egg exporters eye Southeast Asia"
published: "2031-11-02"
---
*We spoke to Mei Dan, deputy director of the Gaoyou Bureau of Commerce, about the county's farm exports.*

**How have exports done this year?**

Mei Dan: The county exported 0.91 billion yuan of farm products, up 6.2 percent.

**Which markets matter most?**

Mei Dan: Japan is the largest. It took 41 percent of our vegetable exports.

**What has the county done to help?**

Mei Dan: Three things. First, we have 12 export planting bases registered with customs, where every batch can be traced. Second, we expanded cold-chain storage; the county's cold stores can now hold 9,000 tonnes. Third, we work with customs on faster inspection, so a container of fresh vegetables can be cleared within a day.
`;

describe("an interview with unlabelled questions", () => {
  it("answers what the county did with the answer to the reporter's own question", async () => {
    const over = await answersOver({ "gaoyou.md": INTERVIEW });
    const a = await over.ask("what has gaoyou done to help its veg exporters");
    await over.close();
    expect(a.answer).toContain("First, we have 12 export planting bases");
    expect(a.answer).toContain("Third, we work with customs");
    expect(a.answer).not.toContain("Japan is the largest");
  });
});

describe("drivers that are people", () => {
  it("are no cause: only growth's drivers are", () => {
    expect(cueWeight("cause", "Truck drivers were paid 300 yuan a trip at the Nordvik crossing.")).toBeLessThan(3);
    expect(cueWeight("cause", "The drivers are from Arvenia and Belmark.")).toBeLessThan(3);
  });
});

describe("a change called a story of praise", () => {
  it("is no cause: only a story of a kind ('a price story') is", () => {
    expect(cueWeight("cause", "The growth in exports was a success story for Nordvik county.")).toBe(0);
    expect(cueWeight("cause", "The rise in exports is a good news story for the port.")).toBe(0);
    expect(cueWeight("cause", "\"The fall in imports is mostly a price story,\" said Lin Hua.")).toBe(3);
  });
});

describe("an 'as' clause that only reports the figure", () => {
  it("is no cause", () => {
    for (const s of ["Exports rose 6.1 percent to 40 billion yuan, as the customs office reported on Tuesday.",
      "Trade grew 5 percent in 2030, as the bureau's figures showed.",
      "Trade grew 5 percent in 2030, as the commerce bureau noted in its annual report."]) {
      expect(cueWeight("cause", s)).toBe(0);
    }
  });
});

// an interview whose turn asks on of the one before in no words of its own ("Why is that?")
const FEED = `---
title: "Interview: Nordvik's feed buyers"
published: "2031-11-02"
---
*We spoke to Ola Brenn, deputy director of the Nordvik Bureau of Commerce.*

**How did imports do this year?**

Ola Brenn: Imports of feed grain rose 30 percent to 0.2 billion yuan.

**Why is that?**

Ola Brenn: Because duck farms expanded and feed prices were low.
`;

describe("an unlabelled question of no words of its own", () => {
  it("answers no question of another move", async () => {
    const over = await answersOver({ "nordvik.md": FEED });
    const a = await over.ask("why did nordvik's egg exports fall in 2031?");
    await over.close();
    expect(a.answer).not.toContain("duck farms expanded");
  });
});

// another city's factories, named as their owner, not as where a site stands
const OTHER_PLANTS = `---
title: "Jiaozuo's exports slip in 2030"
published: "2031-01-20"
---
Jiaozuo's exports fell 3.2 percent to 48 billion yuan in 2030, the city customs said.

Dongguan factories cut output mainly because of weaker demand for toys in Europe.
`;

describe("another place's plants", () => {
  it("are that place's: their sentence explains nothing of the asked place", async () => {
    const over = await answersOver({ "jiaozuo.md": OTHER_PLANTS });
    const a = await over.ask("why did jiaozuo's exports fall in 2030?");
    await over.close();
    expect(a.answer).not.toContain("Dongguan factories");
  });
});

// a question standing as a subheading, followed by a note's label, not a speaker's
const NOTED = `---
title: "Jiaozuo's exports in 2030"
published: "2031-01-20"
---
Jiaozuo's exports rose 5 percent to 48 billion yuan in 2030.

Why did exports rise?

Note: The figures for 2030 are preliminary and may be revised by the customs office.
`;

describe("an unlabelled question before a note", () => {
  it("is no turn: the note answers nothing", async () => {
    const over = await answersOver({ "jiaozuo.md": NOTED });
    const a = await over.ask("why did jiaozuo's exports rise in 2030?");
    await over.close();
    expect(a.answer).not.toContain("preliminary");
  });
});
