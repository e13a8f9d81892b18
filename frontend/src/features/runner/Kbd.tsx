import type { ReactNode } from "react";

/** A key to press, shown next to what it does (in the colour of its surroundings). */
export function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd className="inline-flex min-w-6 items-center justify-center rounded border border-current px-1.5 font-mono text-xs">
      {children}
    </kbd>
  );
}
