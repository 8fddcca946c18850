import { describe, expect, it } from "vitest";
import { explainParts } from "../retrieval/explain/asks.js";

// Two asks joined the way people type them: "n", "&" or "+" for "and". Made-up questions.
const parts = (q: string) => explainParts(q).map((p) => `${p.kind}: ${p.text}`);

describe("two asks typed short", () => {
  it("splits at an 'n' before the second ask", () => {
    expect(parts("who was the norland trade envoy quoted n what did he say drove exports in 2031"))
      .toEqual(["person: who was the norland trade envoy quoted", "cause: what did he say drove exports in 2031"]);
  });

  it("splits at '&' and '+' before the second ask", () => {
    expect(explainParts("who heads the westmoor port & why did its imports fall?").map((p) => p.kind)).toEqual(["person", "cause"]);
    expect(explainParts("who heads the westmoor port + why did its imports fall?").map((p) => p.kind)).toEqual(["person", "cause"]);
  });

  it("does not split at a dash: what comes before may give the figure the ask is on", () => {
    expect(explainParts("norland wool exports jumped 90% to 5m yuan in 2031 - what were they a year earlier?")).toEqual([]);
  });

  it("does not split a name's 'n' or a hyphenated word that asks nothing after it", () => {
    expect(parts("why did rock n roll records exports fall in 2031?")).toEqual(["cause: why did rock n roll records exports fall in 2031?"]);
    expect(explainParts("why did cross-border e-commerce grow in 2031?")).toHaveLength(1);
  });
});
