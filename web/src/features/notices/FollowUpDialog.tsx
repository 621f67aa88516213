/**
 * Following up a critical notice by phone (B.1.3): the desk's reception record of the call,
 * prefilled — outgoing phone call, the household, its first phone number, what the call is
 * about — and saved with the desk's own write, so it appears at the desk like every call.
 */
import { householdLabel, type Household } from "@domain/schema/household.js";
import type { Notice } from "@domain/schema/notice.js";
import { Alert, Input, Modal, Space, Typography } from "antd";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { loadFirestore } from "../../firebase/loadFirestore.js";
import { errorMessage } from "../../app/errorMessage.js";

export function FollowUpDialog({
  estateId,
  timeZone,
  notice,
  household,
  onClose,
}: {
  estateId: string;
  timeZone: string;
  notice: Notice;
  household: Household;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ids = { number: useId(), content: useId(), outcome: useId() };
  const [number, setNumber] = useState("");
  const [content, setContent] = useState(
    t("notices.followUpContent", { title: notice.title["zh-Hant"] }),
  );
  const [outcome, setOutcome] = useState("");
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    // The household's first phone, as a starting point; staff may change it.
    void loadFirestore().then((module) => {
      const stop = module.watchPeopleOf(
        estateId,
        household.id,
        (people) => {
          const phone = people.records.flatMap((person) => person.phones)[0];
          if (active && phone !== undefined)
            setNumber((current) => (current === "" ? phone.number : current));
          stop();
        },
        () => undefined,
      );
    });
    return () => {
      active = false;
    };
  }, [estateId, household.id]);

  async function save(): Promise<void> {
    if (content.trim() === "") {
      setProblem(t("notices.followUpContentRequired"));
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const desk = await import("../../firebase/desk.js");
      await desk.createReception(estateId, timeZone, {
        channel: "phone_out",
        at: new Date(),
        callerNumber: number.trim(),
        callerName: "",
        householdId: household.id,
        personId: null,
        category: "inquiry",
        content: content.trim(),
        outcome: outcome.trim(),
        ticketId: null,
        amends: null,
        amendReason: null,
      });
      onClose();
    } catch (error) {
      setProblem(t("notices.followUpFailed", { message: errorMessage(error) }));
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={t("notices.followUpTitle", { household: householdLabel(household) })}
      okText={t("notices.followUpSave")}
      cancelText={t("notices.cancel")}
      okButtonProps={{ loading: saving, "data-testid": "follow-up-save" }}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <Space orientation="vertical" style={{ width: "100%" }} data-testid="follow-up-dialog">
        <Typography.Text type="secondary">{t("notices.followUpHint")}</Typography.Text>
        <label htmlFor={ids.number}>{t("notices.followUpNumber")}</label>
        <Input
          id={ids.number}
          value={number}
          onChange={(event) => {
            setNumber(event.target.value);
          }}
        />
        <label htmlFor={ids.content}>{t("notices.followUpContentLabel")}</label>
        <Input.TextArea
          id={ids.content}
          rows={3}
          value={content}
          onChange={(event) => {
            setContent(event.target.value);
          }}
        />
        <label htmlFor={ids.outcome}>{t("notices.followUpOutcome")}</label>
        <Input.TextArea
          id={ids.outcome}
          rows={2}
          value={outcome}
          onChange={(event) => {
            setOutcome(event.target.value);
          }}
        />
        {problem !== null && <Alert type="error" role="alert" title={problem} />}
      </Space>
    </Modal>
  );
}
