import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Answers over made-up articles: the ports an article names one by one, and a level of a year no document states.
const PORTS = `---
title: "Kestrel's border ports busy in 2032"
date: 2033-01-20
---
Kestrel's border ports had a busy 2032, local customs said.

Freight through the Varda port rose 20 percent in 2032.

The Oskel port handled 1 million tonnes of cargo in 2032.

Trade at the Tamsin port reached 5 billion yuan, helped by the Ridge Highway.

Goods also moved through the Dry port, a new rail yard.
`;
const EXPORTS = `---
title: "Ningbo's exports in 2031"
published: "2032-01-21"
---
Ningbo's exports rose 10.5 percent to 320.4 billion yuan in 2031.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "ports.md": PORTS, "exports.md": EXPORTS }));
}, 120_000);
afterAll(() => close());

describe("the ports an article names one by one", () => {
  it("include one a sentence opens with, and no kind of port ('the Dry port')", async () => {
    const a = await ask("kestrel's border ports story (2032) - which ports does it name?");
    expect(a.answer).toContain("The documents name Varda, Oskel and Tamsin");
    expect(a.answer).not.toMatch(/name[^.]*\bDry\b/);
  });
});

describe("a level of a year no document states", () => {
  it("is not worked back for a polite 'thanks so much'", async () => {
    const a = await ask("What were Ningbo's exports in 2030? Thanks so much");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/289\.95/);
  });
  it("is still worked back when the question asks what the growth implies", async () => {
    const a = await ask("What were Ningbo's exports in 2030, judging by their 2031 growth?");
    expect(a.figures.map((f) => f.value)).toContain(289.95);
  });
});
