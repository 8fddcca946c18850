import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subjectFinder } from "../text/subjects.js";
import { withoutUnaskedParts } from "../retrieval/figures/select.js";
import type { Fact } from "../text/terms.js";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";

// Look-ups of goods and quantities (stop 35): the figure of the place asked, not of a part of it nor of another
// goods. Made-up figures; places only where the gazetteer's spelling is the point.
describe("a city's goods beside its port's", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "weihai.txt": "Weihai's trade shrinks as copper ore bill falls\nWeihai Customs press release, January 10, 2032\n\n"
        + "Weihai's imports fell 3.1 percent to 88.4 billion yuan in 2031.\n\n"
        + "Companies registered in Weihai imported 3.2 million tonnes of copper ore last year, down 2.2 percent, worth 9.1 "
        + "billion yuan, down 14.6 percent.\n\n"
        + "Weihai Port, which serves smelters across the north, handled 15.4 million tonnes of imported copper ore in 2031, "
        + "most of it for customers outside the city.\n",
    }));
  }, 120_000);
  afterAll(() => close());
  it("answers the city's tonnes, not the port's throughput, when the question names no port", async () => {
    const a = await ask("weihai copper ore imports 2031 - tonnes and value?");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([3.2, 9.1]));
    expect(a.figures.map((f) => f.value)).not.toContain(15.4);
  });
  it("still answers the port's tonnes when the port is asked", async () => {
    const a = await ask("how much copper ore did weihai port handle in 2031, in tonnes?");
    expect(a.figures.map((f) => f.value)).toContain(15.4);
  });
});

describe("a county no gazetteer knows, asked by its name and kind", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "weihai.md": "---\ntitle: \"Weihai's 2031 trade rises on tyres\"\ndate: 2032-01-20\n---\n\n"
        + "Weihai's total imports and exports in 2031 were 96.2 billion yuan, up 3.3 percent.\n\n"
        + "Tyres were the largest export. In 2031 Weihai exported 21.4 million tyres worth 12.65 billion yuan, up 6.1 percent. "
        + "The city's tyre exports ranked second among the cities of Shandong. Most tyre makers are in Kelmor County, "
        + "which has more than 20 tyre plants.\n",
      "yantai.md": "---\ntitle: \"Yantai's 2031 trade\"\ndate: 2032-01-22\n---\n\n"
        + "Yantai's exports rose 5.2 percent to 210.4 billion yuan in 2031. Exports of tyres were 3.1 billion yuan.\n",
      "qingdao.md": "---\ntitle: \"Qingdao's 2031 trade\"\ndate: 2032-01-23\n---\n\n"
        + "Qingdao's exports rose 4.1 percent to 510.4 billion yuan in 2031. Exports of tyres were 8.4 billion yuan.\n",
    }));
  }, 120_000);
  afterAll(() => close());
  it("abstains rather than quote the city's sentences", async () => {
    const a = await ask("kelmor county tyre exports in 2031?");
    expect(a.abstained).toBe(true);
  });
  it("still answers the city's own figure", async () => {
    const a = await ask("weihai tyre exports in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/12\.65 billion yuan/);
  });
});

describe("goods named again by 'the' and the head of their name", () => {
  it("are the narrower goods the sentence before named", () => {
    const facts = factsOf("In 2031 Weihai's exports rose 5 percent to 60.1 billion yuan. Sodium-ion batteries were the main "
      + "engine. Exports of the batteries reached 22.7 billion yuan, up 42.4 per cent. Exports of batteries from Yantai "
      + "rose 3 percent.", { published: "2032-01-10" });
    expect(one(facts, 22.7)).toMatchObject({ entity: "city:weihai", subject: "sodium-ion batteries" });
    expect(one(facts, 42.4)).toMatchObject({ subject: "sodium-ion batteries" });
    expect(one(facts, 3).subject).toBe("batteries");
  });
  it("are asked by the head alone when no other stored goods share it", () => {
    expect(subjectFinder(["sodium-ion batteries", "steel"])("weihai battery exports?")).toEqual(["sodium-ion batteries"]);
  });
});

describe("goods that 'accounted for' a part 'of that' whole", () => {
  const TEXT = "Weihai exported US$5.84 billion of goods in 2031, up 11.5 per cent. Tyres and rubber hoses accounted for "
    + "US$3.17 billion of that, up 10.6 per cent, and local firms opened 40 shops abroad.";
  it("are the whole's flow, the goods that open the clause, and so is the change right after", () => {
    const facts = factsOf(TEXT, { published: "2032-01-10" });
    expect(one(facts, 3.17)).toMatchObject({ metric: "exports", subject: "tyres and rubber hoses" });
    expect(one(facts, 10.6)).toMatchObject({ metric: "exports", subject: "tyres and rubber hoses" });
  });
  it("are never a flow named so", () => {
    const facts = factsOf("Weihai's trade reached US$9.1 billion in 2031. Exports accounted for US$3.17 billion of that.",
      { published: "2032-01-10" });
    expect(one(facts, 3.17).subject).toBeUndefined();
  });
  it("are answered to 'how much', with the change their sentence states", async () => {
    const { ask, close } = await answersOver({ "weihai.txt": `Weihai exports in 2031\nJanuary 10, 2032\n\n${TEXT}\n` });
    try {
      const a = await ask("how much tyres and rubber hoses did weihai export in 2031");
      expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([3.17, 10.6]));
    } finally { await close(); }
  }, 120_000);
});

describe("a zone whose kind is an 'experimental zone'", () => {
  it("owns the figures of its lead, not the partner named after", () => {
    const facts = factsOf("Foreign trade in the Kelmor Comprehensive Experimental Zone reached 12.1 billion yuan in the first "
      + "ten months of this year, up 17.4 per cent, the zone's committee said. Trade with Taiwan grew 9 per cent.",
      { published: "2031-11-14" });
    expect(one(facts, 12.1).entity).toBe("zone:Kelmor Comprehensive Experimental Zone");
  });
});

describe("twins whose qualifiers differ by a part", () => {
  const f = (qualifier: string, value: number) => ({ entity: "city:weihai", metric: "exports", measure: "growth", unit: "%",
    subject: "steel", qualifier, value }) as unknown as Fact;
  it("keep a twin marked as the quantity's change, whatever the question's words", () => {
    const facts = [f("steel, quantity", 17.2), f("steel", 2.3)];
    expect(withoutUnaskedParts(facts, new Set(["volume", "growth"]))).toHaveLength(2);
  });
  it("drop a twin whose extra part the question does not name", () => {
    expect(withoutUnaskedParts([f("steel, port", 17.2), f("steel", 2.3)], new Set(["steel"])).map((x) => x.value))
      .toEqual([2.3]);
  });
});

describe("a year's figure 'first published as' one amount and 'revised to' another", () => {
  const TEXT = "Weihai's total imports and exports in 2031 were 96.84 billion yuan, up 4.3 percent over 2030. The 2030 "
    + "figure, first published as 91.97 billion yuan, was revised to 92.85 billion yuan in this release.";
  it("is the flow of the sentence before, the first amount marked as the first estimate", () => {
    const facts = factsOf(TEXT, { published: "2032-01-27" });
    expect(one(facts, 92.85)).toMatchObject({ entity: "city:weihai", metric: "trade", period: { y1: 2030, y2: 2030 } });
    expect(one(facts, 92.85).qualifier).toBeUndefined();
    expect(one(facts, 91.97)).toMatchObject({ metric: "trade", qualifier: "first estimate" });
  });
  it("answers a plain question with the revised amount alone", async () => {
    const { ask, close } = await answersOver({ "weihai.txt": `Weihai trade in 2031\nJanuary 27, 2032\n\n${TEXT}\n` });
    try {
      const a = await ask("weihai trade in 2030?");
      expect(a.figures.map((f) => f.value)).toEqual([92.85]);
    } finally { await close(); }
  }, 120_000);
});

describe("rvc35: a compound that marks off a part of goods is not asked by its head", () => {
  it("asks no 'second-hand cars', 'non-ferrous metals', 'cross-border parcels' or 'duty-free sales' by the head", () => {
    const find = subjectFinder(["non-ferrous metals", "second-hand cars", "cross-border parcels", "duty-free sales", "steel"]);
    for (const q of ["how much metal did weihai export?", "how many cars did weihai export?", "how many parcels?",
      "weihai sales in 2031?"]) expect(find(q)).toEqual([]);
    expect(subjectFinder(["lithium-ion batteries", "steel"])("weihai battery exports?")).toEqual(["lithium-ion batteries"]);
  });
});
