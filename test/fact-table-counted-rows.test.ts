import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { columnOf } from "../facts/tables.js";

// A work report's table of targets and results whose rows say what they count ("train trips", "(10,000 t)") under
// columns that name only a year and "target" or "result". Made-up figures.
const REPORT = "Hebei's foreign trade grew 5.6 percent in 2031.\n\n"
  + "Table 4. Targets and results (2031 target, 2031 result, 2032 target)\n"
  + "| Indicator | 2031 target | 2031 result | 2032 target |\n| Trade growth (%) | 4 | 5.6 | 5 |\n"
  + "| China-Europe train trips | 2,800 | 2,903 | 3,100 |\n| Airport cargo (10,000 t) | 70 | 72.6 | 80 |\n";
const facts = factsOf(REPORT, { title: "Hebei government work report", published: "2032-01-14" });
const counted = (unit: RegExp) => facts.filter((f) => f.measure === "count" && unit.test(f.unit))
  .map((f) => [f.entity, f.value, f.period?.y1, /forecast/.test(f.qualifier ?? "")]);

describe("a table row naming what it counts", () => {
  it("reads a route's train trips as the place's count, the targets marked, never China's", () => {
    expect(counted(/trips/)).toEqual([["hebei", 2800, 2031, true], ["hebei", 2903, 2031, false], ["hebei", 3100, 2032, true]]);
    expect(facts.find((f) => f.unit === "trips")?.subject).toBeUndefined();
  });
  it("reads a row's bracketed counting unit", () => {
    expect(counted(/tonnes/)).toEqual([["hebei", 700, 2031, true], ["hebei", 726, 2031, false], ["hebei", 800, 2032, true]]);
  });
});

// A port's table of its shipping routes, each row named "From-To … route". Made-up routes and figures.
describe("a table of routes", () => {
  const ROUTES = "Hebei's port handled 1.5 million TEU in 2031. Together the three routes carried 61,000 TEU:\n\n"
    + "| Route | Containers (TEU) | Change |\n| Hebei-Japan direct route | 41,600 | +15.2% |\n"
    + "| Hebei-Shanghai river-sea shuttle | 19,400 | +9.1% |\n";
  const routeFacts = factsOf(ROUTES, { title: "Port routes", published: "2032-01-20" }).filter((f) => f.start > 60);
  it("gives each row its route as its subject, never the place's whole", () => {
    expect(routeFacts.filter((f) => f.measure === "count").map((f) => [f.value, f.subject])).toEqual([
      [41600, "hebei-Japan direct route"], [19400, "hebei-Shanghai river-sea shuttle"]]);
  });
  it("gives a route to a partner that partner", () => {
    expect(routeFacts.filter((f) => f.partner).map((f) => [f.value, f.partner])).toEqual([
      [41600, "partner:japan"], [15.2, "partner:japan"]]);
  });
});

describe("a column of things counted in units", () => {
  it("counts the things it names, with or without a scale", () => {
    expect(columnOf("Vehicles (units)")).toMatchObject({ measure: "count", unit: "vehicles" });
    expect(columnOf("Vehicles (10,000 units)")).toMatchObject({ measure: "count", unit: "thousand vehicles", factor: 10 });
  });
});
