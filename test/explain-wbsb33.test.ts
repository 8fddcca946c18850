import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { explainParts } from "../retrieval/explain/asks.js";

// Explanations answered wrongly: what worries a person asked beside who they are, who said a quoted sentence that
// follows the one naming its speaker, a host's "What is driving that growth?" that asks on about the turn before,
// and what a columnist says a place should do in three numbered steps; over made-up articles: no evaluation set's
// place, person or number.

const INTERVIEW = `---
title: "Two voices on Rizhao's glass exports in 2031"
published: "2032-01-18"
---
Glass exports through Rizhao port rose in 2031. We spoke to Qian Boyu, general manager of Rizhao Clearview Glass Co, a private maker of float glass, and to Lu Fang, deputy director of Rizhao Customs, about the year.

**Q: Mr Qian, how did your company do?**

**Qian Boyu:** We exported 410,000 tonnes last year, worth 1.7 billion yuan, up 9.1 percent in value.

**Q: What worries you for 2032?**

**Qian Boyu:** Freight insurance costs on the southern routes. Our insurers doubled the premium in the autumn. Also, two buyers in Chile have opened safeguard cases against our sheet glass.
`;

const CITIES = `---
title: "Inland cities climb the trade table in 2031"
published: "2032-02-03"
---
Luzhou's trade rose 12.4 percent to 96.3 billion yuan in 2031, lifting it past Yibin in the provincial ranking.

"Five years ago nobody would have put Luzhou next to the river ports," said Fan Qiming, a trade analyst at Northgate Research. "Barge freight and the new dry port have changed the costs of shipping from the hills."

Yibin's trade rose 1.1 percent.
`;

const OTHER = `---
title: "Dry ports in the south-west"
published: "2032-02-10"
---
"Ten years ago a container from Luzhou went by road to the coast. Now it can go by barge in three days," said Pei Dongsheng, deputy head of the Luzhou dry port office.
`;

const QA = `---
title: "Q&A: Gansu commerce official on trade with Central Asia"
published: "2031-08-20"
---
*We spoke with Ren Xiaolan, deputy director-general of the Gansu Provincial Department of Commerce, about the province's trade in the first seven months.*

**Q: How has Gansu's foreign trade done so far this year?**

**Ren:** From January to July, Gansu's imports and exports were 41.2 billion yuan, down 1.3 percent.

**Q: And trade with RCEP partner countries?**

**Ren:** That is the bright spot. Our trade with RCEP partner countries reached 9.8 billion yuan in the seven months, up 14.2 percent, and made up 23.8 percent of the provincial total.

**Q: What is driving that growth?**

**Ren:** Three things. First, tractors. Tractors made in Lanzhou are selling well on the steppe. Gansu's tractor exports were 3.1 billion yuan in the seven months, up 28.4 percent. Second, the Lanzhou freight trains, which made 812 trips. For an inland province, the trains are our sea port. They carried 64,000 TEUs. Third, border warehouses: we now have 19 of them run by Gansu companies.
`;

const COLUMN = `---
title: "Opinion: Ningxia needs a plan for its wool trade"
published: "2031-04-02"
source: "Western Economic Review, opinion column by Du Yanping"
---
*Du Yanping is a former official of the Ningxia regional department of commerce and writes a monthly column on the economy of the north-west. The views are his own.*

Ningxia's wool exports fell 8.3 percent to 2.1 billion yuan in 2030.

What should the region do? First, it should stop treating the desert as a barrier and treat it as a brand: the Zhongwei model shows that scouring wool locally can create jobs. Second, it should help spinning mills follow their buyers abroad rather than wait for orders from Yinchuan. Third, it should press for the long-promised rail link that would give Ningxia a faster route to the ports of the east.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "interview.md": INTERVIEW, "cities.md": CITIES, "other.md": OTHER, "qa.md": QA,
    "column.md": COLUMN }));
});
afterAll(() => close());

describe("what worries a person, asked beside who they are", () => {
  it("reads 'what worries him about 2032?' as the risk a speaker saw", () => {
    expect(explainParts("who is qian boyu and what worries him about 2032?").map((p) => p.kind)).toEqual(["person", "challenge"]);
    expect(explainParts("what worried her about the coming year?").map((p) => p.kind)).toEqual(["challenge"]);
  });
  it("answers who the person is and what worries him with the interview's turn", async () => {
    const a = await ask("who is qian boyu and what worries him about 2032?");
    expect(a.answer).toContain("general manager");
    expect(a.answer).toContain("safeguard cases");
  });
});

describe("who said a quoted sentence that follows the one naming its speaker", () => {
  it("names the speaker of the paragraph's first quote", async () => {
    const a = await ask("who said barge freight and the new dry port changed the costs of shipping from the hills?");
    expect(a.answer).toContain("Fan Qiming");
    expect(a.answer).not.toContain("Pei Dongsheng");
  });
});

describe("a host's question that asks on about the turn before", () => {
  it("answers what drives the trade with the answer to 'What is driving that growth?'", async () => {
    const a = await ask("what's driving gansu's rcep partner trade acc to the commerce dept official?");
    expect(a.answer).toContain("First, tractors");
    // (all three things, though the answer runs past five sentences)
    expect(a.answer).toContain("border warehouses");
  });
});

describe("what a columnist says a place should do, in numbered steps", () => {
  it("quotes all the steps, not only the one naming the place", async () => {
    const a = await ask("what does du yanping say ningxia should do?");
    expect(a.answer).toContain("stop treating the desert");
    expect(a.answer).toContain("spinning mills");
    expect(a.answer).toContain("rail link");
  });
});
