import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A comparison answered with one side of what it sets against each other names the other as not stated (the answer
// abstains as partial): one flow of two, or the levels without the rates it asks "who grew faster" of. Made-up articles.

const TONGHUA = `---
title: "Tonghua trade with Mongolia in 2031"
published: "2032-01-25"
---
Tonghua's exports to Mongolia reached 4.26 billion yuan in 2031, the city's customs office said.
`;
const PORTS = `---
title: "Two ports' containers in the first half"
published: "2031-07-15"
---
In the first half of 2031, Beihai port handled 3.82 million TEUs of containers, while Qinzhou port handled 2.95 million TEUs.
`;
const PORTS_GROWTH = `---
title: "Two ports' containers and their growth in the first half"
published: "2031-07-15"
---
In the first half of 2031, Beihai port handled 3.82 million TEUs of containers, up 6.4 percent, while Qinzhou port handled 2.95 million TEUs, up 9.1 percent.
`;

describe("a comparison with one side not found", () => {
  let ask: (q: string) => Promise<import("../retrieval/types.js").Answer>;
  let close: () => Promise<void>;
  beforeAll(async () => { ({ ask, close } = await answersOver({ "th.md": TONGHUA, "ports.md": PORTS })); });
  afterAll(async () => close());

  it("names the flow not found when two flows are set against each other", async () => {
    const a = await ask("in 2031 did tonghua export more to mongolia or import more from it? by how much");
    expect(a.abstained).toBe(true);
    expect(a.missing?.join(" ")).toMatch(/imports/);
  });
  it("names the rates when 'who grew faster' is answered with the levels alone", async () => {
    const a = await ask("beihai vs qinzhou port h1 2031, who handled more containers and who grew faster");
    expect(a.abstained).toBe(true);
    expect(a.missing).toContain("the growth rates");
  });
});

describe("a comparison with both sides found", () => {
  let ask: (q: string) => Promise<import("../retrieval/types.js").Answer>;
  let close: () => Promise<void>;
  beforeAll(async () => { ({ ask, close } = await answersOver({ "ports.md": PORTS_GROWTH })); });
  afterAll(async () => close());

  it("names nothing missing when the rates are given", async () => {
    const a = await ask("which port's containers grew faster in h1 2031, beihai or qinzhou?");
    expect(a.missing ?? []).not.toContain("the growth rates");
    expect(a.answer).toContain("9.1");
  });
});
