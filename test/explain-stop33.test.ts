import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { cueWeight, direction } from "../retrieval/explain/cues.js";
import { definedTerm, explainParts } from "../retrieval/explain/asks.js";

// Explanations in shapes the explainer missed: a reason a few sentences on in the paragraph of the goods, a host's
// question that only names a topic, a rule widened "from … to …", what a begun thing set off, and the asks "what was
// the worry?", "how does the X policy work?", "what changed for X?"; over made-up articles: no evaluation set's place,
// person or number.

const PARAGRAPH = `---
title: "Weihai's trade in 2031"
published: "2032-01-20"
---
Weihai's foreign trade reached 61.3 billion yuan in 2031, the municipal bureau of commerce said.

Weihai's furniture exports fell 18.2 percent to 3.41 billion yuan in 2031. Shipments went to 42 countries, down from 47. The main reason was a dock strike. Workers at the container terminal walked out for six weeks in the spring, and two shipping lines skipped the city until June.

Seafood exports were steady.
`;

const TRANSCRIPT = `Transcript: Two officials on Zhoushan's port trade in 2031
Zhoushan Media Center | January 12, 2032

The following is an edited transcript of an interview with Li Wenbo, deputy director of the Zhoushan port office. The host is Gao Yan.

Gao Yan: How did the port do last year?

Li Wenbo: Trade through the port reached 88.4 billion yuan, up 7.7 percent.

Gao Yan: And the bonded fuel policy in Zhoushan?

Li Wenbo: Ships that refuel at Zhoushan's anchorages, if they sail on to a foreign port, can take on fuel free of consumption tax. Last year 6.2 million tonnes of fuel were supplied under this policy.

Gao Yan: Mr. Li, the shore power scheme is what shipowners ask about most. How is it working?

Li Wenbo: Ships that berth for more than three hours must plug into shore power, and the port pays half the cost of the cables. Last year 1,240 ships used it.
`;

const WIDENED = `---
title: "Lianyungang bonded zone trade rises after March reform"
published: "2031-07-15"
---
Lianyungang's imports and exports rose 9.3 percent to 52.6 billion yuan in the first half of 2031, the city's customs said. Exports grew 11.2 percent.

With the reform of March 3, the list of goods that bonded firms may import tax-free was widened from about 300 tariff lines to about 1,100 tariff lines. Bonded firms imported 2.4 billion yuan of such goods in the half.
`;

// (a sentence on the place's traders in general is no reason for the goods of its paragraph)
const EXPORTERS = `---
title: "Yantai's trade in the first two months"
published: "2031-03-20"
---
Yantai's glove exports fell 6.1 percent to 410 million yuan in January and February. "Prices of gloves keep falling, so export values drop even as volumes grow," said Ma Lin, deputy director of Yantai Customs. "Glove exports actually rose 9.3 percent by quantity in the two months." Ma said the city's exporters were turning to Africa as tariffs cut orders.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "paragraph.md": PARAGRAPH, "transcript.txt": TRANSCRIPT, "widened.md": WIDENED,
    "exporters.md": EXPORTERS }));
});
afterAll(() => close());

describe("a reason a few sentences on in the paragraph of the goods", () => {
  it("answers why the goods' exports fell with the paragraph's reason and the sentence that spells it out", async () => {
    const a = await ask("why did weihai's furniture exports fall in 2031?");
    expect(a.answer).toContain("dock strike");
    expect(a.answer).toContain("walked out for six weeks");
  });

  it("does not quote a sentence on the place's exporters in general that goes on in that paragraph", async () => {
    const a = await ask("why did yantai's glove exports fall in jan-feb 2031?");
    expect(a.answer).toContain("Prices of gloves keep falling");
    expect(a.answer).not.toContain("turning to Africa");
  });
});

describe("a host's question that only names a topic", () => {
  it("answers how a policy works with the answer to 'And the X policy?'", async () => {
    const a = await ask("how does the zhoushan bonded fuel policy work?");
    expect(a.answer).toContain("free of consumption tax");
  });
  it("answers how a scheme works with the answer to 'How is it working?'", async () => {
    const a = await ask("how does the zhoushan shore power scheme work?");
    expect(a.answer).toContain("plug into shore power");
  });
});

describe("what changed: a range widened from one size to another", () => {
  it("reads 'what changed for X' as a change asked, not a figure nor a company", () => {
    expect(explainParts("bonded zone reform (march 3) - what changed for tax-free imports?").map((p) => p.kind)).toEqual(["change"]);
    expect(explainParts("what has changed for exporters since the port opened?").map((p) => p.kind)).toEqual(["change"]);
    expect(explainParts("what changed on march 3 for the zone's tax-free imports?").map((p) => p.kind)).toEqual(["change"]);
  });
  it("reads 'widened from about 300 lines to about 1,100' as a change", () => {
    expect(cueWeight("change", "The list of goods was widened from about 300 tariff lines to about 1,100 tariff lines.")).toBe(3);
  });
  it("answers what changed with the sentence that says it, not the figures that rose", async () => {
    const a = await ask("lianyungang bonded zone reform (march 3) - what changed for tax-free imports?");
    expect(a.answer).toContain("1,100 tariff lines");
    expect(a.answer).not.toContain("Exports grew 11.2 percent");
  });
  it("answers what a reform changed without the figures that rose beside it", async () => {
    const a = await ask("lianyungang bonded zone reform - what changed?");
    expect(a.answer).toContain("1,100 tariff lines");
    expect(a.answer).not.toContain("Exports grew 11.2 percent");
  });
});

describe("the asks", () => {
  it("reads 'what was the worry?' as the risk a speaker saw", () => {
    expect(explainParts("who at the port office warned about h1 2031 and what was the worry?").map((p) => p.kind))
      .toEqual(["person", "challenge"]);
    expect(explainParts("what was the main concern of exporters?").map((p) => p.kind)).toEqual(["challenge"]);
    expect(explainParts("what was the port office worried about for h1 2031?").map((p) => p.kind)).toEqual(["challenge"]);
  });
  it("reads 'where did the growth come from?' as a cause, and where goods came from still as their source", () => {
    expect(explainParts("where did the city's trade growth come from in 2031?").map((p) => p.kind)).toEqual(["cause"]);
    expect(explainParts("Where did the growth come from?").map((p) => p.kind)).toEqual(["cause"]);
    expect(explainParts("where did the city's coal imports come from?").map((p) => p.kind)).toEqual(["source"]);
  });
  it("reads 'how does the X policy work?' as a definition of the policy, though its name says 'value-added'", () => {
    expect(explainParts("how does the lotus processing value-added policy work?").map((p) => p.kind)).toEqual(["definition"]);
    expect(definedTerm("how does the lotus processing value-added policy work?")).toBe("lotus processing value-added policy");
  });
  it("reads a boom, a doubling and a take-off as a rise (a fall's reasons do not answer them)", () => {
    expect(direction("why did the border market boom in 2031?")).toBe("up");
    expect(direction("how did the market manage to double its turnover?")).toBe("up");
    expect(direction("Sun said the market took off after farmers set up selling groups.")).toBe("up");
    // (a policy's name is no doubling)
    expect(direction("Under the city's 'double transfer' policy, plants moved inland.")).toBeUndefined();
  });
  it("reads 'took off after villagers set up cooperatives' as a reason", () => {
    expect(cueWeight("cause", "Sun said the market took off after local farmers set up selling groups.")).toBeGreaterThanOrEqual(2);
  });
});
