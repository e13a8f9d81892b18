import type { ComponentProps } from "react";

import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button-classes";
import { Spinner } from "./Spinner";

/** A native button's props (`ref` included: React 19 passes it through `rest`). */
interface ButtonProps extends ComponentProps<"button"> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Disables the button and shows a spinner, e.g. while its request runs. */
  busy?: boolean;
}

export function Button({ variant, size, busy = false, className, disabled, children, type, ...rest }: ButtonProps) {
  return (
    <button
      type={type ?? "button"}
      className={buttonClasses(variant, size, className)}
      disabled={disabled === true || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {busy && <Spinner label="Working" />}
      {children}
    </button>
  );
}
