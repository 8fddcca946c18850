import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A share the text states is cited, not worked out again from amounts that round otherwise, though the text names the
// goods by a short name ("laptops") where the question's other year names them in full ("laptop computers").
const Y2013 = `---
title: Hefei's exports in 2013
date: 2014-01-20
---

Hefei's exports reached 46.80 billion US dollars in 2013. The city exported 47.1 million laptop computers worth 21.97 billion US dollars, up 13.3 percent. Laptops accounted for 46.9 percent of the city's exports.
`;
const Y2020 = `---
title: Hefei's exports in 2020
date: 2021-01-20
---

Hefei's exports reached 419.00 billion yuan in 2020. Hefei exported laptop computers worth 199.05 billion yuan, up 17.7 percent, or 47.5 percent of its total exports.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "hefei-2013.md": Y2013, "hefei-2020.md": Y2020 });
}, 60_000);
afterAll(() => over.close());

describe("a stated share of goods named by a short name", () => {
  it("is cited as stated: 46.9%, not 21.97 ÷ 46.8 = 46.94%", async () => {
    const a = await over.ask("laptops' share of hefei's exports, 2013 vs 2020 - up or down and by how many points?");
    expect(a.abstained).toBe(false);
    const values = a.figures.map((f) => f.value);
    expect(values).toContain(46.9);
    expect(values).toContain(0.6);
    expect(values).not.toContain(46.94);
  });
});
