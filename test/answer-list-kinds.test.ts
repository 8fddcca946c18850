import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// List questions answered with the names of the wrong list, over made-up articles (no evaluation set's figures): the
// list that fits what is asked, or none.

const REPORT = `---
title: "Report on the work of the Shaanxi government (excerpt)"
published: "2019-01-20"
---
Shaanxi's foreign trade grew 11.3 percent to 351.3 billion yuan in 2018.

New platforms took shape. The China (Shaanxi) Pilot Free Trade Zone opened in April with its three areas in Xianyang, Baoji and Yulin.
`;

const BRIEFING = `---
title: "Press conference on Shaanxi's foreign trade in the first three quarters of 2019"
published: "2019-10-22"
---
Shaanxi's trade ranked fifth among the western provinces, behind Sichuan, Chongqing and Guangxi.

Trade of the province's pilot areas and cities grew 6.2 percent.
`;

const CLUSTER = `---
title: "Fields abroad: how Baoding's tractor cluster went global"
published: "2017-11-20"
---
Exports of the Baoding tractor cluster rose 8.1 percent to 3.4 billion yuan in the first ten months of 2017.

The markets are mostly in the south. Peru, Ghana, Kenya and Chile were the cluster's four biggest buyers, followed by Laos.

Local officials hope tractor exports will pass 5 billion yuan for the full year 2017.
`;

const ORE = `---
title: "Zibo's trade passes 2 billion dollars as bauxite bill swells"
published: "2012-01-20"
---
Zibo's imports and exports reached 2.31 billion US dollars in 2011, up 18.2 percent.

Bauxite imports rose 21.5 percent to 8.3 million tonnes. Guinea supplied 3.1 million tonnes, Ghana 2.2 million tonnes and Jamaica 1.4 million tonnes, with the remainder coming from Fiji and Guyana.

Zibo shipped 0.52 million tonnes of ceramics abroad, up 11.4 percent, mainly to Chile, Kenya and Oman.
`;
const COAL = `---
title: "Linfen's coke exports climb in 2013"
published: "2014-01-22"
---
Linfen's coal imports grew 9.1 percent to 4.2 million tonnes in 2013.

Linfen shipped 1.33 million tonnes of coal abroad, up 7.7 percent, mainly to Japan, India and Brazil.
`;

const NICKEL = `---
title: "Wenzhou's nickel bill swells in 2012"
published: "2013-01-21"
---
Wenzhou's imports and exports reached 20.4 billion US dollars in 2012, up 3.3 percent, Wenzhou Customs said on Monday.

Liu Fang, deputy director of the city bureau, said the nickel bill rose faster than the tonnage because contract prices went up, and spot cargoes were even dearer.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "report.txt": REPORT, "briefing.md": BRIEFING, "cluster.md": CLUSTER, "ore.txt": ORE, "coal.txt": COAL, "nickel.txt": NICKEL }); });
afterAll(async () => over.close());

describe("the cities of a zone's areas", () => {
  it("names the cities the zone's areas are in, not another list of places in the article", async () => {
    const a = await over.ask("which cities are the 3 areas of the shaanxi pilot FTZ");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Xianyang, Baoji and Yulin:/);
  });
});

describe("main markets asked after a lead that names the place", () => {
  it("'X cluster - main export markets in 2017?' names the markets, not a figure's sentence", async () => {
    const a = await over.ask("baoding tractor cluster - main export markets in 2017?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Peru, Ghana, Kenya and Chile:/);
  });
});

describe("where goods came from", () => {
  it("'where did X get its ore from' names the suppliers of a list of names with their figures", async () => {
    const a = await over.ask("where did zibo get its bauxite from in 2011?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Guinea, Ghana, Jamaica, Fiji and Guyana:/);
  });
  it("never names where other goods went ('shipped abroad, mainly to …') as where goods came from", async () => {
    const a = await over.ask("which countries did linfen's coal come from in 2013?");
    expect(a.answer).not.toMatch(/Japan|India|Brazil/);
  });
  it("abstains when no sentence names where the goods came from, quoting no passage instead", async () => {
    const a = await over.ask("where did wenzhou get its nickel from in 2012?");
    expect(a.abstained, a.answer).toBe(true);
  });
  it("still answers which office gave out figures from the passage that says so", async () => {
    const a = await over.ask("which customs office put out wenzhou's 2012 trade data?");
    expect(a.abstained, a.answer).toBe(false);
  });
});
