import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { explainParts } from "../retrieval/explain.js";
import { attributionWords } from "../retrieval/explain/attribution.js";
import { stem } from "../retrieval/figures/select.js";

// What a place does about a problem, asked of a briefing ("how is X handling …, and who answered?"), of a numbered
// measures document ("what financial support does the document offer?") and of a spokesman's quotation ("how did
// customs explain …? who said it") (made-up articles: no evaluation set's place, person or number).

const BRIEFING = `---
title: "Transcript: Northvale Department of Commerce press conference on trade in the first half of 2031"
date: 2031-07-20
---

**Host (Pan Xiu, spokesperson of the Northvale Information Office):** Good morning. With us today are Ren Qiaoyu, deputy director-general of the Northvale Department of Commerce, and Dai Hongbo, deputy director of Eastport Customs. First, Ms Ren.

**Ren Qiaoyu:** Thank you. In the first half, Northvale's imports and exports reached 212.47 billion yuan, up 6.3 percent. Exports were 120.55 billion yuan and imports 91.92 billion yuan.

**Dai Hongbo:** I will add some customs figures. Trade with the Andean countries was 31.18 billion yuan, up 14.2 percent. Border trade reached 22.64 billion yuan.

**Reporter (Northvale Daily):** How did the bonded zones perform, and how is the province coping with the new tariffs in the Lusitanian market?

**Ren Qiaoyu:** The three bonded zones recorded 45.73 billion yuan of trade, up 8.8 percent. As for Lusitania, trade fell 9.4 percent to 12.06 billion yuan. We are helping firms move to Andean and Nordic markets and to open bonded showrooms abroad.

**Reporter (Eastport Evening News):** What is the outlook for the second half?

**Dai Hongbo:** Customs will keep round-the-clock clearance at the land ports and extend advance declaration to more goods.
`;

const MEASURES = `---
title: "Westmoor issues measures to keep foreign trade stable"
date: 2031-06-03
---
Issued by the General Office of the Westmoor Provincial Government, June 3, 2031

To keep foreign trade growing steadily, the Westmoor government has issued "Several Measures to Stabilise Foreign Trade". Westmoor's foreign trade reached 141.26 billion yuan in 2030,
and 58.37 billion yuan in the first five months of 2031.

The measures are as follows.

1. Keep land ports open. Speed up clearance at the Redgate and Stonebridge ports; set up transfer zones at each port.

2. Make full use of the river railway. Add freight services on the Lakeside route; give a subsidy of up to 2,400 yuan per container to first-time shippers.

3. Increase financial support. Set aside a special fund of 320 million yuan for trade development; raise the coverage of export credit insurance to 19 percent of exports; reward firms whose trade grows more than 12 percent with up to 0.8 million yuan each.

4. Develop new forms of trade. Support cross-border e-commerce and the building of 6 overseas warehouses.
`;

const SHIFT = `---
title: "Southbay's trade passes 800 billion yuan as general trade gains ground"
date: 2031-01-22
---
Southbay's foreign trade reached 812.44 billion yuan in 2030, up 2.1 percent, Southbay Customs said.

The biggest change was in the structure of trade. Processing trade came to 391.20 billion yuan, down 4.4 percent, while general
trade grew 11.7 percent to 302.58 billion yuan.

"The figures show that our upgrading is paying off," said Qiu Mingzhe, a spokesman for Southbay Customs. "Processing trade firms
are moving from working for foreign clients to selling their own labels, many of them switching to general trade." He added that
faster clearance had helped firms cope with thinner orders.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "briefing.md": BRIEFING, "measures.md": MEASURES, "shift.md": SHIFT }));
}, 60_000);
afterAll(() => close());

describe("how a place is handling a problem, and who answered", () => {
  it("reads 'how is X handling / coping with …' as what is done, and 'who answered?' as who said it", () => {
    expect(explainParts("northvale h1 2031 briefing - how is northvale handling the drop in lusitanian trade, and who answered?")
      .map((p) => p.kind)).toEqual(["action", "person"]);
    expect(explainParts("how are exporters coping with the new tariffs?").map((p) => p.kind)).toEqual(["action"]);
  });

  it("answers with the paragraph that answered the reporter who asked it too, and names its speaker", async () => {
    const a = await ask("northvale h1 2031 briefing - how is northvale handling the drop in lusitanian trade, and who answered?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("Andean and Nordic markets");
    expect(a.answer).toContain("Ren Qiaoyu");
    expect(a.answer).not.toContain("round-the-clock");
  });
});

describe("what support a numbered measures document offers", () => {
  it("reads 'what financial support does the document offer?' as asking what is done", () => {
    expect(explainParts("what financial support does westmoor's 2031 foreign trade measures doc offer?").map((p) => p.kind))
      .toEqual(["action"]);
  });

  it("answers with the measure its heading names, whole", async () => {
    const a = await ask("what financial support does westmoor's 2031 foreign trade measures doc offer?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("special fund of 320 million yuan");
    expect(a.answer).toContain("0.8 million yuan each");
    expect(a.answer).not.toContain("2,400 yuan per container");
  });
});

describe("how a body explained something, and who said it", () => {
  it("reads 'how did X explain …' as asking X's explanation", () => {
    expect(attributionWords("how did southbay customs explain the shift to general trade?", new Set([stem("southbay")])))
      .toEqual([stem("customs")]);
  });

  it("answers with the body's spokesman's words, and names him", async () => {
    const a = await ask("how did customs explain the shift from processing trade to general trade (2030 numbers)? who said it");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("own labels");
    expect(a.answer).toContain("Qiu Mingzhe");
  });
});
