import { useMemo } from "react";

import { cx } from "@/components/ui";
import { markdownToHtml } from "@/lib/markdown";

// The sanitized HTML has no classes of its own: its elements are styled from here.
const CONTENT =
  "text-sm leading-relaxed text-fg break-words " +
  "[&_p]:my-2 [&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:my-0.5 " +
  "[&_h1]:mt-4 [&_h1]:mb-2 [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:mt-4 [&_h2]:mb-2 [&_h2]:text-base [&_h2]:font-semibold " +
  "[&_h3]:mt-3 [&_h3]:mb-1 [&_h3]:font-semibold [&_h4]:mt-3 [&_h4]:font-semibold " +
  "[&_a]:text-accent-text [&_a]:underline [&_a]:underline-offset-2 [&_strong]:font-semibold " +
  "[&_code]:rounded [&_code]:bg-surface-raised [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em] " +
  "[&_pre]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:border [&_pre]:border-border [&_pre]:bg-surface-raised [&_pre]:p-3 " +
  "[&_pre_code]:bg-transparent [&_pre_code]:p-0 " +
  "[&_blockquote]:my-2 [&_blockquote]:border-l-4 [&_blockquote]:border-border [&_blockquote]:pl-3 [&_blockquote]:text-fg-muted " +
  "[&_table]:my-2 [&_table]:border-collapse [&_td]:border [&_td]:border-border [&_td]:px-2 [&_td]:py-1 " +
  "[&_th]:border [&_th]:border-border [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_hr]:my-3 [&_hr]:border-border " +
  "[&>:first-child]:mt-0 [&>:last-child]:mb-0";

/**
 * Markdown from flows, steps, notes and documents, rendered by `markdownToHtml` (marked, then
 * DOMPurify: no scripts, handlers, styles or images survive), so setting it as HTML is safe.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => markdownToHtml(source), [source]);
  return <div className={cx(CONTENT, className)} dangerouslySetInnerHTML={{ __html: html }} />;
}
