import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A terse question on a measure no fact reads ("X service outsourcing executed in 2031?") falls back to passages: those
// must be of the asked place and of a period that holds the asked one, and use what it asks ("signed", not
// "executed"), or the answer abstains. Made-up articles (no evaluation set's place, person or number).

const LISHUI = `---
title: "Lishui service outsourcing in 2029"
published: "2030-01-20"
---
LISHUI -- Service outsourcing contracts executed by Lishui companies reached US$1.23 billion in 2029, up 7.7 percent, of which offshore contracts executed were US$0.64 billion.
`;

const QUZHOU = `---
title: "Quzhou service outsourcing in the first quarter"
published: "2031-04-18"
---
QUZHOU -- Service outsourcing contracts executed by Quzhou companies reached US$0.31 billion in the first quarter of 2031, up 5.2 percent.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "lishui-outsourcing-2029.md": LISHUI, "quzhou-outsourcing-q1-2031.md": QUZHOU }));
});
afterAll(() => close());

describe("passages for a place and a period", () => {
  it("answer from the asked place's sentence of the asked year", async () => {
    const a = await ask("lishui service outsourcing executed in 2029?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("1.23 billion");
  });

  it("are none of another year: the answer abstains", async () => {
    const a = await ask("lishui service outsourcing executed in 2031?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toContain("1.23");
  });

  it("are none of a quarter for a whole year", async () => {
    const a = await ask("quzhou service outsourcing executed full year 2031");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toContain("0.31");
  });

  it("are none that say another thing than the one asked", async () => {
    const a = await ask("lishui service outsourcing contracts signed 2029");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toContain("1.23");
  });
});
