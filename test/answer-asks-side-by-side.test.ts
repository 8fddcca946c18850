import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "port A vs port B - which moved more tonnes and which more value?": the later ask names no place, and is of the two
// set side by side, compared as the first is; never a ranking of every place the documents have. Made-up ports, places
// and figures.
const PORTS = `---
title: "Weihai port office annual report 2031"
published: "2032-02-12"
---
Weihai's imports and exports were 61.2 billion yuan in 2031, up 3.0 percent. Qingdao traded 98.4 billion yuan.

| Port | Trade (billion yuan) | Yr on yr | Cargo (10,000 t) |
|---|---|---|---|
| Tarvik highway port | 14.6 | +2.2% | 151.3 |
| Tarvik railway port | 9.8 | +12.4% | 233.7 |
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "ports.md": PORTS })); });
afterAll(() => close());

describe("two asks of two places set side by side", () => {
  it("compares the two in each ask, never ranking other places", async () => {
    const a = await ask("tarvik highway port vs tarvik railway port 2031 - which moved more tonnes and which more value?");
    expect(a.answer).not.toMatch(/98\.4|61\.2/);
    expect(a.answer).toMatch(/14\.6 billion yuan/);
    expect(a.answer).toMatch(/9\.8 billion yuan/);
    expect(a.answer).toMatch(/Tarvik railway port is bigger/);
  });
});
