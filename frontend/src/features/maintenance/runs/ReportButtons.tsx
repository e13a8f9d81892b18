import { DownloadButtons } from "@/components/DownloadButtons";

import { downloadReport, type Run } from "./api";
import { REPORT_FORMATS } from "./report-file";

/** Downloads of the run's report (per-target outcomes, failures first, redacted with the team's rules). */
export function ReportButtons({ run }: { run: Pick<Run, "id" | "title" | "due_at"> }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span aria-hidden="true" className="text-sm text-fg-muted">
        Report
      </span>
      <DownloadButtons
        label="Download the report"
        formats={REPORT_FORMATS}
        download={(format) => downloadReport(run, format)}
        failure="Could not download the report"
        buttonLabel={(label) => `Download the report as ${label}`}
      />
    </div>
  );
}
