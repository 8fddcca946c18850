import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { underNamed } from "../retrieval/explain/cues.js";

// '… a policy it calls "X".' names the policy; "Under the policy, a plant can …" says what it is. "what is the X policy?"
// is answered with both. Made-up city, policy and figures.
const DOC = `---
title: "Weihai's plants in 2031"
published: "2032-01-20"
---
Weihai's processing trade fell 6.1 percent in 2031.

To keep small workshops open, Weihai began in 2030 a policy it calls "upgrading in place". Under the policy, a workshop that assembles goods for a foreign buyer can register as a company of its own while keeping its staff, so that it can sell at home and design its own products. By the end of 2031, 410 workshops had registered.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "doc.md": DOC })); });
afterAll(() => close());

describe("a policy named in one sentence and set out in the next", () => {
  it("reads 'Under the policy, …' as what the policy named before does", () => {
    expect(underNamed("Under the policy, a workshop can register as a company of its own.")).toBe(true);
    expect(underNamed("Under this scheme, exporters get their rebates in a week.")).toBe(true);
    expect(underNamed("Under pressure from buyers, workshops cut prices.")).toBe(false);
  });
  it("quotes what it does, not only its name", async () => {
    const a = await ask("weihai's 'upgrading in place' policy - what is it?");
    expect(a.answer).toMatch(/register as a company of its own/);
  });
});
