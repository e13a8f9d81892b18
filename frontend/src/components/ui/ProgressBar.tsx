import { cx } from "./cx";

interface ProgressBarProps {
  /** 0 to 100. */
  percent: number;
  /** What is progressing, for screen readers, e.g. "Progress of Weekly backup verification". */
  label: string;
  tone?: "accent" | "warning" | "danger";
  className?: string;
}

const BAR_TONES = { accent: "bg-accent", warning: "bg-warning", danger: "bg-danger" } as const;

/** A thin bar of how far something is; the number beside it is the caller's to show. */
export function ProgressBar({ percent, label, tone = "accent", className }: ProgressBarProps) {
  const value = Math.min(100, Math.max(0, Math.round(percent)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      className={cx("h-2 w-full overflow-hidden rounded-full bg-surface-raised", className)}
    >
      <div className={cx("h-full rounded-full", BAR_TONES[tone])} style={{ width: `${value}%` }} />
    </div>
  );
}
