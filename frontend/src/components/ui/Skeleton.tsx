import { cx } from "./cx";

/** A grey placeholder block while content loads; size it with classes (`h-4 w-40`). */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cx("animate-pulse rounded bg-surface-raised motion-reduce:animate-none", className)} />;
}

/** `lines` skeleton rows with an accessible "loading" label. */
export function SkeletonList({ lines = 3, label = "Loading" }: { lines?: number; label?: string }) {
  return (
    <div role="status" aria-label={label} className="flex flex-col gap-3">
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} className="h-12 w-full" />
      ))}
    </div>
  );
}
