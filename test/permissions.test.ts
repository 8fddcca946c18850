import { readFileSync } from "node:fs";
import path from "node:path";
import { PermissionFlagsBits } from "discord.js";
import { describe, expect, it } from "vitest";
import { inviteUrl, missingPermissions, NEEDED_PERMISSIONS, PERMISSIONS_INTEGER } from "../bot/discord/permissions.js";
import { ROOT } from "./helpers/paths.js";

describe("the permissions the bot needs", () => {
  it("include attaching charts and opening follow-up threads", () => {
    const bits = BigInt(PERMISSIONS_INTEGER);
    for (const bit of [
      PermissionFlagsBits.AttachFiles,
      PermissionFlagsBits.CreatePublicThreads,
      PermissionFlagsBits.SendMessagesInThreads,
      PermissionFlagsBits.EmbedLinks,
      PermissionFlagsBits.SendMessages,
    ])
      expect(bits & bit).toBe(bit);
    expect(NEEDED_PERMISSIONS).toHaveLength(7);
  });
  it("are the ones the README's integer and invite link grant", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toContain(`permissions integer\n   \`${PERMISSIONS_INTEGER}\``);
    expect(readme).toContain(inviteUrl("<APPLICATION_ID>").replace("%3CAPPLICATION_ID%3E", "<APPLICATION_ID>"));
  });
  it("names the ones a server lacks", () => {
    const all = BigInt(PERMISSIONS_INTEGER);
    expect(missingPermissions(all)).toEqual([]);
    expect(
      missingPermissions(all & ~PermissionFlagsBits.AttachFiles & ~PermissionFlagsBits.CreatePublicThreads),
    ).toEqual(["Attach Files", "Create Public Threads"]);
    expect(missingPermissions(PermissionFlagsBits.Administrator)).toEqual([]);
  });
});
