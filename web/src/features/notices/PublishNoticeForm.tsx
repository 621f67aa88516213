/**
 * Publishing a notice (B.1.3): kind, title and text in Traditional Chinese (optionally
 * Simplified Chinese and English), whom it is for (the whole estate, buildings, households),
 * and when the matter begins and ends. Outages and safety notices ask for confirmation.
 */
import { householdLabel, type Household } from "@domain/schema/household.js";
import { isCriticalKind } from "@domain/notices/notices.js";
import { NOTICE_KINDS, type NoticeKind, type NoticeTarget } from "@domain/schema/notice.js";
import { Alert, Button, Card, Input, Radio, Select, Space, Typography } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { buildingsOf, localInputToDate } from "./format.js";
import { loadNotices } from "./useNoticesLive.js";
import { errorMessage } from "../../app/errorMessage.js";

type Scope = NoticeTarget["scope"];
type Language = "zh-Hant" | "zh-Hans" | "en";
const LANGUAGES: readonly Language[] = ["zh-Hant", "zh-Hans", "en"];

const emptyTexts = (): Record<Language, string> => ({ "zh-Hant": "", "zh-Hans": "", en: "" });

export function PublishNoticeForm({
  estateId,
  timeZone,
  households,
}: {
  estateId: string;
  timeZone: string;
  households: readonly Household[];
}) {
  const { t } = useTranslation();
  const ids = { kind: useId(), starts: useId(), ends: useId(), scope: useId(), who: useId() };
  const [kind, setKind] = useState<NoticeKind>("waterOutage");
  const [titles, setTitles] = useState(emptyTexts);
  const [bodies, setBodies] = useState(emptyTexts);
  const [scope, setScope] = useState<Scope>("estate");
  const [buildings, setBuildings] = useState<string[]>([]);
  const [householdIds, setHouseholdIds] = useState<string[]>([]);
  const [startsAt, setStartsAt] = useState("");
  const [endsAt, setEndsAt] = useState("");
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [published, setPublished] = useState<string | null>(null);

  const optional = (text: string) => (text.trim() === "" ? null : text.trim());

  async function publish(): Promise<void> {
    const starts = localInputToDate(startsAt, timeZone);
    const ends = localInputToDate(endsAt, timeZone);
    const problems: string[] = [];
    if (titles["zh-Hant"].trim() === "") problems.push(t("notices.form.titleRequired"));
    if (bodies["zh-Hant"].trim() === "") problems.push(t("notices.form.bodyRequired"));
    if (starts === null || ends === null) problems.push(t("notices.form.timesRequired"));
    else if (ends.getTime() <= starts.getTime()) problems.push(t("notices.form.endsAfterStarts"));
    if (scope === "buildings" && buildings.length === 0)
      problems.push(t("notices.form.pickBuildings"));
    if (scope === "households" && householdIds.length === 0)
      problems.push(t("notices.form.pickHouseholds"));
    if (problems.length > 0 || starts === null || ends === null) {
      setProblem(problems.join(" "));
      return;
    }
    const target: NoticeTarget =
      scope === "estate"
        ? { scope }
        : scope === "buildings"
          ? { scope, buildings }
          : { scope, householdIds };
    setSending(true);
    setProblem(null);
    try {
      const notices = await loadNotices();
      await notices.publishNotice(estateId, {
        kind,
        title: {
          "zh-Hant": titles["zh-Hant"].trim(),
          "zh-Hans": optional(titles["zh-Hans"]),
          en: optional(titles.en),
        },
        body: {
          "zh-Hant": bodies["zh-Hant"].trim(),
          "zh-Hans": optional(bodies["zh-Hans"]),
          en: optional(bodies.en),
        },
        target,
        startsAt: starts,
        endsAt: ends,
      });
      setPublished(titles["zh-Hant"].trim());
      setTitles(emptyTexts());
      setBodies(emptyTexts());
    } catch (error) {
      setProblem(t("notices.form.failed", { message: errorMessage(error) }));
    } finally {
      setSending(false);
    }
  }

  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("notices.form.heading")}</h2>}
    >
      <Space orientation="vertical" style={{ width: "100%" }} data-testid="notice-form">
        <label htmlFor={ids.kind}>{t("notices.form.kind")}</label>
        <Select
          id={ids.kind}
          value={kind}
          onChange={setKind}
          style={{ minWidth: 200 }}
          options={NOTICE_KINDS.map((value) => ({ value, label: t(`notices.kinds.${value}`) }))}
        />
        {isCriticalKind(kind) && (
          <Typography.Text type="warning">{t("notices.form.criticalHint")}</Typography.Text>
        )}
        {LANGUAGES.map((language) => (
          <fieldset key={language} style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontWeight: 600 }}>
              {t(`notices.form.language.${language}`)}
              {language !== "zh-Hant" && ` (${t("notices.form.optional")})`}
            </legend>
            <Input
              aria-label={`${t("notices.form.title")} (${language})`}
              placeholder={t("notices.form.title")}
              maxLength={100}
              value={titles[language]}
              data-testid={`notice-title-${language}`}
              onChange={(event) => {
                setTitles({ ...titles, [language]: event.target.value });
              }}
            />
            <Input.TextArea
              aria-label={`${t("notices.form.body")} (${language})`}
              placeholder={t("notices.form.body")}
              maxLength={2000}
              rows={3}
              value={bodies[language]}
              data-testid={`notice-body-${language}`}
              onChange={(event) => {
                setBodies({ ...bodies, [language]: event.target.value });
              }}
              style={{ marginTop: 4 }}
            />
          </fieldset>
        ))}
        <span id={ids.scope} style={{ fontWeight: 600 }}>
          {t("notices.form.target")}
        </span>
        <Radio.Group
          aria-labelledby={ids.scope}
          value={scope}
          onChange={(event) => {
            setScope(event.target.value as Scope);
          }}
          options={(["estate", "buildings", "households"] as const).map((value) => ({
            value,
            label: t(`notices.scopes.${value}`),
          }))}
        />
        {scope === "buildings" && (
          <Select
            mode="multiple"
            aria-label={t("notices.scopes.buildings")}
            value={buildings}
            onChange={setBuildings}
            style={{ width: "100%" }}
            options={buildingsOf(households).map((building) => ({
              value: building,
              label: t("notices.building", { building }),
            }))}
          />
        )}
        {scope === "households" && (
          <Select
            mode="multiple"
            aria-label={t("notices.scopes.households")}
            value={householdIds}
            onChange={setHouseholdIds}
            style={{ width: "100%" }}
            showSearch={{ optionFilterProp: "label" }}
            options={households.map((household) => ({
              value: household.id,
              label: householdLabel(household),
            }))}
          />
        )}
        <Space wrap>
          <span>
            <label htmlFor={ids.starts}>{t("notices.form.startsAt")}</label>{" "}
            <Input
              id={ids.starts}
              type="datetime-local"
              value={startsAt}
              data-testid="notice-starts"
              onChange={(event) => {
                setStartsAt(event.target.value);
              }}
            />
          </span>
          <span>
            <label htmlFor={ids.ends}>{t("notices.form.endsAt")}</label>{" "}
            <Input
              id={ids.ends}
              type="datetime-local"
              value={endsAt}
              data-testid="notice-ends"
              onChange={(event) => {
                setEndsAt(event.target.value);
              }}
            />
          </span>
        </Space>
        {problem !== null && <Alert type="error" role="alert" title={problem} />}
        {published !== null && (
          <Alert type="success" title={t("notices.form.published", { title: published })} />
        )}
        <Button
          type="primary"
          loading={sending}
          onClick={() => void publish()}
          data-testid="notice-publish"
        >
          {t("notices.form.publish")}
        </Button>
      </Space>
    </Card>
  );
}
