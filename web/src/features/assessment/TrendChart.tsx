import { useTranslation } from "react-i18next";
import type { MonthKey } from "@domain/time.js";
import type { TrendSeries } from "./scorecards.js";

const WIDTH = 720;
const HEIGHT = 260;
const PADDING = { left: 56, right: 40, top: 16, bottom: 32 };
/** Colour-blind-safe palette (Okabe–Ito), cycled. */
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

/**
 * Points per month of each person and team, as a small SVG line chart (no chart library: a
 * few lines and labels, printable, and described by a table for screen readers).
 */
export function TrendChart({
  months,
  series,
  nameOf,
}: {
  readonly months: readonly MonthKey[];
  readonly series: readonly TrendSeries[];
  readonly nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const values = series.flatMap((line) => line.points);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const x = (index: number) =>
    PADDING.left +
    (months.length <= 1
      ? 0
      : (index * (WIDTH - PADDING.left - PADDING.right)) / (months.length - 1));
  const y = (points: number) =>
    PADDING.top + ((max - points) * (HEIGHT - PADDING.top - PADDING.bottom)) / span;
  const ticks = [max, Math.round((max + min) / 2), min].filter(
    (tick, index, all) => all.indexOf(tick) === index,
  );

  return (
    <figure style={{ margin: 0 }}>
      <svg
        className="assessment-trend"
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        role="img"
        aria-label={t("assessment.estate.trendLabel")}
        data-testid="trend-chart"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PADDING.left}
              x2={WIDTH - PADDING.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke="#d9d9d9"
            />
            <text
              x={PADDING.left - 6}
              y={y(tick) + 4}
              textAnchor="end"
              fontSize="11"
              fill="#595959"
            >
              {tick}
            </text>
          </g>
        ))}
        {months.map((month, index) => (
          <text
            key={month}
            x={x(index)}
            y={HEIGHT - 10}
            textAnchor="middle"
            fontSize="11"
            fill="#595959"
          >
            {month}
          </text>
        ))}
        {series.map((line, index) => {
          const colour = COLOURS[index % COLOURS.length] ?? "#000";
          return (
            <g key={`${line.subjectKind}:${line.subjectId}`}>
              <polyline
                fill="none"
                stroke={colour}
                strokeWidth={2}
                strokeDasharray={line.subjectKind === "team" ? "6 3" : undefined}
                points={line.points
                  .map((points, month) => `${String(x(month))},${String(y(points))}`)
                  .join(" ")}
              />
              {line.points.map((points, month) => (
                <circle key={months[month]} cx={x(month)} cy={y(points)} r={3} fill={colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul
          style={{
            display: "flex",
            flexWrap: "wrap",
            gap: "4px 16px",
            listStyle: "none",
            padding: 0,
          }}
        >
          {series.map((line, index) => (
            <li key={`${line.subjectKind}:${line.subjectId}`}>
              <span
                aria-hidden="true"
                style={{
                  display: "inline-block",
                  width: 16,
                  borderTop: `3px ${line.subjectKind === "team" ? "dashed" : "solid"} ${COLOURS[index % COLOURS.length] ?? "#000"}`,
                  marginRight: 6,
                  verticalAlign: "middle",
                }}
              />
              {nameOf(line.subjectId)}
            </li>
          ))}
        </ul>
        <table className="visually-hidden">
          <caption>{t("assessment.estate.trendTable")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("assessment.estate.charged")}</th>
              {months.map((month) => (
                <th key={month} scope="col">
                  {month}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((line) => (
              <tr key={`${line.subjectKind}:${line.subjectId}`}>
                <th scope="row">{nameOf(line.subjectId)}</th>
                {line.points.map((points, month) => (
                  <td key={months[month]}>{points}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
