import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// A place set off by what it is host or home to, naming another place inside: made-up sentences.
const meta = { title: "Central China trade note", published: "2031-07-26" };

describe("an appositive 'host of …' or 'home to …' after a place", () => {
  it("leaves the figures after it the place's, never those of the place named inside it", () => {
    const facts = factsOf("Jiangxi, host of the China-Latin America Trade Fair in Ganzhou, traded 12.34 billion yuan with "
      + "Latin American countries in 2030, up 18.8 percent.", meta);
    expect(facts.filter((f) => f.value === 12.34 || f.value === 18.8).map((f) => [f.entity, f.partner]))
      .toEqual([["jiangxi", "partner:latam"], ["jiangxi", "partner:latam"]]);
  });
  it("so too with 'home to'", () => {
    const facts = factsOf("Anhui, home to the Hefei car plants, exported 50.1 billion yuan of vehicles in 2030, up 9.9 percent.",
      meta);
    expect(facts.filter((f) => f.value === 9.9).map((f) => f.entity)).toEqual(["anhui"]);
  });
});
