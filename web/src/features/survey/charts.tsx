/**
 * The survey's charts as plain SVG (C2 report): each area's ratings by level as a 100% bar,
 * and each building's overall satisfaction rate against the target. Figures are also written
 * as text, so the charts print in black and white and read aloud.
 */
import type { SurveyAggregateRecord } from "@domain/schema/surveyAggregateRecord.js";
import type { SurveyArea } from "@domain/survey/areas.js";
import { levelShares, percent } from "./figures.js";
import { areaLabel, levelLabel, useSurveyLanguage } from "./hooks.js";

/** Colours of the five levels, 5 (very satisfied) to 1, distinguishable in print by order. */
export const levelColours: Record<number, string> = {
  5: "#1a7f37",
  4: "#4ac26b",
  3: "#d4a72c",
  2: "#e16f24",
  1: "#cf222e",
};

/** Each asked area's level distribution, one stacked bar per area. */
export function LevelBars({
  aggregate,
  areas,
}: {
  aggregate: SurveyAggregateRecord;
  areas: readonly SurveyArea[];
}) {
  const language = useSurveyLanguage();
  const row = 34;
  const labelWidth = 150;
  const barWidth = 460;
  const height = areas.length * row + 36;
  return (
    <figure className="survey-chart">
      <svg
        viewBox={`0 0 ${String(labelWidth + barWidth + 70)} ${String(height)}`}
        role="img"
        aria-label={areas
          .map(
            (area) =>
              `${areaLabel(area, language)} ${percent(aggregate.statistics.areas[area].rate)}`,
          )
          .join("; ")}
      >
        {areas.map((area, index) => {
          let x = labelWidth;
          const y = index * row + 4;
          return (
            <g key={area}>
              <text x={0} y={y + 17} fontSize={14}>
                {areaLabel(area, language)}
              </text>
              {levelShares(aggregate.levelCounts[area]).map(({ level, share, count }) => {
                const width = share * barWidth;
                const rect = (
                  <rect
                    key={level}
                    x={x}
                    y={y}
                    width={width}
                    height={24}
                    fill={levelColours[level]}
                  >
                    <title>{`${levelLabel(level, language)}: ${String(count)}`}</title>
                  </rect>
                );
                x += width;
                return rect;
              })}
              {aggregate.statistics.areas[area].answered === 0 && (
                <rect x={labelWidth} y={y} width={barWidth} height={24} fill="#eaeef2" />
              )}
              <text x={labelWidth + barWidth + 8} y={y + 17} fontSize={14}>
                {percent(aggregate.statistics.areas[area].rate)}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${String(labelWidth)}, ${String(areas.length * row + 8)})`}>
          {[5, 4, 3, 2, 1].map((level, index) => (
            <g key={level} transform={`translate(${String(index * 92)}, 0)`}>
              <rect width={12} height={12} fill={levelColours[level]} />
              <text x={16} y={11} fontSize={12}>
                {levelLabel(level, language)}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}

/** Each building's overall satisfaction rate as a bar, with the target as a dashed line. */
export function BuildingBars({
  aggregate,
  target,
  nameOf,
}: {
  aggregate: SurveyAggregateRecord;
  target: number;
  nameOf: (building: string) => string;
}) {
  const buildings = Object.entries(aggregate.statistics.byBuilding);
  const row = 30;
  const labelWidth = 110;
  const barWidth = 470;
  const height = Math.max(buildings.length, 1) * row + 10;
  return (
    <figure className="survey-chart">
      <svg
        viewBox={`0 0 ${String(labelWidth + barWidth + 80)} ${String(height)}`}
        role="img"
        aria-label={buildings
          .map(([building, figures]) => `${nameOf(building)} ${percent(figures.overallRate)}`)
          .join("; ")}
      >
        {buildings.map(([building, figures], index) => {
          const y = index * row + 4;
          const rate = figures.overallRate ?? 0;
          return (
            <g key={building}>
              <text x={0} y={y + 16} fontSize={14}>
                {nameOf(building)}
              </text>
              <rect x={labelWidth} y={y} width={barWidth} height={22} fill="#eaeef2" />
              <rect
                x={labelWidth}
                y={y}
                width={rate * barWidth}
                height={22}
                fill={figures.overallRate !== null && rate >= target ? "#1a7f37" : "#cf222e"}
              />
              <text x={labelWidth + barWidth + 8} y={y + 16} fontSize={14}>
                {percent(figures.overallRate)}
              </text>
            </g>
          );
        })}
        <line
          x1={labelWidth + target * barWidth}
          x2={labelWidth + target * barWidth}
          y1={0}
          y2={height}
          stroke="#1f2328"
          strokeDasharray="4 3"
        />
      </svg>
    </figure>
  );
}
