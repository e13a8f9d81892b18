import type { ButtonHTMLAttributes } from "react";

import { cx } from "@/components/ui";

/** A small square button showing a symbol; `label` names it for screen readers and on hover. */
export function IconButton({ label, className, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { label: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className={cx(
        "inline-flex size-8 items-center justify-center rounded-md border border-control-border text-sm text-fg hover:bg-surface-raised disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      {...rest}
    />
  );
}
