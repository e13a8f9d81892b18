import { cx } from "@/components/ui";

function Star({ fill }: { fill: number }) {
  const id = `star-${Math.round(fill * 100)}`;
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4">
      <defs>
        <linearGradient id={id}>
          <stop offset={fill} stopColor="currentColor" />
          <stop offset={fill} stopColor="transparent" />
        </linearGradient>
      </defs>
      <path d="m12 3 2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3 6.4 20.2l1.1-6.2L3 9.6l6.2-.9L12 3z" fill={`url(#${id})`} stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" />
    </svg>
  );
}

/** A rating as five (partly) filled stars, read out as "4.5 out of 5". */
export function Stars({ value, className }: { value: number; className?: string }) {
  return (
    <span role="img" aria-label={`${value.toFixed(1)} out of 5`} className={cx("inline-flex text-warning", className)}>
      {[0, 1, 2, 3, 4].map((index) => (
        <Star key={index} fill={Math.min(1, Math.max(0, value - index))} />
      ))}
    </span>
  );
}

/** The average of a step's ratings and how many there are, or "Not rated yet". */
export function AverageRating({ average, count }: { average: number | null; count: number }) {
  if (average === null || count === 0) return <span className="text-sm text-fg-muted">Not rated yet</span>;
  return (
    <span className="inline-flex items-center gap-1.5 text-sm text-fg-muted">
      <Stars value={average} />
      <span>
        {average.toFixed(1)} ({count} rating{count === 1 ? "" : "s"})
      </span>
    </span>
  );
}
