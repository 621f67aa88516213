import { readFile } from "node:fs/promises";
import { type Command, UsageError, requiredOption, toJson } from "../command.js";
import { SURVEY_AREA_KEYS } from "../../../functions/src/domain/survey/areas.js";
import { parseSurveyResponses } from "../../../functions/src/domain/survey/response.js";
import { surveyAggregate } from "../../../functions/src/domain/survey/surveyStatistics.js";

const usage = "huiyin survey-stats --responses FILE [--issued N]";

async function readResponses(path: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read --responses ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError(`--responses ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) {
    throw new UsageError(`--responses ${path} must hold a JSON array of responses`);
  }
  return parsed as unknown[];
}

function issuedOption(value: string | boolean | undefined): number | null {
  if (value === undefined) return null;
  if (typeof value !== "string" || !/^\d+$/.test(value.trim())) {
    throw new UsageError(
      `--issued must be a whole number of forms issued, got ${JSON.stringify(value)}`,
    );
  }
  return Number(value.trim());
}

/**
 * `huiyin survey-stats`: the C2 statistics of a file of survey responses, with the same
 * domain code as the live dashboard. Invalid entries are listed in `errors` and not counted;
 * of a household's valid answers the latest counts.
 */
export const surveyStatsCommand: Command = {
  name: "survey-stats",
  summary: "Survey statistics (C2): returned, rates per area and building, common opinions",
  usage,
  options: {
    responses: { type: "string" },
    issued: { type: "string" },
  },
  run: async (values, output) => {
    const path = requiredOption(values, "responses");
    const issued = issuedOption(values.issued);
    const { responses, errors } = parseSurveyResponses(await readResponses(path));
    const { statistics, commonOpinions } = surveyAggregate(responses, {
      issued,
      maxTopics: Number.POSITIVE_INFINITY,
    });
    const areas = Object.fromEntries(
      SURVEY_AREA_KEYS.map((key) => {
        const { answered, satisfied, rate, mean } = statistics.areas[key];
        return [key, { answered, satisfied, rate, mean }];
      }),
    );
    const byBuilding = Object.fromEntries(
      Object.entries(statistics.byBuilding).map(([building, figures]) => [
        building,
        { returned: figures.returned, overallRate: figures.overallRate },
      ]),
    );
    output.stdout(
      toJson({
        returned: statistics.returned,
        issued: statistics.issued,
        responseRate: statistics.responseRate,
        overall: statistics.overall,
        areas,
        byBuilding,
        commonOpinions: commonOpinions.map(({ topic, count, examples }) => ({
          topic,
          count,
          examples,
        })),
        errors,
      }),
    );
    return 0;
  },
};
