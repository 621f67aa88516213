import { Button, Grid, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StoredScorecard } from "@domain/schema/scorecard.js";
import { EvidenceDrawer } from "./EvidenceDrawer.js";
import { ruleLanguage, ruleOf, signed } from "./format.js";

type Line = StoredScorecard["lines"][number];

/** A scorecard rule by rule; each line opens the findings it counted. */
export function ScorecardLines({
  card,
  timeZone,
  nameOf,
}: {
  readonly card: StoredScorecard;
  readonly timeZone: string;
  readonly nameOf: (uid: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const language = ruleLanguage(i18n.language);
  const [open, setOpen] = useState<Line | null>(null);
  // On a phone the count gives way to the description; the drawer lists every finding.
  const narrow = Grid.useBreakpoint().md !== true;
  return (
    <>
      <Table<Line>
        size="small"
        pagination={false}
        rowKey="rule"
        dataSource={card.lines}
        data-testid="scorecard-lines"
        columns={[
          {
            title: t("assessment.line.rule"),
            key: "rule",
            render: (_: unknown, line) => {
              const description = ruleOf(card.month, line.rule)?.description[language];
              return (
                <>
                  <Typography.Text strong>{line.rule}</Typography.Text>{" "}
                  <Typography.Text
                    ellipsis={narrow ? { tooltip: description } : false}
                    style={narrow ? { display: "block" } : undefined}
                  >
                    {description}
                  </Typography.Text>
                  {line.arrears !== null && (
                    <div>
                      <Typography.Text type="secondary" data-testid="arrears-line">
                        {t("assessment.line.arrears", {
                          rate: line.arrears.rateText,
                          inArrears: line.arrears.inArrears,
                          chargeable: line.arrears.chargeable,
                          baseline: line.arrears.baselinePercent,
                        })}
                      </Typography.Text>
                    </div>
                  )}
                </>
              );
            },
          },
          ...(narrow
            ? []
            : [
                {
                  title: t("assessment.line.count"),
                  key: "count",
                  width: 56,
                  align: "right" as const,
                  render: (_: unknown, line: Line) =>
                    line.arrears === null ? line.findingIds.length : "—",
                },
              ]),
          {
            title: t("assessment.line.points"),
            dataIndex: "points",
            width: 72,
            align: "right",
            render: (points: number) => signed(points),
          },
          {
            title: t("assessment.line.evidence"),
            key: "evidence",
            width: 110,
            className: "no-print",
            render: (_: unknown, line) =>
              line.findingIds.length > 0 && (
                <Button
                  size="small"
                  data-testid={`evidence-${line.rule}`}
                  onClick={() => {
                    setOpen(line);
                  }}
                >
                  {t("assessment.line.evidence")}
                </Button>
              ),
          },
        ]}
      />
      <EvidenceDrawer
        estateId={card.estateId}
        rule={open?.rule ?? null}
        findingIds={open?.findingIds ?? []}
        timeZone={timeZone}
        nameOf={nameOf}
        onClose={() => {
          setOpen(null);
        }}
      />
    </>
  );
}
