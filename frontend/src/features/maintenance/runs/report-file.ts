export type ReportFormat = "md" | "html" | "csv";

export const REPORT_FORMATS: { format: ReportFormat; label: string }[] = [
  { format: "csv", label: "CSV" },
  { format: "md", label: "Markdown" },
  { format: "html", label: "HTML" },
];

/**
 * The report's file name as the API makes it (`maintenance-<title>-<UTC day due>-<id>.<format>`),
 * for when its Content-Disposition header is missing (a proxy dropped it); the API's name wins,
 * since its title is redacted.
 */
export function reportFilename(run: { id: string; title: string; due_at: string }, format: ReportFormat): string {
  const slug = run.title.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "run";
  return `maintenance-${slug}-${run.due_at.slice(0, 10)}-${run.id.replaceAll("-", "").slice(0, 8)}.${format}`;
}
