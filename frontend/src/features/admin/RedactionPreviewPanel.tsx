import { Alert, Card, CardHeader, Field, Spinner, Textarea } from "@/components/ui";

import type { PreviewOfText } from "./api";
import { previewSegments, type HiddenSegment } from "./redaction-draft";
import { hiddenKindLabel } from "./redaction-labels";

interface RedactionPreviewPanelProps {
  text: string;
  onText: (text: string) => void;
  preview: PreviewOfText | undefined;
  updating: boolean;
  /** Why the preview is not up to date, if it is not. */
  problem: string | null;
  /** Rules left out of the preview because they are incomplete or malformed. */
  leftOut: number;
}

/** Sample text in, the text as it would leave the server out, with what was hidden marked. */
export function RedactionPreviewPanel({ text, onText, preview, updating, problem, leftOut }: RedactionPreviewPanelProps) {
  const segments = preview ? previewSegments(preview.submitted, preview.result) : [];
  const hidden = segments.filter((segment): segment is HiddenSegment => segment.kind === "hidden");
  return (
    <Card>
      <CardHeader
        title="Live preview"
        description="Try the rules above, saved or not, on a ticket note or a pasted log. Nothing typed here is stored."
      />
      <div className="flex flex-col gap-4">
        <Field label="Sample text">
          {(control) => (
            <Textarea
              {...control}
              value={text}
              onChange={(event) => {
                onText(event.target.value);
              }}
              rows={6}
              spellCheck={false}
              className="font-mono text-sm"
            />
          )}
        </Field>
        {leftOut > 0 && (
          <Alert tone="info">
            {leftOut === 1 ? "1 rule is" : `${leftOut} rules are`} left out of the preview until {leftOut === 1 ? "it is" : "they are"}{" "}
            complete.
          </Alert>
        )}
        {problem && <Alert tone="warning">{problem}</Alert>}
        <section aria-labelledby="redacted-heading" className="flex flex-col gap-2">
          <h3 id="redacted-heading" className="flex items-center gap-2 text-sm font-medium">
            What leaves the server
            {updating && <Spinner label="Updating the preview" />}
          </h3>
          <p aria-live="polite" className="text-sm text-fg-muted">
            {preview && (hidden.length === 0 ? "Nothing is hidden." : `${hidden.length === 1 ? "1 part" : `${hidden.length} parts`} hidden.`)}
          </p>
          <div
            data-testid="redacted-text"
            className="min-h-24 rounded-md border border-border bg-canvas px-3 py-2 font-mono text-sm break-words whitespace-pre-wrap"
          >
            {segments.map((segment, index) =>
              segment.kind === "kept" ? (
                segment.text
              ) : (
                <mark
                  key={index}
                  title={`${hiddenKindLabel(segment.category)}: ${segment.original}`}
                  className="rounded bg-accent-soft px-0.5 text-accent-text"
                >
                  {segment.replacement}
                </mark>
              ),
            )}
          </div>
        </section>
        {hidden.length > 0 && (
          <section aria-labelledby="hidden-heading">
            <h3 id="hidden-heading" className="mb-2 text-sm font-medium">
              Hidden
            </h3>
            <ul className="divide-y divide-border text-sm">
              {hidden.map((segment, index) => (
                <li key={index} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-1.5">
                  <code className="rounded bg-danger-soft px-1 text-fg">{segment.original}</code>
                  <span aria-hidden="true" className="text-fg-muted">
                    →
                  </span>
                  <span className="sr-only">becomes</span>
                  <code className="rounded bg-accent-soft px-1 text-accent-text">{segment.replacement}</code>
                  <span className="text-xs text-fg-muted">{hiddenKindLabel(segment.category)}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Card>
  );
}
