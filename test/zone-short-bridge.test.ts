import { describe, expect, it } from "vitest";
import { zoneFinder } from "../text/zones.js";

// "yancheng etdz: comprehensive bonded zone trade": the inner zone named after the bigger zone's short name (a
// place-headed zone: a made-up name is no gazetteer place)
describe("a zone named after its bigger zone's short name in a lower-case question", () => {
  const find = zoneFinder(["zone:Yancheng Comprehensive Bonded Zone", "zone:Technological Development Zone",
    "zone:Weifang Pilot Free Trade Zone", "zone:Weifang Bonded Zone"]);
  it("reads the inner zone after 'etdz:'", () => {
    expect(find("yancheng etdz: comprehensive bonded zone trade in 2021, and its share of the zone total?").map((z) => z.id))
      .toEqual(["zone:Yancheng Comprehensive Bonded Zone"]);
  });
  it("reads it after a long short name and a colon", () => {
    expect(find("yancheng hi-tech zone: comprehensive bonded zone exports in 2021?").map((z) => z.id))
      .toEqual(["zone:Yancheng Comprehensive Bonded Zone"]);
  });
  it("keeps two zones joined by 'and' apart", () => {
    expect(find("weifang ftz and the weifang bonded zone imports in 2021").map((z) => z.id))
      .toEqual(["zone:Weifang Pilot Free Trade Zone", "zone:Weifang Bonded Zone"]);
  });
});

describe("a zone's short name with no colon after it", () => {
  const find = zoneFinder(["zone:Xinjiang Pilot Free Trade Zone", "zone:Yancheng Comprehensive Bonded Zone"]);
  it("keeps the bigger zone when an area of it follows ('xj ftz kashgar area')", () => {
    expect(find("xinjiang ftz kashgar area q1-q3 2031: trade and growth?").map((z) => z.id))
      .toEqual(["zone:Xinjiang Pilot Free Trade Zone"]);
  });
});
