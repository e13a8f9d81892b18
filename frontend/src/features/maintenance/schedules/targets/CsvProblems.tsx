import { Alert } from "@/components/ui";

import { lineLabel, type CsvRefusal } from "./csv-import";

/** A refused file: the API's message (nothing was imported) and each problem with its line and column, as the API gives them. */
export function CsvProblems({ fileName, refusal }: { fileName: string; refusal: CsvRefusal }) {
  const unlisted = refusal.count - refusal.problems.length;
  return (
    <Alert tone="danger" title={`${fileName}: ${refusal.message}`}>
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">Problems in {fileName}</caption>
        <thead className="text-xs text-fg-muted uppercase">
          <tr>
            <th scope="col" className="py-1 pr-4 font-medium">Line</th>
            <th scope="col" className="py-1 pr-4 font-medium">Column</th>
            <th scope="col" className="py-1 font-medium">Problem</th>
          </tr>
        </thead>
        <tbody>
          {refusal.problems.map((problem, index) => (
            <tr key={index} className="align-top">
              <td className="py-1 pr-4 whitespace-nowrap tabular-nums">{lineLabel(problem.line)}</td>
              <td className="py-1 pr-4">{problem.column ?? "—"}</td>
              <td className="py-1">{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unlisted > 0 && <p className="mt-2 text-xs">…and {unlisted} more.</p>}
    </Alert>
  );
}
