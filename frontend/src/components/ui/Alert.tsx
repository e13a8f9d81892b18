import type { ReactNode } from "react";

import { cx } from "./cx";

type Tone = "info" | "success" | "warning" | "danger";

const TONES: Record<Tone, string> = {
  info: "border-accent bg-accent-soft",
  success: "border-success bg-success-soft",
  warning: "border-warning bg-warning-soft",
  danger: "border-danger bg-danger-soft",
};

/** An inline message in the page's flow; `danger` and `warning` are announced at once. */
export function Alert({ tone = "info", title, children }: { tone?: Tone; title?: string; children?: ReactNode }) {
  const urgent = tone === "danger" || tone === "warning";
  return (
    <div role={urgent ? "alert" : "status"} className={cx("rounded-md border-l-4 px-4 py-3 text-sm text-fg", TONES[tone])}>
      {title && <p className="font-medium">{title}</p>}
      {children && <div className={cx(title && "mt-1")}>{children}</div>}
    </div>
  );
}
