import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { cueWeight } from "../retrieval/explain/cues.js";
import { findEntities, isCompanyName } from "../text/entities.js";

// Reasons in shapes the explainer missed: a reason after "so" or in "with X that high", what is blamed without "on",
// a reason quoted right after the sentence that states the change, a place named only where the cause struck or as the
// first word of a company's name, an interview's answer under a question set in bold, a reason that names the asked
// place, and "three reasons for the surge" dated to the year before; over made-up articles.

const QUOTED = `---
title: "Brushes and brooms: a county's year"
date: 2032-02-10
---
Helin county's makers of brushes exported 3.41 billion yuan of brushes in 2031, up 6.2 percent, the county said.

Their North American business was another story. "Our orders for paint brushes from Canada fell by about a quarter last year," said Ma Tao, who owns a brush workshop. "With mortgage rates that high, people there stopped painting their houses, and the chain stores still had brushes left from 2030." Shipping costs fell during the year but did not bring the orders back.

The county plans to open a showroom in Toronto in 2032.
`;

const MONTHS = `---
title: "Zigong's trade by month, 2031"
date: 2032-01-25
---
Zigong's foreign trade reached 38.6 billion yuan in 2031, up 3.1 percent, according to Zigong Customs.

The months were uneven. Trade dropped in March, when floods in Yunnan cut the rail line that brings ore to the smelters. August was the strongest month as the smelters caught up on orders.

Note: monthly figures may not add to the annual total because of rounding.
`;

const COMPANY = `---
title: "Lishui's toy exporters at the spring fair"
date: 2031-05-12
---
Lishui exported 4.8 billion yuan of toys in the first four months of 2031, up 5.5 percent.

Wooden trains were the weak spot. "Two slow Christmases left the toy chains with full shelves, so they cut train orders by almost half," said Luo Fen, general manager of Wenzhou Jiale Toys Co., which sells most of its trains in Italy.

Dong Yi, deputy mayor of Lishui, said the city would help firms sell their own brands.
`;

const INTERVIEW = `---
title: "Interview: a glass maker on a hard year"
date: 2031-08-20
---
Gu Ping runs a maker of laboratory glass with 240 workers.

**How was the first half?**

Exports fell 12 percent in the first half. Buyers in Brazil are slow to pay.

**Why did you keep the workers?**

A skilled glassblower takes five years to train. The district cut our electricity bill and the bank deferred our loan, so we did not have to dismiss anyone. We also used the quiet weeks to repair the kilns.
`;

const REGION = `---
title: "The southwest's trade in 2031"
date: 2032-02-02
---
The four provinces of the southwest traded goods worth 1,204.5 billion yuan in 2031, 2.1 percent less than a year earlier.

Guizhou had the steepest fall, 9.3 percentage points below the regional average, as exports of tyres to South America weakened and aluminium prices dropped. Yunnan grew 4.2 percent.
`;

const SURGE = `---
title: "Qujing's trade with Africa, 2030 and early 2031"
date: 2031-06-30
---
Qujing's trade with Africa reached 3.12 billion yuan in 2030, up 20.4 percent.

In the first four months of 2031 Qujing's trade with Africa came to 1.64 billion yuan, up 57.2 percent.

Officials gave two reasons for the surge: the Qujing-Lusaka cargo flight launched last year, and the tractor makers that opened service centres in Africa.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({
    "quoted.md": QUOTED, "months.md": MONTHS, "company.md": COMPANY, "interview.md": INTERVIEW, "region.md": REGION,
    "surge.md": SURGE,
  }));
});
afterAll(() => close());

describe("cause cues", () => {
  it("read what is blamed, with no 'on', as a cause; not what someone was blamed for", () => {
    expect(cueWeight("cause", "Officials blamed the new quota and a fall in ore prices.")).toBe(3);
    expect(cueWeight("cause", "The mayor was blamed for the delay.")).toBe(0);
  });

  it("read what comes before 'so they/we …' as a cause, not a quotation's 'so he said'", () => {
    expect(cueWeight("cause", "The bank deferred our loan, so we did not have to dismiss anyone.")).toBeGreaterThanOrEqual(2);
    expect(cueWeight("cause", "Shelves were full, so they cut orders by half.")).toBeGreaterThanOrEqual(2);
    expect(cueWeight("cause", "The fair opened on Monday, so he said.")).toBe(0);
  });

  it("read 'with X that high' as a condition that weighed, and a crisis named with where it struck", () => {
    expect(cueWeight("cause", '"With mortgage rates that high, people stopped painting their houses."')).toBeGreaterThanOrEqual(2);
    expect(cueWeight("cause", "The debt crisis in the south has cut what shops buy.")).toBeGreaterThanOrEqual(2);
    expect(cueWeight("cause", "Our own wages keep rising.")).toBeGreaterThanOrEqual(2);
  });

  it("do not read rounding as the cause of anything", () => {
    expect(cueWeight("cause", "Monthly figures may not add to the total because of rounding.")).toBeLessThan(2);
    expect(cueWeight("cause", "Exports fell because of the floods.")).toBe(3);
  });
});

describe("a place that owns no figure", () => {
  it("is the first word of a company's name, not a place on its own", () => {
    const text = "said Luo Fen, general manager of Wenzhou Jiale Toys Co., which sells most of its trains in Italy.";
    const m = findEntities(text).find((e) => e.id === "city:wenzhou")!;
    expect(isCompanyName(text, m)).toBe(true);
    const own = "Wenzhou exported 2 billion yuan of toys.";
    expect(isCompanyName(own, findEntities(own).find((e) => e.id === "city:wenzhou")!)).toBe(false);
  });

  it("answers who said it and why with a speaker whose company bears another city's name", async () => {
    const a = await ask("who said toy chains cut lishui train orders by almost half, and why did they?");
    expect(a.answer).toContain("Luo Fen");
    expect(a.answer).toContain("full shelves");
    expect(a.answer).not.toContain("Dong Yi");
  });

  it("answers why trade dropped in a month with the sentence that names where the cause struck", async () => {
    const a = await ask("why did zigong's trade drop in march 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("floods in Yunnan");
    expect(a.answer).not.toContain("rounding");
  });
});

describe("a reason right after the stated change", () => {
  it("is about what that sentence is about, though it repeats none of its words", async () => {
    const a = await ask("why did helin's north american orders for brushes fall in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("mortgage rates that high");
  });
});

describe("an interview's answer under a question set in bold", () => {
  it("is quoted whole up to the reason, with what it opens with", async () => {
    const a = await ask("why didn't gu ping dismiss anyone during the slump?");
    expect(a.answer).toContain("deferred our loan");
    expect(a.answer).toContain("five years to train");
  });
});

describe("a reason that names the asked place, in the asked direction", () => {
  it("answers 'what dragged X down' though it says 'fall', not the question's 'trade'", async () => {
    const a = await ask("what dragged guizhou's trade down so hard in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("exports of tyres to South America weakened");
  });

  it("does not answer why it grew", async () => {
    const a = await ask("what lifted guizhou's trade in 2031?");
    expect(a.answer).not.toContain("steepest fall");
  });
});

describe("reasons for the asked change dated to the year before", () => {
  it("answer, in an article mostly of that year, when the sentence names the change", async () => {
    const a = await ask("why did qujing-africa trade surge in the first four months of 2031?");
    expect(a.answer).toContain("two reasons for the surge");
  });
});
