import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { subjectFinder } from "../text/subjects.js";

// Rankings of items a question names (partners, goods, enterprise types, a zone's areas, places each with its own
// period), written the way people type them: "order … by", "s korea", "EVs", "li-ion", "SOEs", "ftz", "(h1 2019)".
// Every named item is ranked with its figure, or said to have none. Made-up articles and questions.

describe("reading a ranking of named items", () => {
  it("takes 'order … by' as a ranking, and 'in order to' as none", () => {
    expect(parseQuestion("hunan 2021: order asean, us, eu and japan by yoy growth").intent).toBe("rank");
    expect(parseQuestion("what did hunan do in order to lift exports by 2021?").intent).not.toBe("rank");
    // (the words of the ask are no words to find beside the figures; "in order" without "by" keeps its word)
    expect(parseQuestion("hunan 2021: order asean, us, eu and japan by yoy growth").terms).not.toContain("order");
    expect(parseQuestion("hunan's biggest african partners in 2021, in order?").terms).toContain("order");
  });
  it("reads the place after the partners' 'trade with' as the owner of that trade", () => {
    const q = parseQuestion("rank vietnam, laos and cambodia by growth of their trade with yunnan in 2019");
    expect(q.entities).toEqual(["yunnan"]);
    expect(q.partners).toEqual(["partner:vn", "partner:la", "partner:kh"]);
    // (a place named first is a partner of the country's trade, as before)
    expect(parseQuestion("china's trade with hong kong, the us and the eu in 2019").partners[0]).toBe("hong-kong");
  });
  it("reads each place's period written in brackets after it", () => {
    const q = parseQuestion("trade growth: rank wenzhou (h1 2019), yantai (2021) and xiamen (2022)");
    expect(q.periodsByPlace).toBe(true);
    expect(q.periods.map((p) => [p.y1, p.m2])).toEqual([[2019, 6], [2021, 12], [2022, 12]]);
  });
  it("reads goods and firms by their short forms, which are then no words to look for", () => {
    // (the goods as an index names them)
    const findSubjects = subjectFinder(["electric vehicle", "lithium-ion batteries", "solar cells"]);
    const goods = parseQuestion("hubei 2023: rank EVs, solar cells and li-ion batteries by export value", { findSubjects });
    expect(goods.subjects).toEqual(["electric vehicle", "solar cells", "lithium-ion batteries"]);
    expect(goods.terms).not.toContain("evs");
    expect(goods.terms).not.toContain("li-ion");
    expect(parseQuestion("order EVs and lithium batteries by value", { findSubjects }).subjects).toContain("lithium-ion batteries");
    expect(parseQuestion("rank SOEs, foreign-invested and private firms by trade value").subjects).toHaveLength(3);
  });
  it("never reads a count ('three', 'first three quarters') as goods an index names ('the three products')", () => {
    expect(subjectFinder(["three products", "steel products"])("first three quarters: steel and three other items")).toEqual(["steel products"]);
  });
});

const GANSU = `---
title: "Bulletin on Gansu's foreign trade in 2020"
published: "2021-01-28"
---
Gansu's imports and exports totaled 38.1 billion yuan in 2020, down 8.2 percent year on year.
Table 2. Trade with main markets, 2020
| Market | Value (100 mn yuan) | Year-on-year (%) |
| European Union | 31.4 | -12.6 |
| United States | 15.5 | -22.4 |
| ASEAN | 41.8 | 16.3 |
| Japan | 7.2 | 4.5 |
`;
const YUNNAN = `---
title: "Yunnan's trade with its neighbours in 2019"
published: "2020-01-25"
---
Yunnan's foreign trade rose 17.9 percent to 233.7 billion yuan in 2019. Trade with Vietnam grew 12.4 percent to 40.2 billion yuan,
trade with Laos rose 31.5 percent to 9.1 billion yuan, and trade with Cambodia fell 2.1 percent to 1.3 billion yuan.
`;
const HUBEI = `---
title: "Hubei's 2023 exports of the new three"
published: "2024-01-22"
---
Hubei's exports grew 6.1 percent to 410.2 billion yuan in 2023. The "new three" products of electric vehicles, lithium-ion
batteries and solar cells grew fastest. Exports of the three products reached 26.48 billion yuan, up 31.2 percent.
Exports of electric vehicles soared 55.3 percent to 14.11 billion yuan. Exports of lithium-ion batteries jumped 27.4 percent
to 3.73 billion yuan. Exports of solar cells edged down 1.2 percent to 8.64 billion yuan.
`;
const FUJIAN_FTZ = `---
title: "Fujian pilot free trade zone's foreign trade rises in 2024"
published: "2025-01-20"
---
The China (Fujian) Pilot Free Trade Zone recorded imports and exports of 330.5 billion yuan in 2024, up 9.6 percent.
The zone covers three areas: Fuzhou, Xiamen and Pingtan. The Fuzhou area traded 120.4 billion yuan in 2024, up 8.2 percent.
The Xiamen area traded 190.2 billion yuan, up 12.5 percent.
`;

describe("answering a ranking of named items", () => {
  let ask: (q: string) => Promise<string>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const over = await answersOver({ "gansu-2020.md": GANSU, "yunnan-2019.md": YUNNAN, "hubei-2023.md": HUBEI,
      "fujian-ftz-2024.md": FUJIAN_FTZ });
    ask = async (q) => (await over.ask(q)).answer;
    close = over.close;
  });
  afterAll(() => close());

  const inOrder = (answer: string, names: string[]) => {
    const at = names.map((n) => answer.indexOf(n));
    expect(at.every((i) => i >= 0), `${names.join(", ")} in: ${answer}`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  };

  it("ranks partners a table gives in 100 mn yuan, asked with 'order … by'", async () => {
    const a = await ask("gansu 2020: order EU, US, ASEAN, japan by trade value");
    inOrder(a, ["ASEAN 4.18 billion yuan", "European Union (EU) 3.14 billion yuan", "United States (US) 1.55", "Japan 0.72"]);
  });
  it("names a partner asked for that has no figure, and ranks the rest", async () => {
    const a = await ask("gansu 2020: rank EU, US, japan, s korea by trade value");
    inOrder(a, ["European Union (EU) 3.14", "United States (US) 1.55", "Japan 0.72"]);
    expect(a).toMatch(/do not state South Korea's figure/);
  });
  it("ranks partners by their trade with the province the question names after them", async () => {
    const a = await ask("rank vietnam, laos and cambodia by growth of their trade with yunnan in 2019");
    inOrder(a, ["Laos", "31.5%", "Vietnam", "12.4%", "Cambodia", "-2.1%"]);
  });
  it("ranks the 'new three' goods asked by their short forms, not the group with them", async () => {
    const a = await ask("hubei 2023 new three exports: rank EVs, solar cells and li-ion batteries by value");
    inOrder(a, ["electric vehicles 14.11", "solar cells 8.64", "lithium-ion batteries 3.73"]);
  });
  it("ranks a zone's areas by their cities' figures", async () => {
    const a = await ask("rank the 3 areas of the fujian pilot ftz by growth, 2024");
    inOrder(a, ["Xiamen 12.5%", "Fuzhou 8.2%"]);
  });
});
