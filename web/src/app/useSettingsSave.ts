import { message } from "antd";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "./errorMessage.js";

/** A form's save: whether it is saving, the save itself, and the message holder. */
export interface SettingsSave {
  readonly saving: boolean;
  /** Runs the write; says it was saved, or why not (the error's text in the failed message). */
  readonly save: (write: () => Promise<void>) => Promise<void>;
  /** antd's message context: render it once inside the form. */
  readonly holder: ReactNode;
}

/**
 * The save of a form that writes in one go (the settings cards, `SaveForm`): one write at a
 * time, a success message, or the failure with its reason.
 */
export function useSave(savedText: string, failedText: (reason: string) => string): SettingsSave {
  const [saving, setSaving] = useState(false);
  const [messages, holder] = message.useMessage();
  const save = async (write: () => Promise<void>) => {
    setSaving(true);
    try {
      await write();
      void messages.success(savedText);
    } catch (error) {
      void messages.error(failedText(errorMessage(error)));
    } finally {
      setSaving(false);
    }
  };
  return { saving, save, holder };
}

/**
 * The save of a settings card (duty deadlines, call matching, follow-up settings):
 * `savedKey` and `failedKey` are i18n keys; the failed text takes `{{message}}`.
 */
export function useSettingsSave(savedKey: string, failedKey: string): SettingsSave {
  const { t } = useTranslation();
  return useSave(t(savedKey), (reason) => t(failedKey, { message: reason }));
}
