import { DownloadButtons } from "@/components/DownloadButtons";

import { downloadDocument, type ExportFormat } from "./api";

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: "md", label: "Markdown" },
  { format: "txt", label: "Text" },
  { format: "html", label: "HTML" },
];

/** Downloads of the session's documentation (redacted with the team's rules). */
export function ExportButtons({ sessionId }: { sessionId: string }) {
  return (
    <DownloadButtons
      label="Export"
      formats={FORMATS}
      download={(format) => downloadDocument(sessionId, format)}
      failure="Could not export the session"
      buttonLabel={(label) => `Download ${label}`}
    />
  );
}
