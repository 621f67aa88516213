import { Button, Space } from "antd";
import type { ReactNode } from "react";
import { useSave } from "./useSettingsSave.js";

/** The label above a settings or record field (bold, on its own line). */
export const fieldLabelStyle: React.CSSProperties = {
  display: "block",
  fontWeight: 600,
  marginBottom: 4,
};

/**
 * A form that saves its draft with one submit button and says how it went (a success message,
 * or the failure with the server's reason) — the pattern of the duty and call settings cards,
 * shared by the ticket settings and the renovation file's parts. Enter submits it; the button
 * shows progress and stays disabled while `disabled`.
 */
export function SaveForm(props: {
  readonly testId: string;
  readonly submitLabel: string;
  readonly savedText: string;
  readonly failedText: (reason: string) => string;
  readonly disabled?: boolean;
  readonly save: () => Promise<void>;
  readonly children: ReactNode;
}) {
  const { saving, save, holder } = useSave(props.savedText, props.failedText);
  const submit = async () => {
    if (props.disabled === true) return;
    await save(props.save);
  };
  return (
    <form
      data-testid={props.testId}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {holder}
      <Space orientation="vertical" style={{ width: "100%" }} size="middle">
        {props.children}
        <Button
          htmlType="submit"
          type="primary"
          loading={saving}
          disabled={props.disabled === true}
        >
          {props.submitLabel}
        </Button>
      </Space>
    </form>
  );
}
