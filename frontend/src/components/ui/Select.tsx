import type { SelectHTMLAttributes } from "react";

import { cx } from "./cx";

/** A native select styled like `Input`; label it with `Field` or `aria-label`. */
export function Select({ className, ...rest }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select
      className={cx(
        "h-10 w-full rounded-md border border-control-border bg-surface px-3 text-sm text-fg aria-[invalid=true]:border-danger disabled:opacity-60",
        className,
      )}
      {...rest}
    />
  );
}
