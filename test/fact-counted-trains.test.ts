import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { subjectFinder } from "../text/subjects.js";
import { periodLabel } from "../text/periods.js";
import { findNumbers } from "../text/numbers.js";

// Counts of trains, trips, containers (TEUs) and freight (tonnes) and their changes, as their own measure: the route
// a train service is named by, the border a port lies on, a report's edition year, and questions asking such a count
// with its change. Made-up sentences and questions.
const Y2019 = { published: "2020-01-20" };

describe("a train service named by the places it joins", () => {
  it("names no partner of trade: its trips are the place's", () => {
    const facts = factsOf("China-Europe and China-Central Asia freight trains passing through Erenhot made 1,845 trips in "
      + "2019, up 21.5 percent.", Y2019);
    expect(one(facts, 1845)).toMatchObject({ entity: "city:erenhot", measure: "count", unit: "trips" });
    expect(one(facts, 1845).partner).toBeUndefined();
    expect(one(facts, 21.5).partner).toBeUndefined();
  });
  it("names no partner with the service's own name in brackets", () => {
    const facts = factsOf("The Tianshui-Europe (Longou) freight train ran 320 trips in 2019, up 20 percent.", Y2019);
    expect(one(facts, 320).partner).toBeUndefined();
  });
  it("before the counted trains is no part of their unit", () => {
    const facts = factsOf("Wuhai's foreign trade rose 8.8 percent in 2023. The city also sent 57 China-Europe and "
      + "China-Mongolia freight trains in 2023, up 42.5 percent.", { published: "2024-01-20" });
    expect(one(facts, 57)).toMatchObject({ entity: "city:wuhai", measure: "count", unit: "freight trains" });
    expect(one(facts, 57).partner).toBeUndefined();
  });
  it("nor are the ways they ran, both named ('inbound and outbound'); one way alone is named in the unit", () => {
    const facts = factsOf("Wuhai's foreign trade rose 8.8 percent in 2023. In 2023, 1,357 inbound and outbound "
      + "China-Europe freight trains crossed at Wuhai, up 12.4 percent, carrying 99,700 TEUs.", { published: "2024-01-20" });
    expect(one(facts, 1357)).toMatchObject({ entity: "city:wuhai", measure: "count", unit: "freight trains" });
    expect(findNumbers("It sent 214 westbound China-Europe freight trains.")[0]).toMatchObject(
      { value: 214, kind: "count", unit: "westbound freight trains" });
  });
});

describe("trains counted nationwide", () => {
  it("are the country's, not the place the text is about", () => {
    const facts = factsOf("Harbin's freight trains ran 1,234 trips in 2019. China-Europe freight trains nationwide made 9,800 "
      + "trips in 2019.", Y2019);
    expect(one(facts, 9800)).toMatchObject({ entity: "china", measure: "count", unit: "trips" });
    expect(one(facts, 9800).partner).toBeUndefined();
  });
});

describe("a change that takes a count to its level", () => {
  it("is the count's change", () => {
    const facts = factsOf("Rizhao Port's container throughput rose 7.4 percent to 3.62 million TEUs in 2019.", Y2019);
    expect(one(facts, 7.4)).toMatchObject({ measure: "growth", qualifier: expect.stringMatching(/\bTEUs, quantity$/) });
  });
});

describe("freight a border port handled", () => {
  it("is no trade with the country across the border, and its change is the freight's", () => {
    const facts = factsOf("Erenhot port, on the border with Mongolia, handled 15.62 million tonnes of import and export "
      + "freight in 2019, up 4.4 percent.", Y2019);
    expect(one(facts, 15.62)).toMatchObject({ entity: "city:erenhot", measure: "count", subject: "freight" });
    expect(one(facts, 15.62).partner).toBeUndefined();
    expect(one(facts, 4.4)).toMatchObject({ measure: "growth", subject: "freight" });
  });
});

describe("a government work report's edition year", () => {
  it("is not the year it reviews", () => {
    const facts = factsOf("I. Review of Work in 2024\n\nOver the past year, Hebei Port handled container throughput of 8.3 "
      + "million TEUs, up 5.1 percent.", { title: "Report on the Work of the Government of Hebei Province (2025)",
      published: "2025-01-20" });
    expect(periodLabel(one(facts, 8.3).period!)).toBe("2024");
  });
});

describe("a question asking a count and its change", () => {
  it("reads a route as no partner, and 'up how much' as the count's change, not an amount", () => {
    const q = parseQuestion("how many china-europe trains did wuhai send in 2023, up how much?");
    expect(q.partners).toEqual([]);
    expect(q.measures).toEqual(expect.arrayContaining(["count", "growth"]));
    expect(q.measures).not.toContain("amount");
  });
  it("reads 'no. of trips' as a count, and a route's 'china-' as no place asked", () => {
    const q = parseQuestion("golden horse china-europe trains 2020: no. of trips and yoy?");
    expect(q.measures).toContain("count");
    expect(q.entities).toEqual([]);
  });
  it("reads 'by how many times' as no count: the value and its multiple are asked", () => {
    expect(parseQuestion("how much copper did jiangxi export in h1 2024, and by how many times did it increase?").measures)
      .toEqual(expect.arrayContaining(["amount", "multiple"]));
  });
  it("reads 'container throughput' as a count", () => {
    expect(parseQuestion("tianjin port container throughput 2024 + growth?").measures).toContain("count");
  });
  it("reads goods before a carrier as no goods asked", () => {
    const find = subjectFinder(["freight"]);
    expect(find("how many freight train trips went thru erenhot")).toEqual([]);
    expect(find("erenhot port freight 2019, tonnes + yoy?")).toEqual(["freight"]);
  });
});

describe("answers over counts of trains, containers and freight", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "erenhot.md": `---
title: "Erenhot port in 2019"
published: "2020-01-16"
---
Erenhot's foreign trade rose 12.5 percent to 20.1 billion yuan in 2019. Erenhot port, on the border with Mongolia, handled 15.62 million tonnes of import and export freight in 2019, up 4.4 percent. China-Europe and China-Central Asia freight trains passing through the port made 1,845 trips in 2019, up 21.5 percent.
`,
      "beihai.md": `---
title: "Beihai port in 2022"
published: "2023-01-15"
---
Beihai's foreign trade rose 11.2 percent to 20.5 billion yuan last year. Beihai Port, a container hub on the gulf, handled 2.15 million TEUs last year, up 9.7 percent. Sea-rail trains from the port made 3,100 trips, up 30.2 percent, and carried 150,000 TEUs.
`,
      "wuhai.md": `---
title: "Wuhai trade in 2023"
published: "2024-01-20"
---
Wuhai's foreign trade rose 8.8 percent in 2023. The city also sent 57 China-Europe and China-Mongolia freight trains in 2023, up 42.5 percent, carrying goods worth 0.5 billion yuan.
`,
      "rizhao.md": `---
title: "Rizhao port in 2019"
published: "2020-01-20"
---
Rizhao's foreign trade grew 6.6 percent in 2019, 2.1 percentage points faster than the province's. Rizhao Port's container throughput rose 7.4 percent to 3.62 million TEUs in 2019.
`,
      "baotou.md": `---
title: "Baotou trains in 2019"
published: "2020-01-20"
---
The Golden Horse China-Europe freight train service, based in Baotou, made 420 trips in 2019, up 35.5 percent from 310 trips in 2018. China-Europe freight trains nationwide made 8,400 trips in 2019.
`,
      "yantai.md": `---
title: "Yantai port in 2019"
published: "2020-01-20"
---
The Port of Yantai handled 150.2 million tonnes of cargo in 2019, up 3.1 percent, and its container throughput rose 6.2 percent to 2.9 million TEUs. A total of 210 China-Europe trains passed through the Yantai hub in 2019, 1.8 times the number a year earlier.
`,
      "hebei.md": `---
title: "Report on the Work of the Government of Hebei Province (2025)"
published: "2025-01-20"
---
I. Review of Work in 2024

Over the past year, Hebei's foreign trade rose 3.3 percent. We upgraded platforms for opening up. Hebei Port handled container throughput of 8.3 million TEUs, up 5.1 percent, and signed 120 investment projects.
`,
    }));
  }, 120_000);
  afterAll(() => close());
  const values = async (q: string) => (await ask(q)).figures.map((f) => f.value);
  it("give the trips through a port and their change, not the freight's or the trade's", async () => {
    const v = await values("how many freight train trips went thru erenhot in 2019 and how much did that rise");
    expect(v).toEqual(expect.arrayContaining([1845, 21.5]));
    expect(v).not.toContain(4.4);
    expect(v).not.toContain(12.5);
  });
  it("add two places' trips up for 'combined', counted in the same unit", async () => {
    const a = await ask("2019: total china-europe train trips through erenhot and baotou combined?");
    expect(a.abstained).toBe(false);
    expect(a.figures.find((f) => f.computed)).toMatchObject({ value: 2265, unit: "trips" });
  });
  it("give a border port's freight in tonnes and its change", async () => {
    expect(await values("erenhot port freight 2019, tonnes + yoy?")).toEqual(expect.arrayContaining([15.62, 4.4]));
  });
  it("give a port's container throughput in TEUs and its change, not the trade's nor the trains'", async () => {
    const v = await values("beihai port container throughput in 2022 + yoy %?");
    expect(v).toEqual(expect.arrayContaining([2.15, 9.7]));
    expect(v).not.toContain(11.2);
    expect(v).not.toContain(3100);
  });
  it("give the trains a city sent and their change, not the goods' value", async () => {
    const v = await values("how many china-europe trains did wuhai send in 2023, up how much?");
    expect(v).toEqual(expect.arrayContaining([57, 42.5]));
    expect(v).not.toContain(0.5);
  });
  it("give a port's container throughput and the change that took it there", async () => {
    expect(await values("rizhao port container throughput 2019 and how much did it grow?"))
      .toEqual(expect.arrayContaining([3.62, 7.4]));
  });
  // (a guard: with the route read as no partner, the quoted sentence's route must not count as another partner)
  it("quote the trips of a service named by a brand the documents know no place for", async () => {
    const a = await ask("golden horse china-europe trains 2019: no. of trips and yoy?");
    expect(a.answer).toMatch(/420 trips.*35\.5 percent/);
  });
  it("set two counts of a place side by side on their changes", async () => {
    const v = await values("beihai 2022: did sea-rail train trips grow faster than the port's container throughput? give both rates + diff");
    expect(v).toEqual(expect.arrayContaining([30.2, 9.7, 20.5]));
  });
  it("give the nation's trips to a question naming no service nor place", async () => {
    const v = await values("how many china-europe train trips in 2019?");
    expect(v).toContain(8400);
    expect(v).not.toContain(420);
  });
  it("give a place's share of the nation's count", async () => {
    expect(await values("what share of all china-europe train trips in 2019 did baotou's service make?"))
      .toEqual(expect.arrayContaining([420, 8400, 5]));
  });
  it("give no place's share of the nation's count to a share of the place's own trips to one partner", async () => {
    expect(await values("what share of baotou's china-europe train trips in 2019 went to germany?")).not.toContain(5);
  });
  it("give the change of a port's TEUs asked as its container throughput", async () => {
    expect(await values("yantai port container throughput 2019 and how much did it grow?"))
      .toEqual(expect.arrayContaining([2.9, 6.2]));
  });
  it("give a count asked alone with the change its sentence states", async () => {
    expect(await values("how many china-europe trains went thru yantai in 2019?")).toEqual(expect.arrayContaining([210, 1.8]));
  });
  it("give a report's container throughput of the year it reviews, not some other count of the province", async () => {
    const v = await values("Hebei Port container throughput 2024 + growth?");
    expect(v).toEqual(expect.arrayContaining([8.3, 5.1]));
    expect(v).not.toContain(120);
    expect(v).not.toContain(3.3);
  });
});

describe("a pipeline named by the two sides it joins", () => {
  it("names no partner: the goods it carried are the place's imports", () => {
    const facts = factsOf("Through the China-Kazakhstan crude oil pipeline, Xinjiang imported 10.2 million tonnes of crude oil in 2019, "
      + "worth 30.1 billion yuan.", { published: "2020-01-20" });
    expect([10.2, 30.1].map((v) => [one(facts, v).entity, one(facts, v).partner, one(facts, v).subject]))
      .toEqual([["xinjiang", undefined, "crude oil"], ["xinjiang", undefined, "crude oil"]]);
  });
});

describe("TEUs the counted trains carried, in the same sentence ('…, carrying N TEUs')", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  const TEXT = "Wuhai's foreign trade rose 8.8 percent in 2023. In 2023, 1,357 inbound and outbound China-Europe freight "
    + "trains crossed at Wuhai, up 12.4 percent, carrying 99,700 TEUs.";
  beforeAll(async () => {
    ({ ask, close } = await answersOver({ "w.md": `---\ntitle: "Wuhai port"\npublished: "2024-01-20"\n---\n${TEXT}\n` }));
  }, 120_000);
  afterAll(() => close());
  it("are carried by the trains", () => {
    expect(one(factsOf(TEXT, { published: "2024-01-20" }), 99700).qualifier).toBe("carried by trains");
  });
  it("answer a question asking how many trains and how many TEUs, beside the trains", async () => {
    const a = await ask("wuhai china-europe trains in 2023: how many and how many teus?");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1357, 99700]));
  });
});

describe("people counted by what they did ('4.22 million shoppers')", () => {
  it("are a count, never an amount of money", () => {
    for (const noun of ["shoppers", "customers", "passengers"]) {
      expect(findNumbers(`The shops served 3.15 million ${noun}, down 12.4 percent.`)[0]).toMatchObject(
        { value: 3.15, kind: "count", unit: `million ${noun}` });
    }
  });
});
