import { Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { catalogueForMonth, catalogueVersions, type Rule } from "@domain/assessment/catalogue.js";
import { monthOf } from "@domain/time.js";
import { ruleLanguage, signed } from "./format.js";
import { useEstateZone } from "./hooks.js";
import "./assessment.css";

/** The assessment standard in force this month, as every staff member may read it. */
export default function RuleCataloguePage() {
  const { t, i18n } = useTranslation();
  const language = ruleLanguage(i18n.language);
  const month = monthOf(new Date(), useEstateZone());
  const catalogue = catalogueForMonth(catalogueVersions, month);
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("assessment.rules.title")}
      </Typography.Title>
      <Typography.Paragraph>
        {t("assessment.rules.intro", { month, version: catalogue.version })}
      </Typography.Paragraph>
      <Table<Rule>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={[...catalogue.rules]}
        data-testid="rule-catalogue"
        scroll={{ x: 640 }}
        columns={[
          { title: t("assessment.rules.code"), dataIndex: "code", width: 80 },
          {
            title: t("assessment.rules.description"),
            key: "description",
            render: (_: unknown, rule) => rule.description[language],
          },
          {
            title: t("assessment.rules.points"),
            key: "points",
            width: 150,
            render: (_: unknown, rule) =>
              `${signed(rule.points)} ${t(`assessment.rules.basis.${rule.basis}`)}`,
          },
          {
            title: t("assessment.rules.scope"),
            dataIndex: "scope",
            width: 110,
            render: (scope: Rule["scope"]) => t(`assessment.rules.scopes.${scope}`),
          },
          {
            title: t("assessment.rules.confirmOnly"),
            dataIndex: "countsOnlyWhenConfirmed",
            width: 110,
            render: (confirmOnly: boolean) =>
              confirmOnly ? (
                <Tag color="blue">{t("assessment.rules.yes")}</Tag>
              ) : (
                t("assessment.rules.no")
              ),
          },
        ]}
      />
    </Space>
  );
}
