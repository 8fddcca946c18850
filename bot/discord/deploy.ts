import "dotenv/config";
import { REST, Routes } from "discord.js";
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
  process.stdout.write(`Invite the bot with: ${inviteUrl(appId)}\n`);
}

runCli(main);
