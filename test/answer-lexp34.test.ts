import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf } from "./helpers/facts.js";
import { findEnumerations } from "../text/enumerations.js";
import { shortFormsOf } from "../text/subjects.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { cueWeight } from "../retrieval/explain/cues.js";
import { explainParts } from "../retrieval/explain/asks.js";

// List and explanation shapes the engine missed: a kind's members after "mainly" with one item said with its use ("…
// for household use"), who said a quoted remark whose words name goods of another place, what a speaker "also credited",
// a "Growth" row of a table (no goods), "biopharma" for "biopharmaceutical", an FAQ's numbered question answered by the
// paragraph after it, and "'X' - …, what does it mean?" as a definition. Made-up places' articles and figures.

describe("a kind's members after 'mainly', one said with its use", () => {
  it("reads 'knapsack sprayers for household use' as one item of three", () => {
    const text = "Pumps, mainly deep-well pumps, knapsack sprayers for household use and drip kits, rose 4.1 percent to 2.37 billion "
      + "yuan, with Africa as the main buyer.";
    expect(findEnumerations(text).map((e) => e.items.map((i) => i.name)))
      .toContainEqual(["deep-well pumps", "knapsack sprayers for household use", "drip kits"]);
  });
});

describe("goods 'carrying' after the vehicles, each group with where it came from", () => {
  // (a last group splits only where both sides have two words or more, "auto parts and milk powder": test/fact-rva35)
  it("lists every group, the places no items", () => {
    const text = "Of the services, 88 were outbound and 19 were return trains, carrying cotton yarn, walnuts and hides from "
      + "Tajikistan and Kyrgyzstan, and machine tools and wine from Austria and Hungary.";
    expect(findEnumerations(text).map((e) => e.items.map((i) => i.name)))
      .toEqual([["cotton yarn", "walnuts", "hides", "machine tools and wine"]]);
  });
});

describe("who said a quoted remark", () => {
  it("reads no place from goods only the quoted remark names", () => {
    const context = {
      findSubjects: (t: string) => (/\borders\b/i.test(t) ? ["orders"] : []),
      findOwners: (s: string[]) => (s.length ? ["city:linyi"] : []),
    };
    expect(parseQuestion("who said the tyre slump was 'mostly about costs, not orders'?", context).entities).toEqual([]);
    // (goods named outside the quotation still find their place)
    expect(parseQuestion("who talked about orders, saying 'we are busy as ever'?", context).entities).toEqual(["city:linyi"]);
  });
});

describe("what a speaker also credited", () => {
  it("is a reason", () => {
    expect(cueWeight("cause", "She also credited quicker clearance of imported rubber and new direct shipping routes."))
      .toBeGreaterThan(0);
    // (not a credit of money: "the bank credited the account")
    expect(cueWeight("cause", "The bank credited the account on Monday.")).toBe(0);
  });
});

describe("a table's 'Growth' row", () => {
  it("names no goods", () => {
    const text = "Rizhao and Linyi both traded more in 2031.\n\n| 2031 | Rizhao | Linyi |\n|---|---|---|\n"
      + "| Imports and exports (billion yuan) | 81.25 | 64.37 |\n| Growth | +3.1% | +2.2% |\n";
    expect(factsOf(text, { published: "2032-01-20" }).filter((f) => f.subject === "growth")).toEqual([]);
  });
});

describe("'biopharma'", () => {
  it("is a short form of biopharmaceuticals", () => {
    expect(shortFormsOf("biopharmaceutical")).toContain("biopharma");
    expect(shortFormsOf("biopharmaceutical products")).toContain("biopharma");
  });
});

describe("'X' - …, what does it mean?", () => {
  it("asks for the definition of the quoted term", () => {
    expect(explainParts("linyi 'two-window clearance' - window one / window two, what does it mean?").map((p) => p.kind))
      .toEqual(["definition"]);
    // (what a figure means is still its meaning)
    expect(explainParts("what does the 5 percent rise in exports mean?").map((p) => p.kind)).toEqual(["meaning"]);
  });
});

const FAQ = `---
title: "Weifang port: frequently asked questions"
published: "2032-02-10"
---
Frequently asked questions

Q1. How much cargo did Weifang port handle in 2031?

Weifang port handled 71.3 million tonnes of cargo in 2031, up 2.6 percent.

Q2. What is the "twin-gate port"?

The twin-gate model treats Weifang and Yantai's western terminal as a single harbour for customs purposes. A shipper declares the goods once at Weifang, and the sealed boxes then go by feeder ship to Yantai without a second declaration.

Q3. Does Weifang import fruit?

Yes. It imported 41,000 tonnes of fruit in 2031.
`;

const DONGYING = `---
title: "Dongying's tyre exports climb in 2031"
published: "2032-01-25"
---
Dongying's exports rose 5.4 percent to 93.12 billion yuan in 2031, according to Dongying Customs.

Tyre exports, mostly truck tyres, rose 14.2 percent to 21.65 billion yuan.

"Long-term contracts with African distributors have turned our plants from workshops into exporters," said Lu Meiqing, deputy head of the city's commerce bureau. She also credited quicker clearance of imported rubber, which customs now checks on arrival, and new direct shipping routes to West Africa.

The city's port handled 1.2 million TEUs in 2031.
`;

const PUMPS = `---
title: "Weifang machinery exports in 2031"
published: "2032-01-22"
---
Weifang's exports of machinery rose 6.3 percent to 48.21 billion yuan in 2031.

Pumps, mainly deep-well pumps, knapsack sprayers for household use and drip kits, rose 4.1 percent to 2.37 billion yuan, with Africa as the main buyer.
`;

const LANZHOU = `---
title: "Lanzhou's freight trains in 2031"
published: "2032-01-09"
---
Lanzhou's international freight trains made 107 trips in 2031, the city's port office said.

Of the services, 88 were outbound and 19 were return trains, carrying cotton yarn, walnuts and hides from Tajikistan and Kyrgyzstan, and machine tools and wine from Austria and Hungary.
`;

const LINYI = `---
title: "Linyi exports surge on tractors"
published: "2032-01-12"
---
Linyi's exports rose 11.2 percent to 57.90 billion yuan in 2031, the city's commerce bureau said.

Tractor exports reached 3.46 billion yuan, up 21.7 percent, with most going to Uzbekistan, Mali, Peru and other developing markets.

Partner | Trade | Change (%) |
European Union | 9.12 | +4.4 |
United States | 7.35 | +2.0 |
Japan | 5.81 | -1.3 |
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "faq.md": FAQ, "dongying.md": DONGYING, "pumps.md": PUMPS, "linyi.md": LINYI, "lanzhou.md": LANZHOU }));
});
afterAll(() => close());

describe("over articles", () => {
  it("defines a term by the paragraph after the FAQ's question on it", async () => {
    const a = await ask("what is the 'twin-gate port' at weifang?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("feeder ship");
  });

  it("gives what the speaker also credited among the reasons", async () => {
    const a = await ask("what's behind dongying's tyre export growth in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("quicker clearance");
  });

  it("names the kinds of a goods after 'mainly'", async () => {
    const a = await ask("what kinds of pumps does weifang export?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("knapsack sprayers for household use");
    expect(a.answer).toContain("drip kits");
  });

  it("names where goods went 'with most going to' them, no plan", async () => {
    const a = await ask("where did linyi's tractors mostly go in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("Uzbekistan, Mali and Peru");
    expect(a.answer).not.toContain("European Union");
  });

  it("names what the return trains carried", async () => {
    const a = await ask("what did the return trains bring into lanzhou in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("cotton yarn, walnuts, hides and machine tools and wine");
  });
});
