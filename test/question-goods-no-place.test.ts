import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// "lithium battery exports jan-may 2031 - how much, and how many times the yr-earlier level?": a question that names no
// place asks about the one place whose figures of those goods the documents give, never one of two; and "how many
// times" asks a multiple. Made-up articles.

const ONE = `---
title: "Lishui's exports of new products climb in the first five months"
date: 2031-06-20
---
Lishui's exports reached 3.12 billion yuan in the first five months of this year, up 4.4 percent.

Exports of the "new three" products — lithium batteries, photovoltaic products and electric vehicles — reached 655 million yuan, up 61.3 percent. Lithium
batteries alone accounted for 412 million yuan, 3.1 times the figure of the same period last year.
`;

const OTHER = `---
title: "Quzhou's exports rise"
date: 2031-06-21
---
Quzhou's exports reached 2.04 billion yuan in the first five months of this year, up 2.9 percent. Exports of paper products
rose 8.1 percent to 233 million yuan.
`;

const SECOND = `---
title: "Quzhou's battery makers expand"
date: 2031-06-22
---
Quzhou's exports of lithium batteries reached 97 million yuan in the first five months of this year, up 40.2 percent.
`;

describe("how many times", () => {
  it("asks a multiple", () => {
    expect(parseQuestion("lishui exports jan-may 2031: how many times the yr-earlier level?").measures).toContain("multiple");
  });
});

describe("goods asked of no place", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({ "one.md": ONE, "other.md": OTHER }));
  }, 60_000);
  afterAll(() => close());

  it("are the one place's whose figures of them the documents give", async () => {
    const a = await ask("lithium battery exports jan-may 2031 - how much, and how many times the yr-earlier level?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("Lishui");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([412, 3.1]));
  });
});

describe("goods asked of no place that two places trade", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({ "one.md": ONE, "second.md": SECOND }));
  }, 60_000);
  afterAll(() => close());

  it("are no one place's: no figure of either is given as the answer", async () => {
    const a = await ask("lithium battery exports jan-may 2031 - how much?");
    expect(a.figures.map((f) => f.value)).not.toContain(412);
  });
});
