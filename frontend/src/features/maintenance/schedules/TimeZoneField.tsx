import { memo, useId } from "react";

import { Field, Input } from "@/components/ui";

import { TIME_ZONES } from "./time-zones";

/** Some 400 options that never change: rendered once, not on every key typed in the form. */
const ZoneList = memo(function ZoneList({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {TIME_ZONES.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
});

/** An IANA time zone, typed with suggestions from the browser's list (e.g. "amst" finds Europe/Amsterdam). */
export function TimeZoneField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const listId = useId();
  return (
    <Field label="Time zone" hint="The times above are wall-clock times here; daylight saving is handled." error={error}>
      {(control) => (
        <>
          <Input
            {...control}
            list={listId}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => {
              onChange(event.target.value);
            }}
          />
          <ZoneList id={listId} />
        </>
      )}
    </Field>
  );
}
