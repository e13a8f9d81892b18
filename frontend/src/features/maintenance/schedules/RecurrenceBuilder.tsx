import { useId, type ReactNode } from "react";

import { cx, Field, Input, Select } from "@/components/ui";

import type { Weekday } from "./api";
import { KIND_LABELS, WEEKDAY_NAMES, WEEKDAYS, type RecurrenceDraft, type RecurrenceKind } from "./recurrence-draft";
import { SegmentedControl } from "./SegmentedControl";

const KINDS = (Object.keys(KIND_LABELS) as RecurrenceKind[]).map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));
const MONTH_DAYS = Array.from({ length: 31 }, (_, index) => index + 1);

interface RecurrenceBuilderProps {
  value: RecurrenceDraft;
  onChange: (value: RecurrenceDraft) => void;
  /** Ours or the API's (a cron expression it cannot read): under the cron field, or under the builder. */
  error?: string | null;
}

/** When a schedule is due: daily, weekly on days, monthly on a day or the last weekday, or cron. */
export function RecurrenceBuilder({ value, onChange, error }: RecurrenceBuilderProps) {
  const set = (change: Partial<RecurrenceDraft>) => {
    onChange({ ...value, ...change });
  };
  return (
    <div className="flex flex-col gap-4">
      <SegmentedControl
        label="Repeats"
        options={KINDS}
        value={value.kind}
        onChange={(kind) => {
          set({ kind });
        }}
      />
      {value.kind === "cron" ? (
        <Field
          label="Cron expression"
          hint="minute hour day-of-month month day-of-week, e.g. 30 7 * * 1-5 (07:30 on weekdays); at most 24 times a day."
          error={error}
        >
          {(control) => (
            <Input
              {...control}
              className="font-mono"
              spellCheck={false}
              autoComplete="off"
              value={value.expression}
              onChange={(event) => {
                set({ expression: event.target.value });
              }}
            />
          )}
        </Field>
      ) : (
        <>
          {value.kind === "weekly" && <DayToggles days={value.days} onChange={(days) => { set({ days }); }} />}
          {value.kind === "monthly" && <MonthlyDay value={value} onChange={set} />}
          <div className="w-40">
            <Field label="Time of day">
              {(control) => (
                <Input
                  {...control}
                  type="time"
                  required
                  value={value.time}
                  onChange={(event) => {
                    set({ time: event.target.value });
                  }}
                />
              )}
            </Field>
          </div>
          {error && (
            <p role="alert" className="text-sm text-danger">
              {error}
            </p>
          )}
        </>
      )}
    </div>
  );
}

function DayToggles({ days, onChange }: { days: Weekday[]; onChange: (days: Weekday[]) => void }) {
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-fg">Days</legend>
      <div className="flex flex-wrap gap-1.5">
        {WEEKDAYS.map((day) => {
          const on = days.includes(day);
          return (
            <button
              key={day}
              type="button"
              aria-pressed={on}
              aria-label={WEEKDAY_NAMES[day]}
              onClick={() => {
                onChange(on ? days.filter((other) => other !== day) : [...days, day]);
              }}
              className={cx(
                "h-9 w-12 rounded-md border text-sm font-medium",
                on ? "border-accent bg-accent text-accent-fg" : "border-control-border text-fg hover:bg-surface-raised",
              )}
            >
              {WEEKDAY_NAMES[day].slice(0, 3)}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}

function MonthlyOption({ name, label, checked, onChoose, children }: { name: string; label: string; checked: boolean; onChoose: () => void; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="flex items-center gap-2 text-sm text-fg">
        <input type="radio" name={name} checked={checked} onChange={onChoose} className="size-4 accent-accent" />
        {label}
      </label>
      {children}
    </div>
  );
}

/** Either select also picks its option: choosing "the last Friday" means that. */
function MonthlyDay({ value, onChange }: { value: RecurrenceDraft; onChange: (change: Partial<RecurrenceDraft>) => void }) {
  const name = useId();
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1.5 text-sm font-medium text-fg">Day of the month</legend>
      <MonthlyOption name={name} label="On day" checked={value.monthly === "day"} onChoose={() => { onChange({ monthly: "day" }); }}>
        <Select
          aria-label="Day of the month"
          className="w-24"
          value={value.day}
          onChange={(event) => {
            onChange({ monthly: "day", day: Number(event.target.value) });
          }}
        >
          {MONTH_DAYS.map((day) => (
            <option key={day} value={day}>
              {day}
            </option>
          ))}
        </Select>
      </MonthlyOption>
      <MonthlyOption name={name} label="On the last" checked={value.monthly === "last_weekday"} onChoose={() => { onChange({ monthly: "last_weekday" }); }}>
        <Select
          aria-label="Weekday"
          className="w-36"
          value={value.lastWeekday}
          onChange={(event) => {
            onChange({ monthly: "last_weekday", lastWeekday: event.target.value as Weekday });
          }}
        >
          {WEEKDAYS.map((day) => (
            <option key={day} value={day}>
              {WEEKDAY_NAMES[day]}
            </option>
          ))}
        </Select>
        <span className="text-sm text-fg-muted">of the month</span>
      </MonthlyOption>
      {value.monthly === "day" && value.day > 28 && (
        <p className="text-xs text-fg-muted">In shorter months this runs on the month&apos;s last day.</p>
      )}
    </fieldset>
  );
}
