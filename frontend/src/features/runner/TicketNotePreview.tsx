import { useState } from "react";

import { Markdown } from "@/components/Markdown";
import { Badge, Card, CardHeader, cx, ErrorState, SkeletonList } from "@/components/ui";

import { useDocumentPreview, type PreviewFormat } from "./api";

const FORMATS: { format: PreviewFormat; label: string }[] = [
  { format: "md", label: "Markdown" },
  { format: "psa", label: "PSA note" },
];

/** The ticket note as it would be exported now (redacted), updated after every step. */
export function TicketNotePreview({ sessionId }: { sessionId: string }) {
  const [format, setFormat] = useState<PreviewFormat>("md");
  const preview = useDocumentPreview(sessionId, format);

  return (
    <Card className="flex flex-col">
      <CardHeader
        title="Ticket note"
        actions={
          <div role="group" aria-label="Preview format" className="flex shrink-0 rounded-md border border-control-border p-0.5">
            {FORMATS.map((option) => (
              <button
                key={option.format}
                type="button"
                aria-pressed={format === option.format}
                onClick={() => {
                  setFormat(option.format);
                }}
                className={cx(
                  "rounded px-2 py-1 text-xs font-medium",
                  format === option.format ? "bg-accent text-accent-fg" : "text-fg-muted hover:text-fg",
                )}
              >
                {option.label}
              </button>
            ))}
          </div>
        }
      />
      <p className="-mt-2 mb-3 text-xs text-fg-muted">Live preview, with the team's redaction applied.</p>
      {preview.isPending && <SkeletonList lines={4} label="Loading the ticket note" />}
      {preview.isError && <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />}
      {preview.data && (
        <>
          {preview.data.redactions > 0 && (
            <p className="mb-2">
              <Badge tone="warning">
                {preview.data.redactions} {preview.data.redactions === 1 ? "secret" : "secrets"} hidden
              </Badge>
            </p>
          )}
          <div
            aria-label="Ticket note preview"
            aria-busy={preview.isFetching}
            tabIndex={0}
            className="max-h-[28rem] overflow-y-auto rounded-md bg-canvas p-3 text-sm"
          >
            {preview.data.format === "md" ? (
              <Markdown source={preview.data.content} />
            ) : (
              <pre className="font-mono text-xs whitespace-pre-wrap text-fg">{preview.data.content}</pre>
            )}
          </div>
        </>
      )}
    </Card>
  );
}
