import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { sameGoods } from "../text/subjects.js";

// Goods counted before "abroad" and then valued ("shipped N million printers abroad, worth …"), made-up sentences; and
// one goods by its other name ("notebook computers" asked as "laptops").
const Y2030 = { published: "2031-01-20" };

describe("goods shipped abroad, then valued", () => {
  it("names the goods without the 'abroad' that says where they went", () => {
    const facts = factsOf("Guiyang shipped 5.2 million printers abroad, worth 12.4 billion yuan, 3.1 percent more than a year earlier.", Y2030);
    const value = facts.find((f) => f.value === 12.4);
    expect(value?.subject).toBe("printers");
  });
  it("takes notebook computers and laptops for one goods", () => {
    expect(sameGoods("notebook computers", "laptops")).toBe(true);
    expect(sameGoods("notebooks", "laptops")).toBe(true);
    expect(sameGoods("notebook computers", "tablets")).toBe(false);
  });
});
