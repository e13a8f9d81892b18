/** The toolbar's icons, inline. */
import type { ReactNode } from "react";

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 shrink-0" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      {children}
    </svg>
  );
}

export const UndoIcon = () => (
  <Icon>
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="m15 14 5-5-5-5" />
    <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
  </Icon>
);

export const LayoutDownIcon = () => (
  <Icon>
    <rect x="8" y="2" width="8" height="5" rx="1" />
    <rect x="3" y="17" width="7" height="5" rx="1" />
    <rect x="14" y="17" width="7" height="5" rx="1" />
    <path d="M12 7v5M6.5 17v-2.5h11V17" />
  </Icon>
);

export const LayoutRightIcon = () => (
  <Icon>
    <rect x="2" y="8" width="5" height="8" rx="1" />
    <rect x="17" y="3" width="5" height="7" rx="1" />
    <rect x="17" y="14" width="5" height="7" rx="1" />
    <path d="M7 12h5M17 6.5h-2.5v11H17" />
  </Icon>
);

export const FitIcon = () => (
  <Icon>
    <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
  </Icon>
);

export const BackIcon = () => (
  <Icon>
    <path d="m15 18-6-6 6-6" />
  </Icon>
);
