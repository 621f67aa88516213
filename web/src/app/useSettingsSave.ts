import { message } from "antd";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A settings form's save: whether it is saving, the save itself, and the message holder. */
export interface SettingsSave {
  readonly saving: boolean;
  /** Runs the write; says it was saved, or why not (the error's text in the failed message). */
  readonly save: (write: () => Promise<void>) => Promise<void>;
  /** antd's message context: render it once inside the form. */
  readonly holder: ReactNode;
}

/**
 * The save of a settings card (duty deadlines, call matching, follow-up settings): one write at
 * a time, a success message, or the failure with its reason. `savedKey` and `failedKey` are
 * i18n keys; the failed text takes `{{message}}`.
 */
export function useSettingsSave(savedKey: string, failedKey: string): SettingsSave {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [messages, holder] = message.useMessage();
  const save = async (write: () => Promise<void>) => {
    setSaving(true);
    try {
      await write();
      void messages.success(t(savedKey));
    } catch (error) {
      void messages.error(t(failedKey, { message: String(error) }));
    } finally {
      setSaving(false);
    }
  };
  return { saving, save, holder };
}
