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
