import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// One zone written in two cases by two documents ("Haopu Port", "Haopu port") is one zone: a question naming it by its
// bare head finds the figures of both spellings. Made-up port and figures.
const ORE = `---
title: "Haopu ore imports rise"
date: 2032-01-22
---

Haopu port in Fuzhou imported 61.4 million tonnes of iron ore in 2031, up 8.2 percent, the port's operator said.
`;
const COAL = `---
title: "Coal shipments at Haopu Port"
date: 2030-01-20
---

Haopu Port shipped 12.3 million tonnes of coal in 2029, up 4.4 percent.
`;

const PROVINCE = `---
title: "Fujian ore imports in 2031"
date: 2032-01-25
---

Fujian imported 140.5 million tonnes of iron ore in 2031, up 3.0 percent.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "ore.md": ORE, "coal.md": COAL, "fujian.md": PROVINCE }); }, 60_000);
afterAll(() => over.close());

describe("a zone the documents spell in two cases", () => {
  it("is found by its bare head: 'haopu iron ore imports in 2031?'", async () => {
    const a = await over.ask("haopu iron ore imports in 2031? volume");
    expect(a.figures.map((f) => f.value)).toContain(61.4);
    expect(a.figures.map((f) => f.value)).not.toContain(140.5);
  });
});
