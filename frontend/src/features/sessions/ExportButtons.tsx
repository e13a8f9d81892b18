import { useState } from "react";

import { describeError } from "@/api/errors";
import { Button, toast } from "@/components/ui";

import { downloadDocument, type ExportFormat } from "./api";

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: "md", label: "Markdown" },
  { format: "txt", label: "Text" },
  { format: "html", label: "HTML" },
];

/** Downloads of the session's documentation (redacted with the team's rules). */
export function ExportButtons({ sessionId }: { sessionId: string }) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const download = async (format: ExportFormat) => {
    setBusy(format);
    try {
      const filename = await downloadDocument(sessionId, format);
      toast.success("Downloaded", filename);
    } catch (error) {
      toast.error("Could not export the session", describeError(error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div role="group" aria-label="Export" className="flex flex-wrap gap-2">
      {FORMATS.map(({ format, label }) => (
        <Button
          key={format}
          variant="secondary"
          size="sm"
          busy={busy === format}
          disabled={busy !== null}
          onClick={() => void download(format)}
          aria-label={`Download ${label}`}
        >
          {label}
        </Button>
      ))}
    </div>
  );
}
