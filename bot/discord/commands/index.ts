import type { ButtonHandler, ModalHandler, SlashCommand } from "../types.js";
import { ask } from "./ask.js";
import { cite, citeButton } from "./cite.js";
import { add, remove } from "./collection.js";
import { feedbackSummary, thumbsDownButton, thumbsDownModal, thumbsUpButton } from "./feedback.js";
import { followUpButton } from "./followup.js";
import { help } from "./help.js";
import { reindex } from "./reindex.js";
import { settings } from "./settings.js";
import { sources, sourcesButton } from "./sources.js";
import { stats } from "./stats.js";

/** Every slash command, explicitly: no folder scanning. */
export const COMMANDS: SlashCommand[] = [ask, stats, cite, sources, help, add, remove, reindex, settings, feedbackSummary];
export const BUTTONS: ButtonHandler[] = [citeButton, sourcesButton, followUpButton, thumbsUpButton, thumbsDownButton];
export const MODALS: ModalHandler[] = [thumbsDownModal];
