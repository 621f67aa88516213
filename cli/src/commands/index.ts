import type { Command } from "../command.js";
import { reconcileCommand } from "./reconcile.js";
import { scoreCommand } from "./score.js";
import { surveyStatsCommand } from "./surveyStats.js";

/** Every `huiyin` sub-command, in the order `--help` lists them. */
export const commands: Command[] = [reconcileCommand, scoreCommand, surveyStatsCommand];
