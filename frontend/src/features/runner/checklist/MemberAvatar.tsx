import { cx } from "@/components/ui";

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words.at(-1)] : [words[0]];
  return letters.map((word) => word?.[0]?.toUpperCase() ?? "").join("") || "?";
}

/** A member: their initials in a circle, and the name. */
export function MemberAvatar({ name, className }: { name: string; className?: string }) {
  return (
    <span className={cx("inline-flex min-w-0 items-center gap-1.5", className)}>
      <span
        aria-hidden="true"
        className="inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-accent-soft text-[0.65rem] font-semibold text-accent-text"
      >
        {initialsOf(name)}
      </span>
      <span className="truncate text-sm text-fg">{name}</span>
    </span>
  );
}
