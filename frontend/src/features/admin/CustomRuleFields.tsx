import { Button, Field, Input } from "@/components/ui";

import type { DraftRule, RuleProblems } from "./redaction-draft";

interface CustomRuleFieldsProps {
  rule: DraftRule;
  position: number;
  problems: RuleProblems;
  /** Focus the name when the row was just added. */
  autoFocus: boolean;
  onChange: (rule: DraftRule) => void;
  onDelete: () => void;
}

/** One custom rule being edited: its name (the label in `[REDACTED:name]`), pattern and switch. */
export function CustomRuleFields({ rule, position, problems, autoFocus, onChange, onDelete }: CustomRuleFieldsProps) {
  const title = rule.name || `rule ${position}`;
  return (
    <fieldset className="grid gap-3 py-4 md:grid-cols-[13rem_minmax(0,1fr)_auto] md:items-start">
      <legend className="sr-only">Custom rule {position}</legend>
      <Field label="Name" error={problems.name}>
        {(control) => (
          <Input
            {...control}
            autoFocus={autoFocus}
            autoComplete="off"
            spellCheck={false}
            placeholder="asset-tag"
            value={rule.name}
            onChange={(event) => {
              onChange({ ...rule, name: event.target.value });
            }}
          />
        )}
      </Field>
      <Field label="Pattern (RE2)" error={problems.pattern}>
        {(control) => (
          <Input
            {...control}
            autoComplete="off"
            spellCheck={false}
            placeholder="NW-\d{6}"
            value={rule.pattern}
            onChange={(event) => {
              onChange({ ...rule, pattern: event.target.value });
            }}
            className="font-mono text-sm"
          />
        )}
      </Field>
      <div className="flex items-center gap-3 md:mt-7">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={rule.enabled}
            onChange={(event) => {
              onChange({ ...rule, enabled: event.target.checked });
            }}
            className="size-4 accent-accent"
          />
          Enabled
        </label>
        <Button variant="ghost" size="sm" aria-label={`Delete ${title}`} onClick={onDelete}>
          Delete
        </Button>
      </div>
    </fieldset>
  );
}
