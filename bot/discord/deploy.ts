import "dotenv/config";
import { InteractionContextType, REST, Routes } from "discord.js";
import { UserError } from "../../index/errors.js";
import { applicationIdFromToken, loadConfig, requireDiscordToken } from "../config.js";
import { runCli } from "../cli/run.js";
import { COMMANDS } from "./commands/index.js";
import { inviteUrl } from "./permissions.js";

/** Registers the slash commands: to one server when DISCORD_GUILD_ID is set (instant), else globally. */
async function main(): Promise<void> {
  const config = loadConfig();
  const token = requireDiscordToken(config);
  const appId = config.DISCORD_CLIENT_ID ?? applicationIdFromToken(token);
  if (!appId) throw new UserError("CONFIG_INVALID", "DISCORD_CLIENT_ID is not set and cannot be read from the token: copy the Application ID from the app's General Information page");
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
  const body = COMMANDS.map((c) => c.data);
  const route = config.DISCORD_GUILD_ID ? Routes.applicationGuildCommands(appId, config.DISCORD_GUILD_ID) : Routes.applicationCommands(appId);
  const result = (await rest.put(route, { body })) as Array<{ name: string }>;
  const where = config.DISCORD_GUILD_ID ? `server ${config.DISCORD_GUILD_ID}` : "all servers (global commands can take up to an hour to appear)";
  process.stdout.write(`Registered ${result.length} commands for ${where}: ${result.map((c) => `/${c.name}`).join(", ")}\n`);
  const inDms = COMMANDS.filter((c) => c.data.contexts?.includes(InteractionContextType.BotDM)).map((c) => c.data);
  if (config.DISCORD_GUILD_ID && process.argv.includes("--with-dms")) {
    // Discord offers only global commands in DMs: the DM-capable ones are registered globally too
    const global = (await rest.put(Routes.applicationCommands(appId), { body: inDms })) as Array<{ name: string }>;
    process.stdout.write(`Registered ${global.length} commands globally for DMs: ${global.map((c) => `/${c.name}`).join(", ")}\n`);
  } else if (config.DISCORD_GUILD_ID) {
    process.stdout.write(`Commands registered for one server are not offered in DMs: run with --with-dms to register `
      + `${inDms.map((c) => `/${c.name}`).join(", ")} globally as well (they then show twice on that server).\n`);
  }
  process.stdout.write(`Invite the bot with: ${inviteUrl(appId)}\n`);
}

runCli(main);
