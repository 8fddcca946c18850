import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { cueWeight, RESULT_OPENS } from "../retrieval/explain/cues.js";

// Explanations in shapes the explainer missed: a result that opens "As a result …" after the paragraph that gives its
// cause, a revision's reason ("revised … after adding …"), and a high base the article dates to the same months a
// year before the asked ones; over made-up articles: no evaluation set's place, person or number.

const RESULT = `---
title: "Wuhu's imports of Japanese machine tools lift trade in 2031"
published: "2032-01-18"
---
Wuhu, a manufacturing city in Anhui province, recorded imports and exports of 48.31 billion yuan in 2031, up 7.4 percent, according to Wuhu Customs.

Imports of machine tools and robot arms, most of them for the city's new battery and excavator plants, were the largest single item at 9.72 billion yuan, up 15.6 percent. Imports of copper foil were 2.14 billion yuan, down 3.3 percent.

As a result Japan was by far the city's largest trading partner. Trade with Japan grew 12.8 percent to 8.85 billion yuan.

Rice exports were small. Shipments of rice fell 4.1 percent. As a result the city's farm exports were a smaller share of its trade.
`;

const REVISED = `---
title: "Yantai's trade in 2031"
published: "2032-01-16"
---
Yantai's foreign trade reached 58.4 billion yuan in 2031, up 5.2 percent, Yantai Customs said on Thursday.

The city's exports of fruit came to 1.97 billion yuan, up 3.1 percent, customs said.

UPDATE (Jan. 17): Yantai Customs on Friday revised the city's 2031 exports of fruit to 2.12 billion yuan, up 8.4 percent, from the 1.97 billion yuan it gave on Thursday, after adding apple shipments declared at Penglai that had first been filed under fruit juice. The city's total trade is unchanged.
`;

const BASE = `---
title: "Rizhao's trade slips in first four months"
published: "2031-05-21"
---
Rizhao's imports and exports fell 2.7 percent year on year to 21.36 billion yuan in the first four months of 2031, according to Rizhao Customs. Exports dropped 5.1 percent to 6.24 billion yuan.

The city's monthly exports fell again in April. Customs official Zhao Min blamed weaker orders from Vietnamese buyers of steel pipe, and a high base: in the first four months of 2030 exports had jumped 21.3 percent on the back of a one-off order for crane parts.

In the first four months of 2029 the port shipped 3.2 million tonnes of coal.
`;

// (a high base told only by the rise it was, and dated to all the year before)
const LAST_YEAR = `---
title: "Zibo's exports fall in first quarter"
published: "2031-04-19"
---
Zibo's exports fell 4.4 percent to 8.93 billion yuan in the first quarter of 2031, Zibo Customs said.

A high base was to blame: exports had surged 30.2 percent last year when a single buyer stocked up on tyres.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "result.md": RESULT, "revised.md": REVISED, "base.md": BASE, "last-year.md": LAST_YEAR }));
});
afterAll(() => close());

describe("a result that says it is one ('As a result …')", () => {
  it("is a cause's sentence, and not one that names what it results from ('as a result of' is a cause)", () => {
    expect(RESULT_OPENS.test("As a result Japan was by far the city's largest trading partner.")).toBe(true);
    expect(RESULT_OPENS.test("Consequently, the deficit widened.")).toBe(true);
    expect(RESULT_OPENS.test("As a result of the strike, exports fell.")).toBe(false);
    expect(cueWeight("cause", "As a result Japan was by far the city's largest trading partner.")).toBe(3);
    expect(RESULT_OPENS.test("That is why the port's imports fell.")).toBe(true);
    expect(RESULT_OPENS.test("Thus far the port has handled 2 million containers.")).toBe(false);
  });

  it("answers why a partner is the largest with the paragraph before the result that opens its own", async () => {
    const a = await ask("why is japan wuhu's biggest trade partner in 2031?");
    expect(a.answer).toContain("machine tools and robot arms");
    expect(a.answer).toContain("As a result Japan was by far");
  });

  it("quotes only the sentence before a result inside its paragraph", async () => {
    const a = await ask("why were wuhu's farm exports a smaller share of its trade in 2031?");
    expect(a.answer).toContain("Shipments of rice fell 4.1 percent");
    expect(a.answer).not.toContain("Rice exports were small");
  });
});

describe("what made a revision", () => {
  it("is a cause's cue: 'revised … after adding …', 'corrected … to exclude …'", () => {
    expect(cueWeight("cause", "Customs revised the figure to 2.1 billion yuan after adding shipments filed under juice."))
      .toBe(3);
    expect(cueWeight("cause", "The bureau corrected its total to exclude re-exports.")).toBe(3);
    expect(cueWeight("cause", "Customs revised the total on Monday after its auditors found crates counted twice.")).toBe(3);
    // (a figure revised with no reason given is no reason)
    expect(cueWeight("cause", "Customs revised the figure to 2.1 billion yuan on Friday.")).toBe(0);
  });

  it("answers why customs revised a figure with the revision's sentence", async () => {
    const a = await ask("why did yantai customs revise the 2031 fruit exports figure?");
    expect(a.answer).toContain("Penglai");
    expect(a.answer).toContain("fruit juice");
  });
});

describe("a high base a year before the asked months", () => {
  it("answers why exports fell with the base the article dates to the same months a year before", async () => {
    const a = await ask("why did rizhao's exports drop in jan-apr 2031?");
    expect(a.answer).toContain("high base");
    expect(a.answer).toContain("crane parts");
    // (a sentence of another earlier period, with no base, is still no reason)
    expect(a.answer).not.toContain("coal");
  });
});

describe("a high base a year before, told by the rise it was", () => {
  it("is a cause's cue: 'a base effect'", () => {
    expect(cueWeight("cause", "The fall in the quarter was a base effect.")).toBe(3);
  });

  it("answers why exports fell with a base that speaks only of a rise, dated to all the year before", async () => {
    const a = await ask("why did zibo's exports fall in q1 2031?");
    expect(a.answer).toContain("stocked up on tyres");
  });
});
