/** What the CSV import shows besides the table: the API's refusal of a file by line, and a template to start from. */
import { ApiError } from "@/api/errors";

/** One problem of a refused file, as the API words it (backend/app/maintenance/targets_csv.py). */
export interface CsvProblem {
  /** 1 is the header; 0 the file as a whole. */
  line: number;
  column: string | null;
  code: string;
  message: string;
}

export interface CsvRefusal {
  message: string;
  problems: CsvProblem[];
  /** All problems found; the API lists the first 200. */
  count: number;
}

/** The API's `csv_invalid` (nothing was imported), or null for any other error. */
export function csvRefusalOf(error: unknown): CsvRefusal | null {
  if (!(error instanceof ApiError) || error.code !== "csv_invalid" || !Array.isArray(error.body.errors)) return null;
  const problems = error.body.errors as CsvProblem[];
  const count = typeof error.body.error_count === "number" ? error.body.error_count : problems.length;
  return { message: error.message, problems, count };
}

export function lineLabel(line: number): string {
  if (line === 0) return "Whole file";
  return line === 1 ? "1 (header)" : String(line);
}

/** Characters the API takes in one file (TargetImportIn.csv). */
export const MAX_CSV_CHARACTERS = 1_000_000;

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A CSV to fill in: the columns the API reads, this schedule's field columns (or two examples), and two sample rows. */
export function templateCsv(columns: string[]): string {
  const fields = columns.length ? columns : ["site", "platform"];
  const sample = (values: string[]) => fields.map((_, index) => (columns.length ? "" : (values[index] ?? "")));
  const rows = [
    ["client", "device", ...fields],
    ["Contoso Ltd", "CON-BKP01", ...sample(["Amsterdam", "Veeam"])],
    ["Fabrikam", "", ...sample(["Utrecht", "Datto"])],
  ];
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
