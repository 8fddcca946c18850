import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// List questions whose items a sentence names without figures (made-up articles, no evaluation set's figures): the
// items of the list that fits what is asked, or none.

const PLANTS = `---
title: "Weihai's trade grew 6.2 percent in 2031"
published: "2032-01-19"
---
Weihai's foreign trade grew 6.2 percent to 21.4 billion dollars in 2031, Weihai Customs said.

Bonded plants in Weihai and the nearby town of Rongcheng imported 81,000 tonnes of frozen raw fish last year, mostly herring and hake caught by Chilean and Peruvian trawlers, filleted and packed it, and shipped it back out to Japan, Italy and Canada.
`;

const PARKS = `---
title: "Yantai prefecture trade in 2031"
published: "2032-02-03"
---
Yantai's trade reached 40.2 billion yuan in 2031.

Longkou's processing parks imported 52,000 tonnes of frozen squid and shrimp last year, up 5.1 percent, most of it shipped in from Busan. Once peeled, the squid and shrimp are re-exported to Spain, Mexico, Chile and Portugal; the rest is sold to restaurants in Qingdao and Jinan.
`;

const BUSES = `---
title: "Zhengzhou's trade in the first half of 2031"
published: "2031-07-20"
---
Zhengzhou's imports and exports rose 4.4 percent to 290.1 billion yuan in the first half of 2031.

Exports of electric buses built by Songhe Coach almost doubled to 2.4 billion yuan, as the company delivered buses for Lisbon, Porto Alegre and Denver. Trucks went mainly to Chile, Peru and Kenya.
`;

const TOP_TEN = `---
title: "Top ten foreign trading cities of 2031"
published: "2032-01-28"
---
The ten biggest trading cities of 2031 together traded 21,400 billion yuan.

Seven of the ten are on the coast; Zhejiang alone has two of them (Ningbo and Hangzhou).
`;

const CLUSTER = `---
title: "Fields abroad: how Xuchang's pump cluster went global"
published: "2032-02-20"
---
Exports of the Xuchang pump cluster rose 6.3 percent to 2.7 billion yuan in 2031.

The markets are mostly along the Belt and Road. Chile, Oman, Kenya and Peru were the cluster's four biggest buyers, followed by Laos.
`;

const HONEY = `---
title: "Qinghai's honey trade in 2031"
published: "2032-02-11"
---
Qinghai's foreign trade rose 3.1 percent to 5.2 billion yuan in 2031.

The province exported 6,200 tonnes of honey last year, mostly rape and wolfberry honey, and 41 million yuan of royal jelly.

Japan, Germany, Belgium and Kuwait were the main destinations. Shipments to the Middle East grew fastest.

Imports of machinery, mainly from Germany and Italy, stood at 1.1 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "plants.txt": PLANTS, "parks.md": PARKS, "buses.md": BUSES, "top.md": TOP_TEN, "cluster.md": CLUSTER,
    "honey.md": HONEY });
});
afterAll(async () => over.close());

describe("goods named after 'mostly', with who caught them after", () => {
  it("'what fish did X's bonded plants import?' names the two, not the list of where it went", async () => {
    const a = await over.ask("what fish did weihai's bonded plants import in 2031?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name herring and hake:/);
  });
});

describe("a list in the sentence after the one that names the place", () => {
  it("'which countries buy X's re-exported squid?' names where the next sentence says they go", async () => {
    const a = await over.ask("which countries buy longkou's re-exported squid?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Spain, Mexico, Chile and Portugal:/);
  });
});

describe("a list that opens the paragraph after the one on the goods", () => {
  it("'main destinations of X's honey exports?' names the list the next paragraph opens with", async () => {
    const a = await over.ask("main destinations of qinghai honey exports 2031?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Japan, Germany, Belgium and Kuwait:/);
  });
});

describe("cities abroad, which no gazetteer knows", () => {
  it("'which cities got the firm's buses?' names the cities they were delivered for", async () => {
    const a = await over.ask("zhengzhou h1 2031: which cities got Songhe Coach's electric buses?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Lisbon, Porto Alegre and Denver:/);
  });
});

describe("the members of a ranking of a size, of the asked province", () => {
  it("'which X cities made the top ten?' names those the sentence counts among the ten", async () => {
    const a = await over.ask("which zhejiang cities made the 2031 top ten?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Ningbo and Hangzhou:/);
  });
  it("never names another province's cities for them", async () => {
    const a = await over.ask("which jiangsu cities made the 2031 top ten?");
    expect(a.answer).not.toMatch(/Ningbo|Hangzhou/);
  });
});

describe("'mostly' before where, not before a pair of things", () => {
  it("'X cluster - main export markets?' names the buyers, not 'along the Belt and Road'", async () => {
    const a = await over.ask("xuchang pump cluster - main export markets in 2031?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Chile, Oman, Kenya and Peru:/);
  });
});
