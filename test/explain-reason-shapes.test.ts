import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { explainParts } from "../retrieval/explain.js";
import { cueWeight } from "../retrieval/explain/cues.js";

// More ways an article gives a reason, and two more things a question asks (what took a lost market's place, what a
// thing was for), over made-up articles: no evaluation set's place, person or number.

const CURRENCY = `---
title: "Jiamusi's trade up in nine months, but yen slide bites"
published: "2013-10-18"
---
Jiamusi's foreign trade rose 6.2 percent to 8.74 billion yuan in the first nine months of 2013.

Exports of seafood rose 11 percent to 1.9 billion yuan.

But growth stalled in the third quarter as the Japanese yen lost a fifth of its value against the dollar. In September alone the city's trade fell 7.8 percent year on year.

"The weak yen has cut the purchasing power of Japanese importers, and several buyers in Osaka have delayed their contracts," said Li Dongmei, deputy mayor of Jiamusi.
`;

const OWED = `---
title: "Zigong's trade with Africa grows fast in 2020"
published: "2020-12-10"
---
Zigong's trade with Africa rose 31.5 percent to 3.12 billion yuan in the first 11 months of 2020.

Exports of lanterns to Africa doubled.

Tang Min, deputy director of the Zigong Municipal Bureau of Commerce, said the growth owed much to the lantern festival fair held in the city every spring. At the last fair, 42 contracts were signed.

"The inland port, which the province approved for us last year, has given our firms a channel to ship straight to Mombasa," Tang said. "We have also opened a bonded warehouse in Lagos, which makes it easier for small traders to sell."
`;

const CAUSED = `---
title: "Bengbu's exports fall in 2015"
published: "2016-01-22"
---
Bengbu's exports fell 9.4 percent to 11.6 billion yuan in 2015.

Zhang Lin, head of the statistics division of Bengbu Customs, said the decline was caused mainly by weaker orders from Europe. "Glass makers lost two big buyers in Italy, and falling prices of float glass cut export values further," he said.

Imports rose 3 percent to 2.2 billion yuan.
`;

const QUOTATION = `---
title: "Tongliao's trade with Mongolia in 2022"
published: "2023-01-25"
---
Tongliao's trade with Mongolia rose 18.6 percent to 2.43 billion yuan in 2022.

Gao Feng, deputy director of Tongliao Customs, attributed the growth to new crossings and easier rules. "The second lane at the border crossing opened in March, doubling the trucks it can clear," he said. "The upgraded quarantine protocol signed in June let beef and hides in without repeat checks."

Exports of vegetables rose 9 percent.
`;

const FACTORS = `---
title: "Shiyan's trade grows fast from January to April 2023"
published: "2023-05-20"
---
Shiyan's imports and exports rose 22.4 percent to 9.35 billion yuan from January to April 2023.

Wu Gang, deputy director of the Shiyan Municipal Bureau of Commerce, said three factors lay behind the rapid growth. First, overseas demand for trucks recovered. Second, an engine plant that opened in the city in 2022 began exporting. Third, a new rail link to Wuhan cut freight costs.
`;

const PRONOUN = `---
title: "Pingdingshan's exports grow in 2017"
published: "2018-01-26"
---
Pingdingshan's exports rose 15.2 percent to 6.8 billion yuan in 2017.

Sun Hao, director of the Pingdingshan Municipal Bureau of Commerce, said the growth came mainly from salt chemical makers opening plants abroad. "Our plant in Vietnam buys its raw salt from us," Sun said. He said a new overseas sales network for mining machinery helped those exports grow despite weak coal prices.

Analysts said a cheaper yuan helped too.
`;

const SHIFT = `---
title: "Zhuzhou's 2024 trade rises as locomotive exports find new markets"
published: "2025-01-20"
---
Zhuzhou's foreign trade rose 8.1 percent to 41.2 billion yuan in 2024.

Trade with Kazakhstan fell 17.5 percent to 3.3 billion yuan after the neighbour abruptly raised its import duty on rolling stock. Exporters made up the loss elsewhere. Trade with the Middle East rose 26 percent to 5.1 billion yuan and trade with ASEAN grew 14 percent.

Imports of copper rose 4 percent.
`;

const FUND = `---
title: "Jingdezhen's porcelain exports in 2011"
published: "2012-01-30"
---
Jingdezhen's exports rose 12 percent to 2.1 billion yuan in 2011, led by porcelain.

Hu Ping, director of the Jingdezhen Municipal Bureau of Commerce, said the city government had set up a special fund of 30 million yuan to help porcelain workshops pay for overseas trade fairs and product certification.

A separate fund of 5 million yuan rewarded firms that registered their brands abroad.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({
    "currency.md": CURRENCY, "owed.md": OWED, "caused.md": CAUSED, "quotation.md": QUOTATION, "factors.md": FACTORS,
    "pronoun.md": PRONOUN, "shift.md": SHIFT, "fund.md": FUND,
  }));
});
afterAll(() => close());

describe("more words that give a reason", () => {
  it.each([
    "the decline was caused mainly by weaker orders",
    "the growth owed much to the fair",
    "three factors lay behind the rapid growth",
    "growth stalled as the Japanese yen lost a fifth of its value",
    "the sharp depreciation of the Kazakh tenge hurt sales",
    "the weak yen has cut the purchasing power of importers",
    "trade fell 17.5 percent to 3.3 billion yuan after the neighbour abruptly raised its import duty",
    "the inland port has given our firms a channel to ship straight to the coast",
    "a bonded warehouse makes it easier for small traders to sell",
  ])("reads '%s' as giving a reason", (text) => {
    expect(cueWeight("cause", text)).toBeGreaterThanOrEqual(2);
  });

  it("answers why trade fell in a month with the currency's slide and the speaker's words on buyers' purchasing power", async () => {
    const a = await ask("why did jiamusi's trade fall in september 2013?");
    expect(a.answer).toContain("as the Japanese yen lost a fifth of its value");
    expect(a.answer).toContain("cut the purchasing power");
  });

  it("answers what's behind growth with what it owed much to, and the speaker's quotation ('…,' Tang said.) after it", async () => {
    const a = await ask("what's behind zigong's fast-growing trade with africa in 2020?");
    expect(a.answer).toContain("owed much to the lantern festival fair");
    expect(a.answer).toContain("The inland port");
  });

  it("takes a quotation going on after '…,' Tang said.' (of another year) as the asked bureau's words too", async () => {
    const a = await ask("what did zigong's commerce bureau credit for the growth of its africa trade in 2020?");
    expect(a.answer).toContain("owed much to the lantern festival fair");
    expect(a.answer).toContain("The inland port");
  });

  it("answers why exports shrank with the cause a decline 'was caused mainly by', spelled out after it", async () => {
    const a = await ask("why did bengbu's exports shrink in 2015?");
    expect(a.answer).toContain("caused mainly by weaker orders from Europe");
    expect(a.answer).toContain("falling prices of float glass");
  });

  it("quotes the speaker's quotation after his reason in a few words whole, over all its sentences", async () => {
    const a = await ask("tongliao mongolia trade 2022 - what did customs say drove the growth?");
    expect(a.answer).toContain("second lane at the border crossing");
    expect(a.answer).toContain("upgraded quarantine protocol");
  });

  it("answers the factors a body cited with its enumeration whole, a point of another year's included", async () => {
    const a = await ask("shiyan jan-apr 2023: what 3 factors did the commerce bureau cite for the growth?");
    expect(a.answer).toContain("overseas demand for trucks");
    expect(a.answer).toContain("engine plant");
    expect(a.answer).toContain("new rail link");
  });

  it("takes 'He said …' after the speaker's quotation as the asked director's words, and 'the city' as no word to find", async () => {
    const a = await ask("what did pingdingshan's commerce director credit for the city's 2017 export growth?");
    expect(a.answer).toContain("salt chemical makers");
    expect(a.answer).toContain("overseas sales network");
    expect(a.answer).not.toContain("Analysts");
  });
});

describe("what took a lost market's place", () => {
  it("reads 'where did … sell instead' as its own part", () => {
    expect(explainParts("why did the city's trade with japan drop in 2019, and where did its exporters sell instead?").map((p) => p.kind))
      .toEqual(["cause", "substitute"]);
    expect(explainParts("which markets did the city's carmakers turn to instead?")[0]?.kind).toBe("substitute");
    expect(cueWeight("substitute", "Exporters made up the loss elsewhere.")).toBe(3);
    expect(cueWeight("substitute", "Last year we moved quickly to Brazil and Mexico.")).toBe(3);
  });

  it("answers why trade with a partner dropped, and where exporters sold instead from sentences that do not name it", async () => {
    const a = await ask("why did zhuzhou's trade with kazakhstan drop in 2024, and where did its exporters sell instead?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("raised its import duty on rolling stock");
    expect(a.answer).toContain("Trade with the Middle East rose 26 percent");
  });

  it("answers where exporters sold instead of a partner from sentences that do not name it", async () => {
    expect(explainParts("where did the city's exporters sell instead of japan?")[0]?.kind).toBe("substitute");
    const a = await ask("zhuzhou 2024: where did exporters sell instead of kazakhstan?");
    expect(a.answer).toContain("Trade with the Middle East rose 26 percent");
  });
});

describe("what a thing was for", () => {
  it.each([
    ["what was the county's 20 million yuan fund for?", "purpose"],
    ["what is the new subsidy used for?", "purpose"],
    ["what's the purpose of the guarantee fund?", "purpose"],
    ["what is the province known for?", "definition"],
    ["what was the reason for the drop?", "cause"],
  ])("reads %s as %s", (q, kind) => {
    expect(explainParts(q)[0]?.kind).toBe(kind);
  });

  it("answers what a fund was for with the sentence that names that fund, not another", async () => {
    const a = await ask("what was jingdezhen's 30 million yuan fund in 2011 for?");
    expect(a.answer).toContain("to help porcelain workshops pay for overseas trade fairs");
    expect(a.answer).not.toContain("registered their brands");
  });
});
