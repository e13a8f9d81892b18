import type { ReactNode } from "react";

import { cx } from "@/components/ui";

import type { NodeKind } from "../model/graph";
import { KIND_TEXT } from "./kinds";

const PATHS: Record<NodeKind, ReactNode> = {
  question: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17h.01" />
    </>
  ),
  action: <path d="M13 3 5 14h6l-1 7 8-11h-6z" />,
  input: (
    <>
      <rect x="3" y="6" width="18" height="12" rx="2" />
      <path d="M7 10v4M11 12h6" />
    </>
  ),
  resolution: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="m8 12 3 3 5-6" />
    </>
  ),
  escalation: (
    <>
      <path d="M12 19V5M6 11l6-6 6 6" />
      <path d="M5 21h14" />
    </>
  ),
};

export function KindIcon({ kind, className }: { kind: NodeKind; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={cx("size-4 shrink-0", KIND_TEXT[kind], className)}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {PATHS[kind]}
    </svg>
  );
}
