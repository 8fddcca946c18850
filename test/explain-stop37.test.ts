import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { explainParts } from "../retrieval/explain/asks.js";
import { cueWeight, direction, onlyDown, underNamed } from "../retrieval/explain/cues.js";

// Explanations in shapes the explainer missed, over made-up articles: a kind of trade asked bare ("what is barter
// trade?") is defined, not counted, with what the scheme brings in the sentence after; "where was the fair held?" is
// answered by the sentence that gives the venue, not by the one that says where the next fair will be; tariffs removed
// ("zero tariffs", "tariff-free") are what lifts trade, not a setback; "fell …, after tighter checks on …" gives a cause;
// "the pandemic pushed buyers to shop online" is why a channel grew, asked "acc to the bureau"; an FAQ's question
// numbered "7. Why …?" is answered by the paragraph after it; "who answered on X and what reason did he give?" of a
// transcript whose speakers are labelled in capitals is the speaker of the turn on X and his answer; "why did it
// collapse, per the radio guest?" is the guest's answer to the host's question of the same kind and way.

const MODE = `---
title: "Linyi's kiosk trade keeps growing"
date: 2032-01-20
---
Linyi's exports under the kiosk trade mode came to 61.4 billion yuan in 2031, up 4.4 percent, accounting for 38.2 percent of the city's exports.

Kiosk trade is a trade mode designed for small traders who sell to foreign buyers from stalls in approved wholesale halls. Since the pilot was launched in Linyi in 2029, traders have benefited from a single monthly declaration and a refund of export duties, said Ke Lan, head of the city's trade office.

Linyi plans to open two more wholesale halls in 2032.
`;

const FAIR = `---
title: "Five things about the first Lakeside Tea Fair"
date: 2031-10-30
---
The first Lakeside Tea Fair closed in Puer on Sunday after four days.

The fair was held at the Lakeside Trade and Convention Hall in the city's north, on 40,000 square metres. Some 600 tea growers took part.

The second fair will be held in Kunming in October 2032, the organisers said.
`;

const PLAIN = `---
title: "A tea growers' meeting"
date: 2031-10-30
---
Tea growers from six counties met last week and agreed to share a brand, the county said.
`;

const ZERO = `---
title: "Weining's 2031 trade jumps 41.2% in the bonded park's first year"
date: 2032-01-18
---
Weining's imports and exports reached 18.40 billion yuan in 2031, up 41.2 percent, the city's customs said on Tuesday.

Imports were 11.02 billion yuan and exports 7.38 billion yuan.

"Zero tariffs on machinery for firms in the bonded park and the new cargo flights to Dhaka were the two biggest drivers," said customs official Pan Ruo.
`;

const CHECKS = `---
title: "Ruili's trade in 2031"
date: 2032-01-22
---
Ruili's foreign trade reached 52.1 billion yuan in 2031, up 3.0 percent.

Barter trade fell 18.2 percent to 6.64 billion yuan, after stricter checks on goods declared by border traders. Processing trade rose 7.7 percent.
`;

const ONLINE = `---
title: "Xuchang's online exports grow in a pandemic year"
date: 2031-01-20
---
Xuchang's foreign trade rose 9.1 percent to 61.0 billion yuan in 2030, the city's commerce bureau said.

## Cross-border e-commerce

Cross-border e-commerce was the city's fastest-growing channel. Xuchang's cross-border e-commerce exports reached 14.2 billion yuan in 2030, up 33.6 percent. "The pandemic pushed shoppers in Europe to buy wigs online, and our makers opened their own web shops," said Gao Lin, deputy director of the Xuchang commerce bureau.
`;

const FAQ = `Dali Border Market: Frequently Asked Questions

Dali Prefecture Commerce Office
Last updated: June 2, 2032

1. What is the border market?
Residents within 20 kilometres of the border may trade goods worth up to 8,000 yuan a day free of import duty.

2. How big is the market?
In 2031 turnover was 3.12 billion yuan, down 6.4 percent, while the number of traders rose 12.0 percent.

3. Why did turnover fall when trader numbers rose?
Once the road to the coast reopened, many larger buyers went back to the wholesale markets in the port cities, and the new traders each bought less. Lower prices for dried fruit also cut the value of each load.
`;

const PRESSER = `TRANSCRIPT: Press conference of the Alashankou Municipal Government on the land port in the first half of 2031
Held in Alashankou on 14 July 2031

Speakers:
Ou Ming, spokesman of the Alashankou Municipal Government
Ren Kai, director of the Alashankou Port Office

OU MING: Good morning. From January to June the port handled 2.10 million tonnes of freight, up 11.0 percent. Imports of wheat were 0.42 million tonnes, up 48.5 percent, and imports of wool fell 6.1 percent.

REPORTER (Alashankou Daily): Wheat imports grew by almost half. What is driving them?

REN KAI: Mostly flour mills in the region, which had a poor local harvest last year. The new grain silo we opened in April also lets wagons unload in a day.

REPORTER (Xinjiang TV): Why did wool imports fall?

REN KAI: Herders across the border kept more sheep for meat, so less wool came in.

OU MING: Thank you all.
`;

const RADIO = `PORT TALK - Programme transcript
Broadcast: 9 May 2031, Jilin People's Radio
Host: Wen Yu
Guest: Pei Song, researcher, Northeast Asia Institute

WEN YU: Good evening. Tonight we look at Hunchun, where cross-border business has dropped off this spring.

PEI SONG: Thank you, glad to be here.

WEN YU: How did Hunchun do last year?

PEI SONG: 2030 was a good year. Hunchun's foreign trade reached 2.2 billion dollars, up 8.1 percent.

WEN YU: And this spring?

PEI SONG: Very hard. Trade in January to March 2031 was 0.31 billion dollars, down 38.5 percent.

WEN YU: What's behind such a steep fall?

PEI SONG: I see two things. First, the won fell sharply, so Chinese goods cost far more for buyers across the border. Second, the seafood plants there shut for repairs.

WEN YU: What could help Hunchun recover?

PEI SONG: A bonded warehouse would help.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "mode.md": MODE, "fair.md": FAIR, "plain.md": PLAIN, "zero.md": ZERO, "checks.md": CHECKS, "online.md": ONLINE, "faq.txt": FAQ, "presser.txt": PRESSER, "radio.txt": RADIO }));
});
afterAll(() => close());

describe("a kind of trade asked bare", () => {
  it("is a definition, not a figure; a place's or a total's trade is still a figure", () => {
    expect(explainParts("what is kiosk trade?").map((p) => p.kind)).toEqual(["definition"]);
    expect(explainParts("what is cross-border barter trade").map((p) => p.kind)).toEqual(["definition"]);
    expect(explainParts("what is total trade?")).toEqual([]);
    expect(explainParts("what was the kiosk trade?")).toEqual([]);
    expect(explainParts("what is the border trade?")).toEqual([]);
  });

  it("reads 'Since the pilot was launched, …' as what the scheme named before brings", () => {
    expect(underNamed("Since the pilot was launched in 2029, traders have paid less.")).toBe(true);
    expect(underNamed("Since the spring, traders have paid less.")).toBe(false);
  });

  it("is answered by the sentence that defines it and the one that says what it brings", async () => {
    const a = await ask("what is kiosk trade? (linyi)");
    expect(a.mode).toBe("passages");
    expect(a.answer).toContain("designed for small traders");
    expect(a.answer).toContain("single monthly declaration");
    expect(a.answer).not.toContain("61.4");
  });
});

describe("where an event was held", () => {
  it("is asked by 'where was … held', 'where is … located' and 'what was the venue'", () => {
    for (const q of ["where was the first tea fair held", "where is the logistics park located?", "what was the venue of the fair?"]) {
      expect(explainParts(q).map((p) => p.kind)).toEqual(["venue"]);
    }
    expect(explainParts("where are its duty-free stores located?").map((p) => p.kind)).not.toContain("venue");
  });

  it("is answered by the sentence that gives the venue, though it does not name the fair again", async () => {
    const a = await ask("where was the first lakeside tea fair held");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("Trade and Convention Hall");
    expect(a.answer).not.toContain("Kunming");
  });

  it("abstains when no sentence gives where the meeting was", async () => {
    const a = await ask("where was the tea growers' meeting held?");
    expect(a.abstained).toBe(true);
  });
});

describe("tariffs removed", () => {
  it("lift trade, while tariffs raised weigh on it", () => {
    expect(onlyDown("Zero tariffs on machinery were the biggest driver.")).toBe(false);
    expect(direction("Tariff-free imports of parts helped the plants.")).toBe("up");
    expect(onlyDown("New tariffs on steel were the main cause.")).toBe(true);
  });

  it("answer what drove a jump, asked with its figure", async () => {
    const a = await ask("what did customs say drove weining's 41.2% trade jump in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("Zero tariffs on machinery");
  });
});

describe("a change after tighter rules", () => {
  it("gives the rules as its cause; a mere time after does not", () => {
    expect(cueWeight("cause", "Imports fell 9 percent, after tighter controls on scrap metal.")).toBeGreaterThanOrEqual(2);
    expect(cueWeight("cause", "Imports fell 9 percent after the holiday.")).toBeLessThan(2);
  });

  it("answers why the trade fell with that sentence", async () => {
    const a = await ask("why did ruili's barter trade drop in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("stricter checks");
  });
});

describe("a crisis that made people act", () => {
  it("is a cause, and no setback the sentence speaks of", () => {
    const said = "The pandemic pushed shoppers in Europe to buy wigs online.";
    expect(cueWeight("cause", said)).toBeGreaterThanOrEqual(2);
    expect(onlyDown(said)).toBe(false);
    expect(onlyDown("The pandemic closed the border for a month.")).toBe(true);
  });

  it("answers what drove a channel's growth according to the bureau, asked in short", async () => {
    const a = await ask("what drove xuchang's cross border ecommerce growth in 2030, acc to the commerce bureau");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("pushed shoppers");
  });
});

describe("an FAQ's numbered question", () => {
  it("is answered by the paragraph after it", async () => {
    const a = await ask("why did dali border market turnover fall in 2031 even though trader numbers went up?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("went back to the wholesale markets");
    expect(a.answer).not.toContain("8,000 yuan");
  });
});

describe("a transcript's speakers labelled in capitals", () => {
  it("answer who answered on a topic and what reason he gave, by that turn", async () => {
    const a = await ask("alashankou presser h1 2031: who answered on wheat and what reason did he give for the surge");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("Ren Kai");
    expect(a.answer).toContain("flour mills");
    expect(a.answer).not.toContain("kept more sheep");
  });
});

describe("a radio guest's explanation", () => {
  it("is the guest's answer to the host's question of the asked kind and way, though it shares no word", async () => {
    const a = await ask("why did hunchun trade collapse in early 2031 per the radio guest?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("the won fell sharply");
    expect(a.answer).not.toContain("bonded warehouse");
  });
});
