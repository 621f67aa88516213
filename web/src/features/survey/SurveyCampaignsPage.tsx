/** The estate's survey campaigns (C1), live, and the director's form to create one. */
import {
  DEFAULT_SATISFIED_LEVELS,
  SATISFACTION_LEVELS,
  SURVEY_AREA_KEYS,
  type SatisfactionLevel,
  type SurveyArea,
} from "@domain/survey/areas.js";
import { DEFAULT_SURVEY_TARGETS, type SurveyCampaign } from "@domain/schema/surveyCampaign.js";
import { campaignState } from "@domain/survey/campaign.js";
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Input,
  InputNumber,
  List,
  message as antMessage,
  Space,
  Tag,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useEstate } from "../../app/EstateContext.js";
import { createCampaign, watchCampaigns, type Read } from "../../firebase/survey.js";
import { areaLabel, formatTime, levelLabel, useLive, useSurveyLanguage } from "./hooks.js";
import "./survey.css";

function localInput(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

const targetKeys = ["linksIssuedRate", "returnedRate", "overallRate", "areaRate"] as const;

function NewCampaignForm({ estateId }: { estateId: string }) {
  const { t } = useTranslation();
  const language = useSurveyLanguage();
  const navigate = useNavigate();
  const [toast, toastHolder] = antMessage.useMessage();
  const now = new Date();
  const [title, setTitle] = useState(() =>
    t("survey.form.defaultTitle", { year: now.getFullYear() }),
  );
  const [opensAt, setOpensAt] = useState(() => localInput(now));
  const [closesAt, setClosesAt] = useState(() =>
    localInput(new Date(now.getTime() + 30 * 86_400_000)),
  );
  const [areas, setAreas] = useState<SurveyArea[]>([...SURVEY_AREA_KEYS]);
  const [levels, setLevels] = useState<SatisfactionLevel[]>([...DEFAULT_SATISFIED_LEVELS]);
  const [targets, setTargets] = useState(() => ({ ...DEFAULT_SURVEY_TARGETS }));
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const opens = new Date(opensAt);
    const closes = new Date(closesAt);
    if (!(closes.getTime() > opens.getTime())) {
      void toast.error(t("survey.form.datesInvalid"));
      return;
    }
    if (areas.length === 0) {
      void toast.error(t("survey.form.needsArea"));
      return;
    }
    if (levels.length === 0) {
      void toast.error(t("survey.form.needsLevel"));
      return;
    }
    setBusy(true);
    const id = `survey-${opensAt.slice(0, 10)}-${Math.random().toString(36).slice(2, 6)}`;
    try {
      await createCampaign(estateId, {
        id,
        title: title.trim(),
        opensAt: opens,
        closesAt: closes,
        areas: SURVEY_AREA_KEYS.filter((key) => areas.includes(key)),
        extraQuestions: [],
        satisfiedLevels: [...levels].sort(),
        targets,
      });
      void toast.success(t("survey.form.created"));
      void navigate(`/survey/${id}`);
    } catch (error) {
      void toast.error(t("survey.failed", { message: String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t("survey.form.title")} className="survey-card">
      {toastHolder}
      <Space orientation="vertical" style={{ width: "100%" }}>
        <label>
          {t("survey.form.titleLabel")}
          <Input
            value={title}
            maxLength={100}
            onChange={(event) => {
              setTitle(event.target.value);
            }}
          />
        </label>
        <Space wrap>
          <label>
            {t("survey.form.opensAt")}{" "}
            <Input
              type="datetime-local"
              value={opensAt}
              onChange={(event) => {
                setOpensAt(event.target.value);
              }}
            />
          </label>
          <label>
            {t("survey.form.closesAt")}{" "}
            <Input
              type="datetime-local"
              value={closesAt}
              onChange={(event) => {
                setClosesAt(event.target.value);
              }}
            />
          </label>
        </Space>
        <fieldset className="survey-fieldset">
          <legend>{t("survey.form.areas")}</legend>
          <Checkbox.Group
            value={areas}
            onChange={(values) => {
              setAreas(values);
            }}
            options={SURVEY_AREA_KEYS.map((key) => ({
              value: key,
              label: areaLabel(key, language),
            }))}
          />
        </fieldset>
        <fieldset className="survey-fieldset">
          <legend>{t("survey.form.satisfiedLevels")}</legend>
          <Checkbox.Group
            value={levels}
            onChange={(values) => {
              setLevels(values);
            }}
            options={SATISFACTION_LEVELS.map(({ level }) => ({
              value: level,
              label: `${String(level)} ${levelLabel(level, language)}`,
            }))}
          />
        </fieldset>
        <fieldset className="survey-fieldset">
          <legend>{t("survey.form.targets")}</legend>
          <Space wrap>
            {targetKeys.map((key) => (
              <label key={key}>
                {t(`survey.form.${key}`)}{" "}
                <InputNumber
                  min={0}
                  max={100}
                  value={Math.round(targets[key] * 100)}
                  onChange={(value) => {
                    setTargets({ ...targets, [key]: (value ?? 0) / 100 });
                  }}
                />
              </label>
            ))}
          </Space>
        </fieldset>
        <Button type="primary" loading={busy} onClick={() => void submit()}>
          {t("survey.form.submit")}
        </Button>
      </Space>
    </Card>
  );
}

export default function SurveyCampaignsPage() {
  const { t, i18n } = useTranslation();
  const { estateId, estate, role } = useEstate();
  const timeZone = estate?.timeZone ?? "Asia/Shanghai";
  const campaigns = useLive<Read<SurveyCampaign>>(estateId, (onData, onError) =>
    watchCampaigns(estateId, onData, onError),
  );
  const now = new Date();
  return (
    <div className="survey-page">
      <h1>{t("survey.campaigns.title")}</h1>
      {campaigns.error !== null && (
        <Alert type="error" showIcon title={t("survey.loadFailed", { message: campaigns.error })} />
      )}
      {campaigns.value !== undefined && campaigns.value.unreadable.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t("survey.campaigns.unreadable", { count: campaigns.value.unreadable.length })}
        />
      )}
      <List
        data-testid="survey-campaigns"
        loading={campaigns.value === undefined && campaigns.error === null}
        locale={{ emptyText: t("survey.campaigns.none") }}
        dataSource={campaigns.value?.records ?? []}
        renderItem={(campaign) => {
          const state = campaignState(campaign, now);
          return (
            <List.Item
              actions={[
                <Link key="view" to={`/survey/${campaign.id}`}>
                  {t("survey.campaigns.view")}
                </Link>,
              ]}
            >
              <List.Item.Meta
                title={<Link to={`/survey/${campaign.id}`}>{campaign.title}</Link>}
                description={
                  <>
                    <Tag
                      color={state === "open" ? "green" : state === "closed" ? "default" : "blue"}
                    >
                      {t(`survey.campaigns.${state}`)}
                    </Tag>
                    {t("survey.campaigns.period", {
                      from: formatTime(campaign.opensAt, i18n.language, timeZone),
                      to: formatTime(campaign.closesAt, i18n.language, timeZone),
                    })}
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
      {role === "director" || role === "admin" ? (
        <NewCampaignForm estateId={estateId} />
      ) : (
        <p>{t("survey.campaigns.onlyDirector")}</p>
      )}
    </div>
  );
}
