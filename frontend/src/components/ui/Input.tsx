import type { ComponentProps } from "react";

import { cx } from "./cx";

const CONTROL =
  "w-full rounded-md border border-control-border bg-surface px-3 text-fg placeholder:text-fg-muted " +
  "aria-[invalid=true]:border-danger disabled:opacity-60";

export function Input({ className, ...rest }: ComponentProps<"input">) {
  return <input className={cx(CONTROL, "h-10", className)} {...rest} />;
}

export function Textarea({ className, ...rest }: ComponentProps<"textarea">) {
  return <textarea className={cx(CONTROL, "min-h-24 py-2", className)} {...rest} />;
}
