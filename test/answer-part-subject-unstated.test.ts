import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "X's services trade, and how much of it was transport?" where no figure read is of the transport: the services given,
// the transport named as not stated (a partial answer), never the services' figures passed off as the whole answer.
// Made-up figures.
const DOC = `---
title: "Hainan's trade in 2031"
published: "2032-01-20"
---
Hainan's imports and exports were 91.3 billion yuan in 2031, up 5.1 percent. Hainan's trade in services reached 21.3 billion yuan in 2031, up 8.2 percent, of which transport services were 6.4 billion yuan, travel 5.1 billion yuan, telecommunications, computer and information services 2.2 billion yuan and financial services 0.4 billion yuan.
`;

// (another report's table names the transport as goods of its own: the question's "transport" is read as a thing asked)
const TABLE = `---
title: "Weihai's services trade in 2031"
published: "2032-01-22"
---
Weihai's trade in services by kind, 2031

| Kind | Value (billion yuan) | Change |
|---|---|---|
| Transport | 1.9 | +4.4% |
| Travel | 1.2 | +9.1% |
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "doc.md": DOC, "table.md": TABLE })); });
afterAll(() => close());

describe("a part asked beside its whole", () => {
  it("answers the whole and names the part not found, or gives the part", async () => {
    const a = await ask("hainan services trade 2031, and how much of it was transport?");
    expect(a.answer).toMatch(/21\.3 billion yuan/);
    const partGiven = /6\.4 billion yuan/.test(a.answer);
    expect(partGiven || /do not state[^.]*transport/.test(a.answer)).toBe(true);
  });
});
