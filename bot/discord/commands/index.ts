import type { ButtonHandler, SlashCommand } from "../types.js";
import { ask } from "./ask.js";
import { cite, citeButton } from "./cite.js";
import { help } from "./help.js";
import { reindex } from "./reindex.js";
import { sources, sourcesButton } from "./sources.js";
import { stats } from "./stats.js";

/** Every slash command, explicitly: no folder scanning. */
export const COMMANDS: SlashCommand[] = [ask, stats, cite, sources, help, reindex];
export const BUTTONS: ButtonHandler[] = [citeButton, sourcesButton];
