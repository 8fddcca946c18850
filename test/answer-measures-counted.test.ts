import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { sameCountUnit } from "../retrieval/plans/operations.js";

// Measures that are not money (tonnes, train trips): the quantity of goods a sentence has just valued, "with a volume
// of N tonnes"; "the export volume" of the goods the sentence before counted; "more intl freight trains" asking a
// count; and counts whose units name which things were counted ("freight train trips") set against each other.
// Made-up figures.

const GOODS = `---
title: "Anhui's orchid exports in the first half of 2031"
published: "2031-07-20"
---
Anhui's orchid exports reached 412 million yuan in the first half of 2031, up 9.1 percent.

Cut orchids accounted for 301 million yuan of the total, or 73.1 percent, with a volume of 7,240 tonnes.

Potted orchids were worth 111 million yuan.
`;

const PEARS = `---
title: "Hubei pear exports in 2031"
published: "2032-01-20"
---
Hubei exported 2,310 tonnes of pears in 2031, worth 31 million yuan. The export volume dropped 4.2 percent to 1,120 tonnes in the second half.
`;

const TRAINS = `---
title: "Freight trains from two Hunan cities, January-October 2031"
published: "2031-11-12"
---
From January to October, the Yueyang inland port operated 212 international freight train trips, up 18.2 percent, carrying 9,100 TEUs.

By comparison, Changde ran 388 international freight trips in the same ten months.
`;

describe("reading quantities of goods", () => {
  it("gives a volume stated with the goods' value their goods and flow", () => {
    const f = one(factsOf(GOODS), 7240);
    expect(f.measure).toBe("count");
    expect(f.subject).toBe("cut orchids");
    expect(f.metric).toBe("exports");
    // ("with a weight of": a quantity as well)
    const weighed = one(factsOf(GOODS.replace("with a volume of", "with a weight of")), 7240);
    expect(weighed.qualifier).toMatch(/\bquantity\b/);
  });

  it("leaves a quantity of goods whose value came with no flow named with no flow", () => {
    const doc = GOODS.replace("Anhui's orchid exports reached", "Anhui's orchid sector reached")
      .replace("orchid exports in", "orchid sector in");
    expect(one(factsOf(doc), 7240).metric).not.toBe("exports");
  });

  it("gives 'the export volume' the goods the sentence before counted", () => {
    const facts = factsOf(PEARS);
    expect(one(facts, 1120).subject).toBe("pears");
    expect(one(facts, -4.2).subject).toBe("pears");
  });

  it("names no goods for 'the export volume' after a sentence that counted none", () => {
    const doc = PEARS.replace("2,310 tonnes of pears", "goods worth 44 million yuan").replace(", worth 31 million yuan", "");
    expect(one(factsOf(doc), 1120).subject).toBeUndefined();
  });
});

describe("counts asked and set side by side", () => {
  it("asks a count of 'more intl freight trains', not an amount", () => {
    const q = parseQuestion("in jan-oct 2031 did yueyang or changde run more intl freight trains?");
    expect(q.measures).toContain("count");
    expect(q.measures).not.toContain("amount");
  });

  it("asks no count of 'more trade than'", () => {
    expect(parseQuestion("did yueyang do more trade than changde in 2031?").measures).not.toContain("count");
  });

  it("takes a count's unit by its head noun", () => {
    expect(sameCountUnit("international freight train trips", "international freight trips")).toBe(true);
    expect(sameCountUnit("million tonnes", "tonnes")).toBe(true);
    expect(sameCountUnit("freight train trips", "TEUs")).toBe(false);
  });

  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({ "goods.md": GOODS, "trains.md": TRAINS }));
  });
  afterAll(() => close());

  it("compares two places' train trips whose units name the trips in other words", async () => {
    const a = await ask("in jan-oct 2031 did yueyang or changde run more intl freight trains?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([212, 388, 176]));
  });

  it("answers the tonnes of goods asked with the volume stated beside their value", async () => {
    const a = await ask("how many tonnes of cut orchids did anhui export in h1 2031");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(7240);
  });
});
