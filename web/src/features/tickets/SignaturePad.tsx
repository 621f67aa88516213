import { Button, Space } from "antd";
import { useEffect, useImperativeHandle, useRef, type Ref } from "react";
import { useTranslation } from "react-i18next";
import SignaturePadLibrary from "signature_pad";

/** What the parent reads from the pad. */
export interface SignaturePadHandle {
  /** The drawing as a PNG data URL; null while nothing is drawn. */
  dataUrl: () => string | null;
}

/** A signature drawn on screen with a finger, stylus or mouse (B2.5: the owner signs). */
export function SignaturePad({ label, ref }: { label: string; ref: Ref<SignaturePadHandle> }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePadLibrary | null>(null);

  useEffect(() => {
    const element = canvas.current;
    if (element === null) return;
    // Draw at the device's pixel density, or strokes look blurred on a phone.
    const ratio = Math.max(window.devicePixelRatio, 1);
    element.width = element.offsetWidth * ratio;
    element.height = element.offsetHeight * ratio;
    element.getContext("2d")?.scale(ratio, ratio);
    const instance = new SignaturePadLibrary(element, {
      penColor: "#000",
      backgroundColor: "#fff",
    });
    pad.current = instance;
    return () => {
      instance.off();
      pad.current = null;
    };
  }, []);

  useImperativeHandle(ref, () => ({
    dataUrl: () => {
      const instance = pad.current;
      return instance === null || instance.isEmpty() ? null : instance.toDataURL("image/png");
    },
  }));

  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <canvas
        ref={canvas}
        className="signature-pad"
        aria-label={label}
        role="img"
        data-testid="signature-pad"
      />
      <Button
        onClick={() => {
          pad.current?.clear();
        }}
      >
        {t("tickets.visit.clear")}
      </Button>
    </Space>
  );
}
