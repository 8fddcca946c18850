import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// When no figure answers a question, a sentence may be quoted that states it; never one that only holds the figures
// the answer would be worked out from. Made-up articles.
const TRAINS = `---
title: "Freight trains from Taiyuan"
published: "2021-01-18"
---
TAIYUAN, Jan. 17 (Xinhua) -- The Jinou China-Europe freight train service, based in Taiyuan, made 1,260 trips in 2020, up 41.5 percent from 890 trips in 2019, local authorities said on Sunday.
`;
const DISTRICT = `---
title: "Nanxi customs district trade in the first ten months"
published: "2022-11-20"
---
In the first ten months of 2022, exports through the Nanxi customs district rose 5.4 percent to 91.2 billion yuan, while imports fell 3.1 percent to 47.5 billion yuan.
`;

const PORT = `---
title: "Beihai port's crude imports in the first half"
published: "2024-07-20"
---
In the first half of 2024, crude oil imports through Beihai port were 4.12 million tonnes, with a value of 17.9 billion yuan, and
the port handled 1.02 million TEUs of containers.
`;

const SERVICE = `---
title: "Hegang freight trains"
published: "2032-01-14"
---
The China-Europe Railway Express (Hegang) made 612 trips in 2031, up 27.4 percent from the previous year, the city's logistics office said on Wednesday.
`;

const RANKING = `---
title: "Hegang second in the province for new three exports"
published: "2032-01-24"
---
Hegang ranked second among the province's 13 cities in new three exports in 2031, behind Jixi and ahead of Qitaihe, whose new three exports were 12.3 billion yuan.
`;

const REMARKS = `---
title: "Q&A on Taiyuan's foreign trade in 2020"
published: "2021-01-25"
---
Taiyuan's foreign trade grew in 2020, the city's statistics bureau said at a briefing on its trading partners.

Liu Mingyu: Africa was the fastest-growing market, with Kenya and Egypt buying more machinery from Taiyuan companies.

`;

const MEASURES = `---
title: "Taiyuan issues measures to keep foreign trade stable"
published: "2021-05-20"
---
The measures are meant to help Taiyuan's exporters through 2021.

Set aside a special fund of 300 million yuan for foreign trade development; reward enterprises whose 2021 imports and exports grow more than 15 percent.
`;

const MONTH = `---
title: "Hegang's trade decline narrows in June"
published: "2031-07-16"
---
Hegang, July 16, 2031 -- Foreign trade in Hegang fell 12.6 percent year on year to 7.48 billion US dollars in the first half of 2031, the city's customs said on Wednesday.

The decline narrowed in June. The city's imports and exports totaled 1.37 billion dollars in the month, down 9.2 percent, the smallest monthly drop so far this year.
`;

const PART = `---
title: "Qitaihe's trade by district in 2030"
published: "2031-02-10"
---
Qitaihe's services trade, which is counted separately, reached 44.6 (USD 100 million) in 2030 in transport services alone.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "trains.md": TRAINS, "district.md": DISTRICT, "port.md": PORT,
    "remarks.md": REMARKS, "service.md": SERVICE, "ranking.md": RANKING, "measures.md": MEASURES,
    "month.md": MONTH, "part.md": PART }));
}, 120_000);
afterAll(() => close());

describe("a quoted sentence", () => {
  it("is no answer to a share no sentence states", async () => {
    const a = await ask("what share of all china-europe train trips in 2020 did taiyuan's jinou service make?");
    expect(a.answer).not.toMatch(/quoted, not computed/);
    expect(a.abstained).toBe(true);
  });
  it("is no answer to an earlier level the question's stated change implies", async () => {
    // (a district the gazetteer does not know: no plan can work the level out, and the sentence with the later level
    // and the change is not quoted as if it stated the earlier one)
    const a = await ask("nanxi customs district imports fell 3.1% in jan-oct 2022 - what were they in jan-oct 2021?");
    expect(a.answer).not.toMatch(/quoted, not computed/);
    expect(a.abstained).toBe(true);
  });
  it("is no answer to a figure the question asks worked out: a value per tonne, a difference, 'by how much'", async () => {
    for (const q of ["beihai port h1 2024 crude imports - what's the avg value per tonne?",
      "beihai port h1 2024: crude imports value minus its container count?"]) {
      const a = await ask(q);
      expect(a.answer, q).not.toMatch(/quoted, not computed/);
    }
  });
  it("is no answer to an earlier level asked 'based on' a later year's growth", async () => {
    const a = await ask("how many trips did hegang's china-europe trains make in 2030, based on the 2031 growth");
    expect(a.answer).not.toMatch(/quoted, not computed/);
  });
  it("is no answer to a place's flow when it names that flow only as a part's ('whose new three exports were')",
    async () => {
      const a = await ask("qitaihe exports in 2031?");
      expect(a.answer).not.toMatch(/quoted, not computed/);
      expect(a.abstained).toBe(true);
    });
  it("that names what was asked without the figure asked of it says the figure is not stated", async () => {
    const a = await ask("which of taiyuan's trading partners grew fastest in 2020 and by how much?");
    expect(a.abstained).toBe(true);
    expect(a.missing).toEqual(["the figure asked"]);
  });
  it("is no answer when its money is a fund given to trade, not an amount of trade", async () => {
    const a = await ask("taiyuan total foreign trade in 2021?");
    expect(a.answer).not.toMatch(/quoted, not computed|foreign trade was 300 million/);
    expect(a.abstained).toBe(true);
  });
  it("is no answer to a full year when its figure is of 'the month' the sentence before named", async () => {
    const a = await ask("hegang full year 2031 total imports and exports?");
    expect(a.answer).not.toMatch(/quoted, not computed/);
    expect(a.abstained).toBe(true);
  });
  it("is no answer to a whole when its figure is of a part said 'alone'", async () => {
    const a = await ask("whats qitaihe's total services trade in 2030");
    expect(a.answer).not.toMatch(/quoted, not computed/);
    expect(a.abstained).toBe(true);
  });
});
