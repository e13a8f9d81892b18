import { useMemo, useState } from "react";

import { describeError } from "@/api/errors";
import { Alert, Badge, Button, Card, CardHeader, toast } from "@/components/ui";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { useRedactionPreview, useSaveRedactionRules, type RedactionRules } from "./api";
import { CustomRuleFields } from "./CustomRuleFields";
import {
  draftOf,
  hasProblems,
  localRuleProblems,
  newRule,
  requestOf,
  sameRules,
  serverRuleProblems,
  type Category,
  type Draft,
  type DraftRule,
  type RuleProblems,
} from "./redaction-draft";
import { BUILTIN_LABELS, CATEGORIES, CATEGORY_LABELS } from "./redaction-labels";
import { RedactionPreviewPanel } from "./RedactionPreviewPanel";

/** How long typing pauses before the preview is asked for. */
export const PREVIEW_DELAY_MS = 300;

const SAMPLE_TEXT = `Ticket 4711: Outlook will not start for jane.doe@contoso.com on LAPTOP-JD01.
Connected from 10.20.4.12 (MAC 00:1A:2B:3C:4D:5E).
Local admin password: Winter2024!
Asset tag NW-004211; call back on +1 425 555 0100.`;

/** The team's redaction settings as a draft: edit, preview live, then save all at once (or discard). */
export function RedactionRulesEditor({ saved }: { saved: RedactionRules }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  const [addedKey, setAddedKey] = useState<number | null>(null);
  const [saveAttempted, setSaveAttempted] = useState(false);
  const [sample, setSample] = useState(SAMPLE_TEXT);
  const save = useSaveRedactionRules();

  const request = useMemo(() => requestOf(draft), [draft]);
  const savedRequest = useMemo(() => requestOf(draftOf(saved)), [saved]);
  const changed = !sameRules(request, savedRequest);
  const localProblems = draft.rules.map((rule) => localRuleProblems(rule, { complete: saveAttempted }));

  // The preview uses the rules that can be sent as they are; the rest wait until they are complete.
  const { previewable, previewRules } = useMemo(() => {
    const complete = draft.rules.filter((rule) => !hasProblems(localRuleProblems(rule, { complete: true })));
    return { previewable: complete, previewRules: requestOf(draft, complete) };
  }, [draft]);
  const previewInput = useMemo(() => ({ text: sample, rules: previewRules }), [sample, previewRules]);
  const debounced = useDebouncedValue(previewInput, PREVIEW_DELAY_MS);
  const preview = useRedactionPreview(debounced.text, debounced.rules);
  // Whether the last preview asked for was of these very rules (its objections then apply to them).
  const previewSettled = debounced.rules === previewRules;

  // The API's objections, by the rule they are about: from the last save, or from the preview of this very draft.
  const saveProblems = serverRuleProblems(save.error);
  const previewProblems = previewSettled ? serverRuleProblems(preview.error) : null;
  const problemsOf = (rule: DraftRule, index: number): RuleProblems => ({
    ...(previewProblems?.get(previewable.indexOf(rule)) ?? {}),
    ...(saveProblems?.get(index) ?? {}),
    ...localProblems[index],
  });

  const edit = (next: Draft) => {
    save.reset();
    setDraft(next);
  };
  const setRule = (index: number, rule: DraftRule) => {
    edit({ ...draft, rules: draft.rules.map((current, at) => (at === index ? rule : current)) });
  };
  const addRule = () => {
    const rule = newRule();
    setAddedKey(rule.key);
    edit({ ...draft, rules: [...draft.rules, rule] });
  };
  const toggleCategory = (category: Category, on: boolean) => {
    const categories = on ? [...draft.categories, category] : draft.categories.filter((c) => c !== category);
    edit({ ...draft, categories: CATEGORIES.filter((c) => categories.includes(c)) });
  };
  const discard = () => {
    save.reset();
    setSaveAttempted(false);
    setDraft(draftOf(saved));
  };
  const submit = () => {
    setSaveAttempted(true);
    if (draft.rules.some((rule) => hasProblems(localRuleProblems(rule, { complete: true })))) return;
    save.mutate(request, {
      onSuccess: (rules) => {
        setSaveAttempted(false);
        setDraft(draftOf(rules));
        toast.success("Redaction rules saved", "Exports, shares, PSA notes and AI requests use them from now on.");
      },
    });
  };

  const atLimit = draft.rules.length >= saved.max_rules;
  const saveRefusal = save.isError && !saveProblems ? describeError(save.error).message : null;
  const previewProblem =
    preview.isError && previewSettled
      ? previewProblems
        ? "The preview waits until the rules marked above are fixed."
        : describeError(preview.error).message
      : null;

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardHeader title="Always hidden" description="Built in and always on, whatever the settings below." />
        <ul className="flex flex-wrap gap-2" aria-label="Always hidden">
          {saved.builtins.map((builtin) => (
            <li key={builtin}>
              <Badge>{BUILTIN_LABELS[builtin]}</Badge>
            </li>
          ))}
        </ul>
      </Card>

      <Card>
        <fieldset>
          <legend className="text-base font-semibold text-fg">Optional categories</legend>
          <p className="mt-1 mb-4 text-sm text-fg-muted">Personal data to hide as well. Numbered markers keep one address the same within a document.</p>
          <div className="grid gap-3 sm:grid-cols-2">
            {CATEGORIES.map((category) => (
              <label key={category} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={draft.categories.includes(category)}
                  onChange={(event) => {
                    toggleCategory(category, event.target.checked);
                  }}
                  className="mt-0.5 size-4 accent-accent"
                />
                <span>
                  {CATEGORY_LABELS[category].label}
                  <span className="block font-mono text-xs text-fg-muted">{CATEGORY_LABELS[category].example}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </Card>

      <Card>
        <CardHeader
          title="Custom rules"
          description={
            <>
              Your own patterns in RE2 syntax (no look-around or back-references), case-sensitive unless they start with{" "}
              <code>(?i)</code>. A match becomes <code>[REDACTED:name]</code>. {draft.rules.length} of {saved.max_rules} rules.
            </>
          }
          actions={
            <Button variant="secondary" size="sm" onClick={addRule} disabled={atLimit} className="shrink-0 whitespace-nowrap">
              Add rule
            </Button>
          }
        />
        {atLimit && <p className="mb-2 text-sm text-fg-muted">A team has at most {saved.max_rules} custom rules: delete one to add another.</p>}
        {draft.rules.length === 0 ? (
          <p className="text-sm text-fg-muted">No custom rules. Add one for what only your team knows is sensitive, e.g. asset tags.</p>
        ) : (
          <div className="divide-y divide-border">
            {draft.rules.map((rule, index) => (
              <CustomRuleFields
                key={rule.key}
                rule={rule}
                position={index + 1}
                problems={problemsOf(rule, index)}
                autoFocus={rule.key === addedKey}
                onChange={(next) => {
                  setRule(index, next);
                }}
                onDelete={() => {
                  edit({ ...draft, rules: draft.rules.filter((_, at) => at !== index) });
                }}
              />
            ))}
          </div>
        )}
      </Card>

      <div className="flex flex-wrap items-center gap-3">
        <Button busy={save.isPending} disabled={!changed} onClick={submit}>
          Save rules
        </Button>
        <Button variant="secondary" disabled={!changed || save.isPending} onClick={discard}>
          Discard changes
        </Button>
        {changed && <span className="text-sm text-fg-muted">Unsaved changes: only the preview uses them.</span>}
      </div>
      {saveRefusal && <Alert tone="danger">{saveRefusal}</Alert>}
      {saveProblems && <Alert tone="danger">Nothing was saved: fix the rules marked above.</Alert>}

      <RedactionPreviewPanel
        text={sample}
        onText={setSample}
        preview={debounced.text.trim() ? preview.data : undefined}
        updating={preview.isFetching || debounced !== previewInput}
        problem={previewProblem}
        leftOut={draft.rules.length - previewable.length}
      />
    </div>
  );
}
