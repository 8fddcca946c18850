import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from "discord.js";
import { STAT_MEASURES, STAT_METRICS, STAT_REGIONS, statEntities, stats as queryStats, type StatsQuery } from "../../../retrieval/stats.js";
import { renderAnswer } from "../../render/discord.js";
import { withChart } from "../answering.js";
import type { SlashCommand } from "../types.js";

/** /stats draws a chart from two comparable figures up. */
export const STATS_CHART_MIN = 2;

const choices = (xs: readonly string[]) => xs.map((x) => ({ name: x, value: x }));

export const stats: SlashCommand = {
  data: {
    name: "stats",
    description: "Quick figures: ranked, with sources",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      { name: "entity", description: "A province, region or partner", type: ApplicationCommandOptionType.String, autocomplete: true },
      { name: "metric", description: "Which flow", type: ApplicationCommandOptionType.String, choices: choices(STAT_METRICS) },
      { name: "measure", description: "Amount, growth or share", type: ApplicationCommandOptionType.String, choices: choices(STAT_MEASURES) },
      { name: "region", description: "Only provinces of this kind", type: ApplicationCommandOptionType.String, choices: choices(STAT_REGIONS) },
      { name: "period", description: "e.g. 2025, January 2019, H1 2021", type: ApplicationCommandOptionType.String, max_length: 40 },
      { name: "top", description: "Rows per table (1-25)", type: ApplicationCommandOptionType.Integer, min_value: 1, max_value: 25 },
    ],
  },
  async execute(i, ctx) {
    const q: StatsQuery = {};
    const entity = i.options.getString("entity");
    const metric = i.options.getString("metric");
    const measure = i.options.getString("measure");
    const region = i.options.getString("region");
    const period = i.options.getString("period");
    const top = i.options.getInteger("top");
    if (entity) q.entity = entity;
    if (metric && (STAT_METRICS as readonly string[]).includes(metric)) q.metric = metric as StatsQuery["metric"];
    if (measure && (STAT_MEASURES as readonly string[]).includes(measure)) q.measure = measure as StatsQuery["measure"];
    if (region && (STAT_REGIONS as readonly string[]).includes(region)) q.region = region as StatsQuery["region"];
    if (period) q.period = period;
    if (top) q.top = top;
    const a = queryStats(q, await ctx.collections.engineFor(i.guildId));
    const answerId = await ctx.store.saveAnswer({ guildId: i.guildId, channelId: i.channelId, userId: i.user.id, question: `/stats ${a.question}`, effectiveQuestion: a.question, answer: a });
    const payload = renderAnswer(a, "Tradewise · /stats · ranked within comparable figures", { answerId, followUp: false });
    return withChart(payload, a, STATS_CHART_MIN, ctx.log);
  },
  async autocomplete(i, ctx) {
    const typed = i.options.getFocused().toLowerCase();
    return statEntities(await ctx.collections.engineFor(i.guildId))
      .filter((e) => e.name.toLowerCase().includes(typed))
      .slice(0, 25)
      .map((e) => ({ name: e.name.slice(0, 100), value: e.id.slice(0, 100) }));
  },
};
