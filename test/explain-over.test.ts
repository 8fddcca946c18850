import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Explanations and lists over made-up articles (no evaluation set's place, person or number): the whole answering path.

const COAST = `---
title: "Guangxi's foreign trade rises in 2016"
published: "2017-01-20"
---
Guangxi's imports and exports rose 5.2 percent to 478.9 billion yuan in 2016, Nanning Customs said.

Tan Lei, deputy director of Nanning Customs, said the region had gained from the merger of customs clearance along the coast, which lets companies declare at Nanning and clear goods at Guangzhou, Xiamen or Ningbo.
`;
const ORE = `---
title: "Sichuan's foreign trade in 2010"
published: "2011-01-22"
---
Sichuan's imports of copper ore and concentrate came to 0.82 billion dollars in 2010, down 21.4 percent.

"Our exports lean on steel and fertiliser, which were hit hard when the crisis spread," said Gao Feng, deputy director of Chengdu Customs. "On the import side, the value of copper concentrate fell faster than the volume, because prices slid."
`;
const BORDER = `---
title: "Horgos port trade in 2017"
published: "2018-01-18"
---
Trade through the Horgos port on the border with Kazakhstan rose 12.4 percent to 27.3 billion yuan in 2017.

Tomatoes, tiles, tyres and shoes were the main exports, with tiles the fastest-growing.

A total of 1,210 China-Europe trains passed through Horgos in 2017, carrying toys and lamps from Changsha, Hefei, Xi'an and Lanzhou to Central Asia.
`;

const TABLE = `---
title: "Hubei's exports in 2019"
published: "2020-01-21"
---
Hubei's exports rose 4.1 percent in 2019.

Exports of the main product groups:

| Product group | 2019 (billion yuan) | YoY |
|---|---|---|
| Hand tools | 12.5 | +3.1% |
| Light goods (toys, lamps, mats) | 9.4 | -1.2% |
| Farm goods | 3.3 | +0.4% |
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "coast.md": COAST, "ore.md": ORE, "border.md": BORDER, "table.md": TABLE }));
});
afterAll(() => close());

describe("explanations over made-up articles", () => {
  it("takes a reason whose sentence lists the places goods are cleared at as the asked place's", async () => {
    const a = await ask("what did nanning customs credit for guangxi's trade growth in 2016?");
    expect(a.answer).toContain("gained from the merger of customs clearance");
  });

  it("answers who a person is from sentences the goods another part names do not narrow", async () => {
    const a = await ask("who's gao feng and why did he say sichuan's copper concentrate imports fell in value in 2010?");
    expect(a.answer).toContain("deputy director of Chengdu Customs");
    expect(a.answer).toContain("because prices slid");
  });
});

describe("lists over made-up articles", () => {
  it("answers 'main exports through the port' with the items a sentence calls the main exports", async () => {
    const a = await ask("main exports through horgos port?");
    expect(a.answer).toMatch(/^The documents name Tomatoes, tiles, tyres and shoes/);
  });

  it("answers 'which cities' trains …' with the cities the trains came from", async () => {
    const a = await ask("which cities' china-europe trains passed through horgos in 2017?");
    expect(a.answer).toMatch(/^The documents name Changsha, Hefei, Xi'an and Lanzhou/);
  });

  it("answers which groups a table has with the rows under the header that names them", async () => {
    const a = await ask("what product groups are in hubei's 2019 export table?");
    expect(a.answer).toMatch(/^The documents name Hand tools, Light goods and Farm goods/);
  });
});
