import { useId } from "react";

import { cx } from "@/components/ui";

interface SegmentedControlProps<Value extends string> {
  label: string;
  /** Hide the label visually (it is still read out), e.g. where a heading already says it. */
  hideLabel?: boolean;
  options: readonly { value: Value; label: string }[];
  value: Value;
  onChange: (value: Value) => void;
  disabled?: boolean;
}

/** One choice out of a few, as joined buttons: native radios, so arrow keys move between them. */
export function SegmentedControl<Value extends string>({ label, hideLabel = false, options, value, onChange, disabled = false }: SegmentedControlProps<Value>) {
  const name = useId();
  return (
    <fieldset disabled={disabled} className="flex flex-col gap-1.5">
      <legend className={cx("mb-1.5 text-sm font-medium text-fg", hideLabel && "sr-only")}>{label}</legend>
      <div className="inline-flex w-fit flex-wrap rounded-md border border-control-border bg-surface p-0.5">
        {options.map((option) => (
          <label
            key={option.value}
            className={cx(
              "cursor-pointer rounded px-3 py-1.5 text-sm font-medium has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus",
              option.value === value ? "bg-accent text-accent-fg" : "text-fg-muted hover:bg-surface-raised hover:text-fg",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => {
                onChange(option.value);
              }}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
