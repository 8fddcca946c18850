import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Issue 15: a route named after places right after the partner ("from X via the A–B line") made a place of its name
// the figure's owner and lost the partner; the places in a route goods travel by only name the route.
// Made-up sentences, after a lead sentence.
const Y2023 = { published: "2024-01-20" };
const LEAD = "Guangdong's trade held up well in 2023, the customs office said in a statement on Monday. ";
const read = (text: string) => factsOf(`${LEAD}${text}`, Y2023);

describe("the places in a route's name", () => {
  it("are no owner of a figure after the route", () => {
    expect(one(read("Imports from Russia via the Shenzhen–Zhuhai line reached 4.6 million tonnes in 2023."), 4.6))
      .toMatchObject({ entity: "guangdong", partner: "partner:russia", metric: "imports" });
  });
  it("are no partner of a figure after the route", () => {
    expect(one(read("Crude imports from Russia through the Mongolia–Zhuhai pipeline rose 7.3 percent in 2023."), 7.3))
      .toMatchObject({ entity: "guangdong", partner: "partner:russia", metric: "imports" });
  });
  it("keep the partner of goods named before the route", () => {
    expect(one(read("The province imported 8.1 million tonnes of crude oil from Russia via the Shenzhen–Zhuhai "
      + "line in 2023."), 8.1)).toMatchObject({ entity: "guangdong", partner: "partner:russia", subject: "crude oil" });
  });
  it("leave a place that runs a train service it names", () => {
    expect(one(read("The Shenzhen-Xinjiang-Europe freight train made 152 trips in 2023."), 152).entity)
      .toBe("city:shenzhen");
  });
});
