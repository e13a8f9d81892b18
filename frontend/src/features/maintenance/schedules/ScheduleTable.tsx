import { Link } from "react-router";

import { Badge } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import type { Schedule } from "./api";

/** Schedules as rows: name and flow, recurrence in words, time zone, next run, targets, owner, active. */
export function ScheduleTable({ schedules }: { schedules: Schedule[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-border text-xs text-fg-muted uppercase">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">Schedule · flow</th>
            <th scope="col" className="px-4 py-3 font-medium">Recurrence</th>
            <th scope="col" className="px-4 py-3 font-medium">Time zone</th>
            <th scope="col" className="px-4 py-3 font-medium">Next run</th>
            <th scope="col" className="px-4 py-3 text-right font-medium">Targets</th>
            <th scope="col" className="px-4 py-3 font-medium">Owner</th>
            <th scope="col" className="px-4 py-3 font-medium">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {schedules.map((schedule) => (
            <tr key={schedule.id} className="hover:bg-surface-raised">
              <td className="max-w-72 px-4 py-3">
                <Link to={`/maintenance/schedules/${schedule.id}`} className="font-medium text-fg hover:text-accent-text hover:underline">
                  {schedule.name}
                </Link>
                <p className="truncate text-xs text-fg-muted">{schedule.flow.title}</p>
              </td>
              <td className="px-4 py-3 text-fg">{schedule.summary}</td>
              <td className="px-4 py-3 whitespace-nowrap text-fg-muted">{schedule.timezone}</td>
              <td className="px-4 py-3 whitespace-nowrap text-fg">
                {schedule.next_due_at ? formatDateTime(schedule.next_due_at) : <span className="text-fg-muted">—</span>}
              </td>
              <td className="px-4 py-3 text-right text-fg tabular-nums">{schedule.target_count}</td>
              <td className="px-4 py-3 whitespace-nowrap text-fg">{schedule.owner_name}</td>
              <td className="px-4 py-3">{schedule.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
