import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Explanations a speaker gives in words the cues must read: "he put the jump down mainly to …". Made-up articles (no
// evaluation set's place, person or number).

const PORT = `Karsdale border port trade passes 3 billion dollars
March 2, 2031
By staff writer

KARSDALE, March 2 -- Imports and exports through Karsdale reached 3.18 billion dollars in 2030, up 22.4 percent, the city's port affairs office said on Monday.

Exports jumped 41.2 percent to 1.27 billion dollars. "Buyers across the border want toys, bicycles and canned fish, and we can deliver within a day," said Ren Qiao, deputy director of the Karsdale port affairs office. He put the jump in exports down mainly to household goods sold to the coastal provinces across the border, and to the new bonded warehouse opened in June, which cut clearance from three days to five hours.

Some 38 sawmills now operate in the Karsdale Border Zone, turning imported logs into flooring that is shipped on to Singapore.
`;

const CORRECTED = `---
title: "Vellmar's foreign trade reaches 88.17 billion yuan in 2032 (corrected)"
published: "2033-01-26"
---
**Correction notice, January 26, 2033.** The release issued by Vellmar Customs on January 21 stated that Vellmar's exports to Chile in 2032 were 12.63 billion yuan, up 18.2 percent. Because of a typing error in which a digit was dropped, these figures were wrong. The correct figures are 12.36 billion yuan of exports to Chile, up 15.7 percent. All other figures are unchanged.

Vellmar's imports and exports rose 6.1 percent to 88.17 billion yuan in 2032.

Exports of furniture, mainly sofas and beds, rose 9.9 percent to 4.02 billion yuan.
`;

const ANALYSIS = `---
title: "Karsdale Customs: analysis of foreign trade in the first half of 2033"
published: "2033-07-19"
---
Karsdale's imports and exports rose 8.2 percent to 61.04 billion yuan in the first half of 2033.

Risks remain in the second half: port congestion abroad is still severe, the shortage of reefer containers has kept freight rates high, and rising prices of steel are squeezing exporters' margins.

Karsdale Customs will extend the 'one-stop inspection' and 'early release' models, open a night lane at the rail port, and keep overall clearance time under four hours.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "karsdale.txt": PORT, "vellmar.md": CORRECTED, "analysis.md": ANALYSIS }); });
afterAll(async () => over.close());

describe("a reason put down mainly to", () => {
  it("quotes the sentence that puts the jump 'down mainly to' its causes", async () => {
    const a = await over.ask("what was behind karsdale's export jump in 2030 according to the port office?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/bonded warehouse/);
  });
});

describe("a correction explained", () => {
  it("quotes the figures 'these figures were wrong' points back to, and the correct ones after it", async () => {
    const a = await over.ask("why did vellmar customs correct its jan 21 release on vellmar's 2032 trade?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/typing error/);
    expect(a.answer).toMatch(/12\.63 billion yuan/);
    expect(a.answer).toMatch(/12\.36 billion yuan/);
  });
});

describe("what someone is going to do", () => {
  it("reads 'what's customs going to do?' as a plan, answered by what it will do", async () => {
    const a = await over.ask("karsdale customs h1 2033 analysis - what risks for h2 and what's customs going to do?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/freight rates/);
    expect(a.answer).toMatch(/one-stop inspection/);
  });
});
