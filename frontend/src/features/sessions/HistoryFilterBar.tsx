import { Button, Card, cx, Field, Input, Select } from "@/components/ui";
import { STATUS_LABELS } from "@/lib/sessions";
import { useTeamMembers } from "@/lib/team";

import { useFlowTitles } from "./api";
import { hasFilters, STATUSES, type HistoryFilters } from "./history-filters";

interface HistoryFilterBarProps {
  filters: HistoryFilters;
  onChange: (filters: HistoryFilters) => void;
}

/** Filters of the session history: mine, status, flow, engineer, ticket, date range. */
export function HistoryFilterBar({ filters, onChange }: HistoryFilterBarProps) {
  const flows = useFlowTitles();
  const members = useTeamMembers();
  const set = (change: Partial<HistoryFilters>) => {
    onChange({ ...filters, ...change });
  };
  const toggleStatus = (status: HistoryFilters["status"][number]) => {
    set({
      status: filters.status.includes(status) ? filters.status.filter((s) => s !== status) : [...filters.status, status],
    });
  };

  return (
    <Card className="mb-4 flex flex-col gap-4" role="search" aria-label="Filter sessions">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <label className="flex items-center gap-2 text-sm font-medium text-fg">
          <input
            type="checkbox"
            checked={filters.mine}
            onChange={(event) => {
              set({ mine: event.target.checked });
            }}
            className="size-4 accent-accent"
          />
          Only mine
        </label>
        <div role="group" aria-label="Status" className="flex flex-wrap gap-1.5">
          {STATUSES.map((status) => {
            const on = filters.status.includes(status);
            return (
              <button
                key={status}
                type="button"
                aria-pressed={on}
                onClick={() => {
                  toggleStatus(status);
                }}
                className={cx(
                  "rounded-full border px-3 py-1 text-xs font-medium",
                  on ? "border-accent bg-accent text-accent-fg" : "border-control-border text-fg hover:bg-surface-raised",
                )}
              >
                {STATUS_LABELS[status]}
              </button>
            );
          })}
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <Field label="Flow">
          {(control) => (
            <Select
              {...control}
              value={filters.flow}
              onChange={(event) => {
                set({ flow: event.target.value });
              }}
            >
              <option value="">All flows</option>
              {flows.data?.map((flow) => (
                <option key={flow.id} value={flow.id}>
                  {flow.title}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Engineer">
          {(control) => (
            <Select
              {...control}
              value={filters.engineer}
              onChange={(event) => {
                set({ engineer: event.target.value });
              }}
            >
              <option value="">Everyone</option>
              {members.data?.map((member) => (
                <option key={member.user_id} value={member.user_id}>
                  {member.full_name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Ticket">
          {(control) => (
            <Input
              {...control}
              type="search"
              value={filters.ticket}
              placeholder="e.g. 48213"
              onChange={(event) => {
                set({ ticket: event.target.value });
              }}
            />
          )}
        </Field>
        <Field label="Started from">
          {(control) => (
            <Input
              {...control}
              type="date"
              value={filters.from}
              max={filters.to || undefined}
              onChange={(event) => {
                set({ from: event.target.value });
              }}
            />
          )}
        </Field>
        <Field label="Started until">
          {(control) => (
            <Input
              {...control}
              type="date"
              value={filters.to}
              min={filters.from || undefined}
              onChange={(event) => {
                set({ to: event.target.value });
              }}
            />
          )}
        </Field>
      </div>
      {hasFilters(filters) && (
        <div>
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              onChange({ mine: false, status: [], flow: "", engineer: "", ticket: "", from: "", to: "" });
            }}
          >
            Clear filters
          </Button>
        </div>
      )}
    </Card>
  );
}
