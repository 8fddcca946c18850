import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { labelledBy } from "../retrieval/explain/transcript.js";

// "Who explained X?" of a transcript: the sentence that explains X, deep in a speaker's paragraph, is the speaker's its
// paragraph's label names ("Pan Qingshu: …"), quoted with that label. Made-up transcript (no evaluation set's place,
// person or number).

const TRANSCRIPT = `PRESS CONFERENCE ON LISHUI'S TRADE IN THE FIRST THREE QUARTERS OF 2031

Host: Xu Lanfang, spokesperson of the Lishui municipal information office

Xu Lanfang: Good morning. Today we have invited Mr Pan Qingshu and Ms Zhou Meiling to brief you.

Reporter, Lishui Daily: Could you tell us how the different parts of the city performed?

Pan Qingshu: Development across the city has become more balanced. The lowland districts traded 31.6 billion yuan, up 3.2 percent. Taken together, the hill counties accounted for 21.4 percent of the city's trade, 0.8 percentage points higher than a year earlier. This is thanks to the new rail freight line to the coast and the spread of bamboo processing plants.

Reporter, Radio Lishui: What about the outlook?

Zhou Meiling: We expect steady growth in the fourth quarter, though the comparison base is high.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "lishui-q1-q3-2031-transcript.txt": TRANSCRIPT }));
});
afterAll(() => close());

describe("a transcript's speaker", () => {
  it("is named by the label of the paragraph whose sentence answers, with the reasons he gave", async () => {
    const a = await ask("at the lishui presser who explained the rising share of the hill counties, and what reasons did he give?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("Pan Qingshu");
    expect(a.answer).toContain("rail freight line");
    expect(a.answer).not.toContain("Zhou Meiling");
  });
});

describe("the label of a speaker's turn (labelledBy)", () => {
  it("is the nearest label back, when turns are split by one line break", () => {
    const text = "Zhao Wei: Exports led.\nLi Na: Imports were weak. Demand was soft. Prices fell.";
    const spans = ["Zhao Wei: Exports led.", "Li Na: Imports were weak.", "Demand was soft.", "Prices fell."]
      .map((t) => ({ text: t, start: text.indexOf(t), end: text.indexOf(t) + t.length }));
    expect(labelledBy({ ...spans[3]!, preceding: spans.slice(0, 3) })?.text).toBe("Li Na: Imports were weak.");
  });
});
