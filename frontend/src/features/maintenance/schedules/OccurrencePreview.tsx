import type { UseQueryResult } from "@tanstack/react-query";

import { Badge, Card, CardHeader, cx, SkeletonList } from "@/components/ui";

import type { RecurrencePreview } from "./api";
import { occurrenceRows } from "./occurrences";
import { browserTimeZone } from "./time-zones";

interface OccurrencePreviewProps {
  preview: UseQueryResult<RecurrencePreview>;
  /** Null when the recurrence is not complete yet (nothing is asked). */
  timezone: string | null;
  /** Why the API refused the recurrence, unless the form shows it on a field already. */
  failure: string | null;
}

/** The next 5 due times as the API works them out, in the schedule's zone and the viewer's, clock changes marked. */
export function OccurrencePreview({ preview, timezone, failure }: OccurrencePreviewProps) {
  const viewerZone = browserTimeZone();
  return (
    <Card role="region" aria-label="Next runs">
      <CardHeader title="Next runs" description={preview.data && timezone ? preview.data.summary : "The next 5 due times of this recurrence."} />
      {timezone === null ? (
        <p className="text-sm text-fg-muted">Complete the recurrence and the time zone to see when it runs.</p>
      ) : preview.isError ? (
        <p className="text-sm text-fg-muted">No times to show{failure ? `: ${failure}` : " until the recurrence is fixed."}</p>
      ) : preview.isPending ? (
        <SkeletonList lines={3} label="Working out the next runs" />
      ) : (
        <ol aria-busy={preview.isPlaceholderData} className={cx("flex flex-col divide-y divide-border", preview.isPlaceholderData && "opacity-60")}>
          {occurrenceRows(preview.data.occurrences).map((row) => (
            <li key={row.at} className="flex flex-col gap-0.5 py-2 text-sm">
              <span className="flex flex-wrap items-center gap-2 font-medium text-fg">
                {row.scheduleTime}
                <span className="text-xs font-normal text-fg-muted">{row.offset}</span>
                {row.clocksChanged && <Badge tone="warning">Clocks change</Badge>}
              </span>
              {viewerZone !== timezone && (
                <span className="text-xs text-fg-muted">
                  Your time: {row.viewerTime}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {timezone !== null && (
        <p className="mt-3 text-xs text-fg-muted">
          {viewerZone === timezone ? `Times in ${timezone}, your time zone too.` : `Times in ${timezone}; yours in ${viewerZone}.`}
        </p>
      )}
    </Card>
  );
}
