import { useEffect, useState } from "react";

import { Button, toast } from "@/components/ui";
import { copyText } from "@/lib/clipboard";

const COPIED_MS = 2000;

/** A button that copies `text`; says "Copied" for a moment (and to screen readers). */
export function CopyButton({ text, label = "Copy", what }: { text: string; label?: string; what?: string }) {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => {
      setCopied(false);
    }, COPIED_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [copied]);

  const copy = async () => {
    if (await copyText(text)) {
      setCopied(true);
    } else {
      toast.error("Could not copy", "Select the text and copy it with Ctrl+C.");
    }
  };

  return (
    <Button variant="secondary" size="sm" onClick={() => void copy()} aria-label={what ? `${label} ${what}` : label}>
      <span aria-live="polite">{copied ? "Copied" : label}</span>
    </Button>
  );
}
