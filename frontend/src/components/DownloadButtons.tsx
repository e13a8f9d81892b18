import { useState } from "react";

import { describeError } from "@/api/errors";
import { Button, toast } from "@/components/ui";

interface DownloadButtonsProps<Format extends string> {
  /** The group's name for screen readers, e.g. "Export". */
  label: string;
  formats: readonly { format: Format; label: string }[];
  /** Fetches and saves one format; the saved file's name. */
  download: (format: Format) => Promise<string>;
  /** The toast's title when a download fails, e.g. "Could not export the session". */
  failure: string;
  /** A button's name for screen readers from its format's label. */
  buttonLabel: (label: string) => string;
}

/** A button per format that downloads a file; one at a time, the result (or why not) as a toast. */
export function DownloadButtons<Format extends string>({ label, formats, download, failure, buttonLabel }: DownloadButtonsProps<Format>) {
  const [busy, setBusy] = useState<Format | null>(null);

  const start = async (format: Format) => {
    setBusy(format);
    try {
      toast.success("Downloaded", await download(format));
    } catch (error) {
      toast.error(failure, describeError(error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div role="group" aria-label={label} className="flex flex-wrap gap-2">
      {formats.map((option) => (
        <Button
          key={option.format}
          variant="secondary"
          size="sm"
          busy={busy === option.format}
          disabled={busy !== null}
          onClick={() => void start(option.format)}
          aria-label={buttonLabel(option.label)}
        >
          {option.label}
        </Button>
      ))}
    </div>
  );
}
