import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Written against surviving mutants of namedBefore (goods "the ore" refers back to by a fuller name, and a head of
// two words, which is full already) and countedLead (a place inside a route "via …" keeps a counted quantity's lead; a
// place after the route names a figure of its own). Made-up sentences.
const Y2023 = { published: "2024-01-20" };

describe("goods a quantity refers back to", () => {
  it("names 'the ore' by the fuller name the sentence before gave it", () => {
    const facts = factsOf("Iron ore was the largest import in 2023. Qingdao port handled 118.6 million tonnes of the ore in 2023.", Y2023);
    expect(one(facts, 118.6)).toMatchObject({ entity: "city:qingdao", subject: "iron ore", measure: "count" });
  });
  it("keeps a name of two words as it stands", () => {
    const facts = factsOf("Shandong bought Brazilian iron ore in large volumes in 2023. Qingdao port handled 118.6 million tonnes "
      + "of the iron ore in 2023.", Y2023);
    expect(one(facts, 118.6).subject).toBe("iron ore");
  });
});

describe("a counted quantity leading the figures after it", () => {
  it("leads its value past a place the goods went through", () => {
    const facts = factsOf("Foshan exported 3.5 million tonnes of cement via Shenzhen in 2023, worth 2.16 billion yuan.", Y2023);
    expect(one(facts, 2.16)).toMatchObject({ entity: "city:foshan", subject: "cement", metric: "exports", measure: "amount" });
  });
  it("leads no figure of a place named after the route", () => {
    const facts = factsOf("Foshan exported 3.5 million tonnes of cement via the port of Nansha in 2023, and Guangzhou earned 2.16 "
      + "billion yuan.", Y2023);
    expect(one(facts, 2.16)).toMatchObject({ entity: "city:guangzhou", measure: "amount" });
    expect(one(facts, 2.16).subject).toBeUndefined();
  });
});
