import { Alert, Card, Space, Spin, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { StoredFinding } from "@domain/schema/finding.js";
import type { ScoreMonth } from "@domain/schema/scoreMonth.js";
import type { StoredScorecard } from "@domain/schema/scorecard.js";
import { scorecardId } from "@domain/schema/scorecard.js";
import { monthOf, type MonthKey } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import {
  readScorecard,
  watchPersonFindingsOfMonth,
  watchScoreMonth,
  type Read,
} from "../../firebase/assessment.js";
import { localTime, signed } from "./format.js";
import { useEstateZone, useStaffNames, useSubscription } from "./hooks.js";
import { MonthSelect } from "./MonthSelect.js";
import { ScorecardLines } from "./ScorecardLines.js";
import { changedSince, defaultMonth } from "./scorecards.js";
import "./assessment.css";

/** "My scorecard": the signed-in person's month, rule by rule, each line opening its evidence. */
export default function MyScorecardPage() {
  const { t } = useTranslation();
  const { estateId, uid } = useEstate();
  const timeZone = useEstateZone();
  const { nameOf } = useStaffNames();
  const [month, setMonth] = useState<MonthKey>(() => defaultMonth(new Date(), timeZone));
  const [read, setRead] = useState<{
    key: string;
    card: StoredScorecard | null;
    error: string | null;
  } | null>(null);

  const summary = useSubscription<ScoreMonth | null>(
    [estateId, month].join("/"),
    (onData, onError) => watchScoreMonth(estateId, month, onData, onError),
  );
  const mine = useSubscription<Read<StoredFinding>>(
    [estateId, uid, month].join("/"),
    (onData, onError) => watchPersonFindingsOfMonth(estateId, uid, month, onData, onError),
  );
  const computedAt = summary.value?.computedAt ?? null;

  const cardKey = [estateId, uid, month].join("/");
  useEffect(() => {
    let current = true;
    readScorecard(estateId, scorecardId(month, { kind: "person", id: uid })).then(
      (found) => {
        if (current) setRead({ key: cardKey, card: found, error: null });
      },
      (failure: unknown) => {
        if (current) setRead({ key: cardKey, card: null, error: String(failure) });
      },
    );
    return () => {
      current = false;
    };
    // Re-read when the month is recomputed.
  }, [estateId, uid, month, cardKey, computedAt]);
  const card = read?.key === cardKey ? read : null;
  const error = card?.error ?? null;

  const changed = summary.value ? changedSince(mine.value?.records ?? [], computedAt) : [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t("assessment.my.title")}
        </Typography.Title>
        <span className="no-print">
          <MonthSelect value={month} latest={monthOf(new Date(), timeZone)} onChange={setMonth} />
        </span>
      </Space>
      {error !== null && <Alert type="error" showIcon title={error} />}
      {summary.value === null && (
        <Alert type="info" showIcon title={t("assessment.my.notComputed", { month })} />
      )}
      {changed.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="changed-banner"
          title={t("assessment.my.changed", { count: changed.length })}
        />
      )}
      {card === null ? (
        <Spin />
      ) : card.card === null ? (
        summary.value !== null && (
          <Typography.Paragraph>{t("assessment.my.none", { month })}</Typography.Paragraph>
        )
      ) : (
        <Card title={t("assessment.my.total", { month, points: signed(card.card.points) })}>
          {summary.value && (
            <Typography.Paragraph type="secondary">
              {t("assessment.my.computedAt", {
                at: localTime(summary.value.computedAt, timeZone),
                count: summary.value.findingCount,
              })}
            </Typography.Paragraph>
          )}
          <ScorecardLines card={card.card} timeZone={timeZone} nameOf={nameOf} />
        </Card>
      )}
    </Space>
  );
}
