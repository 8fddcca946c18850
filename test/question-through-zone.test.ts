import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A zone's bare name after "imports through" is the way goods came only when goods are named ("X LNG imports thru Y");
// with none named, "X imports through Y" asks the zone's imports, never the place's total alone. Made-up zone and figures.
const DOC = `---
title: "Fujian trade in 2031"
date: 2032-01-22
---

Fujian's imports reached 150.2 billion yuan in 2031, up 20.1 percent, the customs said.

Imports through the Haopu Economic Development Zone totalled 80.3 billion yuan in 2031, up 15.0 percent.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "fujian-2031.md": DOC }); }, 60_000);
afterAll(() => over.close());

describe("imports through a zone named bare, no goods named", () => {
  it("are the zone's, not the place's total alone: 'fujian imports through haopu in 2031?'", async () => {
    const a = await over.ask("Fujian imports through Haopu in 2031?");
    expect(a.figures.map((f) => f.value)).toContain(80.3);
  });
});
