import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { explainParts } from "../retrieval/explain.js";

// Whose explanation a question asks for, and the words that give it (made-up articles: no evaluation set's place,
// person or number). A quoted answer is the speaker's reasons, not only the sentence that names him.

const CITY = `---
title: "Linyi's foreign trade in 2017"
published: "2018-01-25"
---
Linyi's imports and exports rose 11.2 percent to 70.4 billion yuan in 2017.

Trade with Japan reached 8.1 billion yuan, up 3.3 percent, amid a stronger yen.

"Our traders no longer sell only to the old buyers," said Wang Hongbo, director of the Linyi Municipal Bureau of Commerce. "When orders from Korea dried up, sales to Africa and the Gulf filled the hole. Market diversification and new sales channels such as livestream shops are what kept us growing."

Wang said the city would open two new trade fairs in 2018.
`;
const PROVINCE = `---
title: "Jiangxi opens wider in 2016"
published: "2017-01-20"
---
Jiangxi's imports and exports rose 9.7 percent to 266.4 billion yuan in 2016.

At the provincial trade meeting, vice governor Liu Qiang called 2016 "a year of firsts" for Jiangxi's opening-up. "Hosting the first Ganjiang Porcelain Fair and winning approval for the Nanchang inland port have given us a stage we never had," he said. "A landlocked province can trade like a coastal one."

Exports of porcelain grew 14.1 percent to 5.2 billion yuan.
`;
const BORDER = `---
title: "Jilin's trade grows on energy imports in 2015"
published: "2016-01-22"
---
Jilin province's imports and exports reached 119.3 billion yuan in 2015, up 21 percent year on year, Changchun Customs said.

"Coal and ore make up most of what we buy from Mongolia, and their prices rose sharply last year," said Zhao Ming, deputy director of Changchun Customs. "At the same time the new rail bridge at Quanhe began to carry freight, so more goods could cross by land."

Imports of coal, much of it carried by truck to Tonghua, rose 30.2 percent to 22.5 billion yuan.
`;
const DECLINE = `---
title: "Gansu trade falls in 2019"
published: "2020-01-21"
---
Gansu's imports and exports fell 8.1 percent to 38.2 billion yuan in 2019, Lanzhou Customs said.

Mr. Ma Yuxi, director of Lanzhou Customs, said the decline mainly reflected the high base of 2018, when exports of nickel products had surged, and the closure of a smelter for half of the year.

Imports of ore rose 4.4 percent.
`;
const PORT = `---
title: "Xilinhot port in 2019"
published: "2019-11-20"
---
Trade through the Erenhot port rose 6.1 percent in the first ten months of 2019.

Wool, the port's traditional import, declined. Imports of raw wool came to 0.21 million tonnes, a fall of 12.5 percent in value, after Mongolia tightened controls on wool exports and demand from carpet makers in China eased.

Imports of copper ore and of beef both rose strongly. Both benefited from new quarantine protocols signed by the two countries.
`;
const FALL = `---
title: "Hebei's trade in the first half of 2016"
published: "2016-07-22"
---
Hebei's imports fell 18.3 percent to 41.2 billion yuan in the first half of 2016, Shijiazhuang Customs said.

Zhou Bin, spokesman for Shijiazhuang Customs, said the export gains came mainly from new steel projects.

"The fall in imports does not mean that demand has weakened," Zhou said. "We are buying as much coal as last year, but paying far less for it because of the slump in coal prices."
`;
const TABLE = `---
title: "Provincial trade in 2021: Hainan grows fastest among the top six"
published: "2021-07-20"
---
Hainan's trade grew 41.2 percent in 2021, Shanxi's 12.5 percent and Yunnan's 8.3 percent.

Hainan's growth, the fastest among the top six, came almost entirely from duty-free imports of cosmetics by the island's shops, whose sales soared with tourists kept at home.

"Yunnan depends on border trade, and border crossings stayed shut," said Gu Wen, a researcher at the Yunnan Academy of Social Sciences.
`;

const SPELLED = `---
title: "Jilin's exports fell in 2014"
published: "2015-01-20"
---
Jilin's exports fell 9.1 percent to 5.8 billion US dollars in 2014.

Zhao Ming, deputy director of Changchun Customs, said the fall in exports was mainly caused by changes in the Korean market. After Seoul raised safety standards in March, many small exporters of toys and textiles lost their buyers.

Imports rose 4 percent, led by auto parts.
`;
const TRADER = `---
title: "Qamdo's border trade grows in 2023"
published: "2023-12-18"
---
Qamdo's imports and exports rose 14.6 percent to 1.9 billion yuan in the first eleven months of 2023.

Tsering Dolkar, who runs a small carpet workshop, said her firm dyes yak wool and sells mostly to Bhutan and Canada, where its rugs are popular. She said export orders had doubled this year and the workshop's list of regular buyers was getting longer.

The city plans to open a new bonded warehouse in 2024.
`;
const RESEARCHER = `---
title: "Taiyuan's trade starts the year strong"
published: "2023-03-20"
---
Taiyuan's imports and exports rose 7.4 percent in the first two months of 2023.

According to Hou Jianping, a researcher at the Shanxi Academy of Commerce, the figures show the strength of private business and the effect of policies meant to keep trade steady.
`;

const ADDED = `---
title: "Hulunbuir's exports slow in November 2012"
published: "2012-12-20"
---
Hulunbuir's exports fell 6.2 percent in November 2012, Manzhouli Customs said.

"The fall in November is mostly a matter of the weather," said Bai Yongfu, a spokesman for Manzhouli Customs. "Timber and melon shipments stop once the rivers freeze."

He added that Mongolia's new labelling rules for furniture had also held back sales, and that the customs would keep its night lanes open all winter.
`;
const GOES_ON = `---
title: "Zibo's freight trains in 2018"
published: "2018-12-10"
---
Zibo's freight trains to Central Asia carried 9.1 percent more goods in 2018.

In the first 11 months of this year, 96 trains left from or arrived at the Zibo yard, up from 51 in the whole of last year. Of the trains, 80 were outbound and 16 were return trains, carrying cotton and timber from Kazakhstan and Russia.

A train reaches Tashkent in seven days; by sea and road the journey takes 40 days.

"Last year we could hardly fill the return trains," said Sun Kaiwen, manager of the Zibo Overland Logistics Co. "This year nearly half of our customers also book space eastbound, because firms in Kazakhstan and Poland have learned the route. We expect to run more than 300 departures next year."

Sun said the cost of a container to Tashkent had fallen, helped by a city subsidy.

Ma Lin, manager of a flour importer, said deliveries were faster. "We used to wait three weeks," he said.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({
    "city.md": CITY, "province.md": PROVINCE, "border.md": BORDER, "decline.md": DECLINE, "port.md": PORT, "table.md": TABLE, "fall.md": FALL,
    "spelled.md": SPELLED, "trader.md": TRADER, "researcher.md": RESEARCHER, "added.md": ADDED, "goes-on.md": GOES_ON,
  }));
});
afterAll(() => close());

describe("a speaker's reasons", () => {
  // (b14's and b15's first runs: the speaker's reason in a few words was quoted, the sentence spelling it out was not)
  it("answers why with a reason a speaker gives in a few words and the sentence after it that spells it out", async () => {
    const a = await ask("why did jilin's exports drop in 2014?");
    expect(a.answer).toMatch(/changes in the Korean market\. After Seoul raised safety standards/);
    expect(a.answer).not.toMatch(/auto parts/);
  });
  it("answers what he put it down to with his quotation going on over several sentences after his name", async () => {
    const a = await ask("who at linyi's commerce bureau explained the 2017 growth and what did he put it down to?");
    expect(a.answer).toContain("Wang Hongbo");
    expect(a.answer).toContain("Market diversification and new sales channels");
    expect(a.answer).not.toContain("stronger yen");
  });

  it("answers what he pointed to with the quotation after the sentence that names him ('…,' he said)", async () => {
    const a = await ask("which jiangxi official called 2016 'a year of firsts' and what did he point to?");
    expect(a.answer).toContain("Liu Qiang");
    expect(a.answer).toContain("Ganjiang Porcelain Fair");
    // (his quotation goes on after '…," he said.', the reason "have given us a stage" read as one too)
    expect(a.answer).toContain("A landlocked province can trade like a coastal one");
  });

  it("reads 'what did he point to' as asking a cause, and 'wat did … credit for' as asking one too", () => {
    expect(explainParts("which jiangxi official called 2016 'a year of firsts' and what did he point to?").map((p) => p.kind))
      .toEqual(["person", "cause"]);
    expect(explainParts("wat did tonghua customs credit for the 2015 trade growth?").map((p) => p.kind)).toEqual(["cause"]);
  });

  it("answers what drove a rise according to a body with its official's words, the quotation going on included", async () => {
    const a = await ask("what drove jilin's 21% jump in 2015 according to changchun customs?");
    expect(a.answer).toContain("their prices rose sharply");
    expect(a.answer).toContain("new rail bridge at Quanhe");
  });

  it("answers a cause asked 'per' a body with its speaker's quotation going on, not only his first sentence", async () => {
    const a = await ask("why did hebei's imports drop in h1 2016, per shijiazhuang customs?");
    expect(a.answer).toContain("because of the slump in coal prices");
  });

  it("takes a decline put down to the high base of the year before as of the asked year, a place in a name no place", async () => {
    const a = await ask("lanzhou customs 2019: who explained gansu's trade decline and what reasons did he give?");
    expect(a.answer).toContain("Ma Yuxi");
    expect(a.answer).toContain("high base of 2018");
  });

  it("answers why goods fell with what was done just before, not with what helped others rise", async () => {
    const a = await ask("why were erenhot wool imports down in jan-oct 2019?");
    expect(a.answer).toContain("tightened controls on wool exports");
    expect(a.answer).not.toContain("Both benefited");
  });

  it("answers why a place grew faster with the sentence its growth 'came almost entirely from'", async () => {
    const a = await ask("why was hainan's trade growth in 2021 so much faster than the other big provinces?");
    expect(a.answer).toContain("came almost entirely from duty-free imports");
  });

  // (the asked speaker's name is no word his sentences must use: they are his by who says them, "She said …" too)
  it("answers what a named person said from his own sentences, 'She said …' after them his too, not another's", async () => {
    const a = await ask("what did tsering dolkar say about her company's business this year");
    expect(a.answer).toContain("export orders had doubled this year");
    expect(a.answer).not.toContain("Hou Jianping");
  });

  // (b17's first runs: "He added that …" after a quotation, and a quotation going on about the next topic asked, left out)
  it("answers what reasons a speaker gave with what 'he added' right after his quotation", async () => {
    const a = await ask("who at manzhouli customs explained the november 2012 slowdown, and what reasons did he give?");
    expect(a.answer).toContain("Bai Yongfu");
    expect(a.answer).toContain("Timber and melon shipments");
    expect(a.answer).toContain("new labelling rules for furniture");
  });

  it("answers what a named speaker said of two things with his quotation going on, not only its first sentence", async () => {
    const a = await ask("what did zibo's sun kaiwen say about the return trains and next year's plans?");
    expect(a.answer).toContain("could hardly fill the return trains");
    expect(a.answer).toContain("nearly half of our customers also book space eastbound");
    expect(a.answer).toContain("more than 300 departures");
    expect(a.answer).not.toContain("three weeks");
  });
});
