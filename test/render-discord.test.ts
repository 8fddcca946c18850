import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applicationIdFromToken, loadConfig, requireDiscordToken } from "../bot/config.js";
import { RateLimiter } from "../bot/discord/rateLimit.js";
import { citationId, escapeText, LIMITS, renderAnswer, resolveCitation, truncate, type DiscordPayload } from "../bot/render/discord.js";
import { PLAIN, renderAnswer as renderTerminal } from "../bot/render/terminal.js";
import type { Answer } from "../retrieval/types.js";

function checkLimits(p: DiscordPayload): void {
  expect((p.content ?? "").length).toBeLessThanOrEqual(LIMITS.content);
  let total = 0;
  for (const e of p.embeds) {
    expect((e.title ?? "").length).toBeLessThanOrEqual(LIMITS.title);
    expect((e.description ?? "").length).toBeLessThanOrEqual(LIMITS.description);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      expect(f.value.length).toBeGreaterThan(0);
    }
    expect((e.footer?.text ?? "").length).toBeLessThanOrEqual(LIMITS.footer);
    total += (e.title ?? "").length + (e.description ?? "").length + (e.footer?.text ?? "").length + (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedsTotal);
  expect(p.components.length).toBeLessThanOrEqual(LIMITS.rows);
  for (const row of p.components) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of row.components) if ("custom_id" in b) expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  }
  expect(p.allowedMentions.parse).toEqual([]);
}

// text with the characters that break naive renderers: markdown, mentions, invisible and RTL marks, numbers
const oddText = fc.array(fc.oneof(
  fc.string(), fc.constantFrom("**", "__", "`", "```", "\\", "@everyone", "@here", "<@123456789012345678>", "<@&1234>", "\u200b", "\u202e", "\n", "# ", "> ", "- ", "1. ", "[x](http://a)", "||"),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => `${v.toFixed(2)} billion yuan`),
), { maxLength: 400 }).map((parts) => parts.join(" "));

const answerArb: fc.Arbitrary<Answer> = fc.record({
  question: oddText,
  followUp: fc.record({ question: oddText, carried: fc.array(fc.record({ kind: fc.constantFrom("place", "period", "flow"), text: oddText }), { maxLength: 6 }) }),
  abstained: fc.boolean(),
  answer: oddText,
  figures: fc.array(fc.record({ label: oddText, value: fc.double({ noNaN: true, noDefaultInfinity: true }), unit: fc.constantFrom("%", "billion yuan", "percentage points"), computed: fc.boolean(), formula: oddText, citations: fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 4 }) }), { maxLength: 40 }),
  citations: fc.array(fc.record({ n: fc.integer({ min: 1, max: 40 }), docId: fc.string({ minLength: 1 }), source: fc.string({ minLength: 1 }), title: oddText, published: fc.constant("2024-01-01"), passageId: fc.string({ minLength: 1, maxLength: 300 }), snippet: oddText, url: fc.webUrl() }), { maxLength: 30 }),
});

describe("renderAnswer (property-based)", () => {
  it("respects every Discord limit for any answer", () => {
    fc.assert(fc.property(answerArb, fc.stringMatching(/^[0-9a-f]{16}$/), fc.boolean(), (a, answerId, followUp) => {
      checkLimits(renderAnswer(a));
      checkLimits(renderAnswer(a, undefined, { answerId, followUp }));
    }), { numRuns: 150 });
  });

  it("never lets @everyone, @here or a raw mention through", () => {
    fc.assert(fc.property(answerArb, (a) => {
      const s = JSON.stringify(renderAnswer(a, undefined, { answerId: "0123456789abcdef", followUp: true }));
      expect(s).not.toMatch(/(?<!\\u200b)@(everyone|here)/);
      expect(s).not.toMatch(/<@&?\d+>/);
    }), { numRuns: 100 });
  });

  it("cuts long text at a boundary, never inside a number", () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }).map((v) => v.toFixed(3)), { minLength: 1, maxLength: 500 }), fc.integer({ min: 20, max: 3000 }), (nums, max) => {
      const text = nums.join(" and ");
      const out = truncate(text, max, "…");
      expect(out.length).toBeLessThanOrEqual(max);
      const kept = out.replace(/…$/, "").match(/\d+\.\d+|\d+/g) ?? [];
      for (const k of kept) expect(nums).toContain(k);
    }), { numRuns: 200 });
  });
});

describe("escapeText", () => {
  it("shows markdown as written and defuses mentions", () => {
    expect(escapeText("**bold** _x_ `c` @everyone <@123>")).toBe("\\*\\*bold\\*\\* \\_x\\_ \\`c\\` @\u200beveryone <\u200b@123>");
    expect(escapeText("# title\n- item\n> quote")).toBe("\\# title\n\\- item\n\\> quote");
    expect(escapeText("a\u202eb\u200bc")).toBe("abc");
  });
});

describe("citation ids", () => {
  it("keeps short passage ids and hashes long ones, resolving both", () => {
    const long = `${"x".repeat(120)}#3`;
    const passages = [{ id: "doc#1", docId: "doc", ordinal: 1, start: 0, end: 1, text: "a" }, { id: long, docId: "x", ordinal: 3, start: 0, end: 1, text: "b" }];
    expect(citationId("doc#1")).toBe("doc#1");
    expect(citationId(long)).toMatch(/^h:[0-9a-f]{16}$/);
    expect(resolveCitation(citationId(long), passages)?.id).toBe(long);
    expect(resolveCitation("nope", passages)).toBeUndefined();
  });
});

describe("RateLimiter", () => {
  it("limits per user and per channel in a sliding window", () => {
    let now = 0;
    const rl = new RateLimiter({ user: { max: 2, windowMs: 1000 }, channel: { max: 3, windowMs: 1000 } }, () => now);
    expect(rl.take({ user: "a", channel: "c" })).toBeUndefined();
    expect(rl.take({ user: "a", channel: "c" })).toBeUndefined();
    expect(rl.take({ user: "a", channel: "c" })).toMatchObject({ scope: "user", retryInMs: 1000 });
    expect(rl.take({ user: "b", channel: "c" })).toBeUndefined();
    expect(rl.take({ user: "d", channel: "c" })).toMatchObject({ scope: "channel" });
    now = 1001;
    expect(rl.take({ user: "a", channel: "c" })).toBeUndefined();
  });
});

describe("Discord token", () => {
  it("explains a missing or malformed token without printing it", () => {
    expect(() => requireDiscordToken(loadConfig({}))).toThrow(/DISCORD_TOKEN is not set: create an application/);
    expect(() => requireDiscordToken(loadConfig({ DISCORD_TOKEN: "secret-value" }))).toThrow(/does not look like a bot token/);
    try { requireDiscordToken(loadConfig({ DISCORD_TOKEN: "secret-value" })); } catch (e) { expect((e as Error).message).not.toContain("secret-value"); }
  });
  it("reads the application id from a token", () => {
    const token = `${Buffer.from("1100000000000000001").toString("base64")}.abcd.${"y".repeat(27)}`;
    expect(applicationIdFromToken(token)).toBe("1100000000000000001");
  });
});

describe("renderSources", () => {
  it("pages long lists with previous/next buttons", async () => {
    const { renderSources } = await import("../bot/render/discord.js");
    const docs = Array.from({ length: 25 }, (_, i) => ({ doc: { id: `d${i}`, meta: { title: `Doc ${i} **bold**`, source: `d${i}.txt`, published: "2024-01-01" }, text: "", hash: "" }, passages: i }));
    const first = renderSources(docs, 0);
    expect(first.embeds[0]!.footer!.text).toBe("Page 1 of 3");
    expect(first.components[0]!.components.map((b) => ("custom_id" in b ? [b.custom_id, b.disabled] : []))).toEqual([["sources:-1", true], ["sources:1", false]]);
    expect(first.embeds[0]!.description).toContain("Doc 0 \\*\\*bold\\*\\*");
    expect(renderSources(docs, 9).embeds[0]!.footer!.text).toBe("Page 3 of 3"); // clamped
    expect(renderSources(docs.slice(0, 3), 0).components).toEqual([]);
  });
});

describe("a partly answered question", () => {
  const partly: Answer = {
    question: "q", abstained: true, partial: true, answer: "Found 5. The documents do not state the share.", figures: [], citations: [],
    missing: ["the share"],
  };
  it("is headed 'Partly answered' in the terminal and coloured apart from answers and abstentions in Discord", () => {
    expect(renderTerminal(partly, PLAIN)).toMatch(/^Partly answered\n/);
    const colours = [partly, { ...partly, partial: undefined }, { ...partly, abstained: false, partial: undefined }]
      .map((a) => renderAnswer(a).embeds[0]!.color);
    expect(new Set(colours).size).toBe(3);
  });
});
