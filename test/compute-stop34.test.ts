import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { findEntities } from "../text/entities.js";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";
import { baseOf, planFrameOf } from "./helpers/figureBase.js";
import { readPlan } from "../retrieval/plans/read.js";

// Stop 34: region shares and the changes in them, from a made-up think-tank brief with a table of shares by region
// and benchmark years, and a made-up league table that states one region's share of a single year.
const BRIEF = `---
title: "Brief: three decades of regional trade shares"
published: "2042-04-02"
source: "Lanmu Institute for Trade Studies, Brief No. 7"
---
**Summary.** The coast still accounts for most of the country's trade, but the interior has gained.

**Table 1. Shares of national imports and exports by region (percent)**

| Region | 2031 | 2036 | 2041 |
|---|---|---|---|
| Eastern | 81.2 | 79.9 | 77.1 |
| Central | 6.1 | 7.3 | 8.8 |
| Western | 7.5 | 8.0 | 10.4 |
| North-eastern | 5.2 | 4.8 | 3.7 |

Note: shares may not add up to 100 because of rounding.
`;
const LEAGUE = `---
title: "Provincial league table: Guangdong keeps top spot as Anhui moves past Henan"
published: "2042-01-25"
---
Guangdong's trade rose 4.1 percent in 2041.

The three north-eastern provinces, Liaoning, Heilongjiang and Jilin, together traded 1,402.6 billion yuan, 3.66 percent
of the national total.
`;

const HAINAN = `---
title: "Hainan's trade in 2041"
published: "2042-01-20"
---
Hainan's exports were 95.2 billion yuan in 2041, up 6.6 percent, a record.
`;

const HAINAN_EARLIER = `---
title: "Hainan's trade in 2036"
published: "2037-01-22"
---
In 2036 the total value of Hainan's exports was 80 billion yuan, up 2.5 percent.
`;

const PORT = `---
title: "Xiyang Port in the first half of 2041"
published: "2041-07-15"
---
International transshipment containers handled at Xiyang Port reached 3.1 million TEUs in January-June 2041, up 12.5 percent,
while the Port of Ningbo as a whole handled 19.4 million TEUs, up 3.2 percent.
`;

const ZONES = `---
title: "Tianjin's free trade zones on course for US$60 billion in trade"
published: "2041-11-10"
---
Foreign trade through Tianjin's free trade zones could reach as much as US$60 billion this year, 18 percent more than a year
earlier, an official said yesterday.

Imports through the zones are forecast at US$41 billion for the year, a rise of 16 percent, the zones' administration said.
`;

const BORDER_PORT = `---
title: "Mongolia trade keeps border port of Manzhouli busy"
published: "2037-02-10"
---
Municipal figures show that China-Russia trade through Manzhouli fell from 2.5 billion U.S. dollars in 2031 to 830 million
dollars in 2036. Part of the reason was that China's timber imports from Russia were diverted to Suifenhe.

Over the same period, China-Mongolia trade through the port rose from 300 million to 1.2 billion U.S. dollars, officials said.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "brief.md": BRIEF, "league.md": LEAGUE, "hainan.md": HAINAN, "hainan-2036.md": HAINAN_EARLIER, "port.md": PORT, "zones.md": ZONES, "border.md": BORDER_PORT }));
}, 120_000);
afterAll(() => close());

describe("a change in a share between two years (retrieval/quote.ts)", () => {
  it("is not answered by quoting a sentence that states one year's share only", async () => {
    const a = await ask("which region's share of national trade rose most 2031->2041? rank all four by change in share");
    expect(a.answer).not.toMatch(/quoted, not computed/);
  });
});

describe("the north-east spelt with a hyphen (text/places.ts)", () => {
  it.each(["the north-east", "the north-eastern provinces", "the north-east region", "north-eastern China"])("%s is the region", (t) => {
    expect(findEntities(`Trade in ${t} fell.`).map((e) => e.id)).toEqual(["region:northeastern"]);
  });
});

describe("a table of shares by region and year (facts/extract.ts regionRow, tableUnitOf)", () => {
  const table = (caption: string, column = "Region") => factsOf(`Regional balance\n\n${caption}\n\n`
    + `| ${column} | 2031 | 2041 |\n|---|---|---|\n| Western | 7.5 | 10.4 |\n| North-eastern | 5.2 | 3.7 |\n`,
  { published: "2042-03-01" });
  it("reads each row as its region's share of the nation's trade in the column's year", () => {
    const facts = table("Table 2. Shares of national imports and exports by region (percent)");
    expect(facts.map((f) => [f.entity, f.measure, f.value, f.unit, f.shareOf, f.period?.y2])).toEqual([
      ["region:western", "share", 7.5, "%", "national", 2031], ["region:western", "share", 10.4, "%", "national", 2041],
      ["region:northeastern", "share", 5.2, "%", "national", 2031], ["region:northeastern", "share", 3.7, "%", "national", 2041],
    ]);
  });
  it("reads no share from a caption that says no share, nor a region from a column of no regions", () => {
    expect(table("Table 2. Trade by region (percent)")).toEqual([]);
    expect(table("Table 2. Shares of national imports and exports (percent)", "Item").filter((f) => f.entity.startsWith("region:")))
      .toEqual([]);
  });
});

describe("the words of a question that only name a place or the report (retrieval/figures/query.ts terms)", () => {
  it("leaves the hyphened name of a region out of the words a sentence must use", () => {
    expect(parseQuestion("north-east region's share of china's trade in 2031 and in 2036?", {} as never).terms).toEqual([]);
  });
});

describe("a region's share in two years, from a table of shares (retrieval/answer.ts factsCover)", () => {
  it("is read from the table, with the report named by its publisher", async () => {
    const a = await ask("north-east region's share of china's trade in 2031 and in 2036 (lanmu brief)?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual([5.2, 4.8]);
  });
});

describe("two regions sharing the word 'region' (retrieval/figures/query.ts withSharedHead)", () => {
  it("reads both regions, in the question's order", () => {
    expect(parseQuestion("western vs central region: shares in 2031?", {} as never).entities)
      .toEqual(["region:western", "region:central"]);
  });
  it("keeps a pair an alias names as one group", () => {
    expect(parseQuestion("the central and western regions' share in 2031?", {} as never).entities)
      .toEqual(["region:central-western"]);
  });
});

describe("each region's change in share over a run of years (retrieval/plans/read.ts ratesApart)", () => {
  it("keeps a city's share of its own province one place's share", () => {
    const plan = readPlan(planFrameOf("wuxi's share of jiangsu's trade: 2031 vs 2036 - both, and the change in pts", baseOf([])));
    expect(plan?.next).toBeUndefined();
    expect(plan?.inputs.map((i) => i.entity)).toEqual(["city:wuxi", "city:wuxi"]);
  });
  it("sets two places' shares side by side when each has its own year", () => {
    const plan = readPlan(planFrameOf("private firms share of trade: hebei 2031 vs shanxi 2029, which is higher + by how many pts?",
      baseOf([])));
    expect(plan?.next).toBeUndefined();
    expect(plan?.inputs.map((i) => [i.entity, i.period?.y2])).toEqual([["hebei", 2031], ["shanxi", 2029]]);
  });
  it("is the later share less the earlier, region by region", async () => {
    const a = await ask("western vs central region: how much did each one's share go up 2031-2041?");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => [f.value, f.unit]))
      .toEqual([[2.9, "percentage points"], [2.7, "percentage points"]]);
  });
});

describe("a ranking by the change in a share between two years (retrieval/figures/solve.ts rankShareChanges)", () => {
  it("ranks every region with both years' shares, biggest rise first", async () => {
    const a = await ask("which region's share of national trade rose most 2031->2041? rank all four by change in share");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => f.value)).toEqual([2.9, 2.7, -1.5, -4.1]);
    expect(a.answer).toMatch(/1\. western region \+2\.9 percentage points/);
  });
  it("ranks nothing with one of the two years not stated", async () => {
    const a = await ask("which region's share of national trade rose most 2031->2046? rank all four by change in share");
    expect(a.figures.filter((f) => f.computed)).toEqual([]);
  });
});

describe("a national rate from a place's rate and the gap the question states (retrieval/unanswered.ts)", () => {
  it("answers without naming the stated gap as not found", async () => {
    const a = await ask("hainan exports grew 2.3 pts faster than the country's in 2041. so national export growth?");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => f.value)).toEqual([4.3]);
  });
});

describe("'the figure' of a sentence turning back to the amount before, in another year (facts/extract.ts RESTATES)", () => {
  const facts = factsOf("A decade ago, in 2031, Hainan traded 88.4 billion yuan worth of goods with the world. Five years on, "
    + "in 2036, the figure had sunk to 71.9 billion yuan, as fruit exports vanished and the mills of Sanya lost their "
    + "markets.", { published: "2042-02-01" });
  it("is the same place's same flow, not a place named after it", () => {
    const f = facts.find((x) => x.value === 71.9);
    expect([f?.entity, f?.metric, f?.measure, f?.period?.y2]).toEqual(["hainan", "trade", "amount", 2036]);
  });
});

describe("a change between two years' levels asked 'absolute and %' (retrieval/plans/read.ts CHANGE_ASKED)", () => {
  it("gives the difference in the flow's unit and the percent change, the two levels from two documents", async () => {
    const a = await ask("hainan 2036 vs 2041: how much did its exports grow, absolute and %?");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => [f.value, f.unit])).toEqual([[15.2, "billion yuan"], [19, "%"]]);
  });
});

describe("a question's word misspelt by one letter (retrieval/answer.ts factsCover)", () => {
  it("is the word the cited sentence spells right", async () => {
    const a = await ask("xiyang port transhipment containers vs ningbo port overall, jan-jun 2041 growth - which faster and by how much?");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => [f.value, f.unit])).toEqual([[9.3, "percentage points"]]);
  });
});

describe("a zone's kind asked by its initials, the title writing it in small letters (retrieval/evidence.ts initialisms)", () => {
  it("'ftzs' is the free trade zones the title names", async () => {
    const a = await ask("what imports were tianjin's FTZs expected to post in 2041, and what growth would that be?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual([41, 16]);
  });
});

describe("a pair's trade 'through the port' in an article on a port town (facts/extract.ts)", () => {
  const facts = factsOf(BORDER_PORT.replace(/^---[\s\S]*?---\n/, ""), { title: "Mongolia trade keeps border port of Manzhouli busy",
    published: "2037-02-10" });
  it("is the town's trade with that partner, not China's", () => {
    expect([one(facts, 1.2).entity, one(facts, 1.2).partner]).toEqual(["city:manzhouli", "partner:mn"]);
  });
});

describe("one partner's trade against another's, and a multiple of its own earlier level (asks, ratio, compare)", () => {
  it("answers each ask: the bigger side in one scale, and the times its earlier level", async () => {
    const a = await ask("manzhouli 2036: how much bigger was china-mongolia trade than china-russia trade through the port, "
      + "and how many times its 2031 level was the mongolia trade?");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => [f.value, f.unit]))
      .toEqual([[370, "million US dollars"], [4, "times"]]);
  });
});

describe("a share's levels written around its change (text/flows.ts SHARE_TO, LEVEL_REACHED)", () => {
  const facts = factsOf("The western region's share rose from 7.5 percent in 2031 to a peak of 8.6 percent in 2034. Since then it has "
    + "fallen by 0.4 percentage points, to 8.2 percent in 2041. The central region's share rose by 2.7 points (from 6.1 to "
    + "8.8 percent).", { published: "2042-03-01" });
  it("reads the level 'to a peak of' as a share, not a growth", () => expect(one(facts, 8.6).measure).toBe("share"));
  it("reads the level after the change and a comma as no growth", () => expect(one(facts, 8.2).measure).not.toBe("growth"));
  it("reads the level with the unit said once as a share", () => expect(one(facts, 8.8).measure).toBe("share"));
});
