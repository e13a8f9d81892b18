import type { Citation } from "@/components/CitationList";

// "[3]" on its own: not an index in quoted code (`$Matches[1]`, `a[2]`) nor a link's text "[3](…)".
const CITED = /(?<![\w$\]])\[(\d{1,2})\](?!\()/g;

function escapeTitle(title: string): string {
  return title.replace(/[\\"]/g, (char) => `\\${char}`);
}

/**
 * The assistant's Markdown with each "[n]" that names a source turned into a link to that
 * source's page here (titled with the source, for screen readers and hover). Numbers that name
 * no source, and sources outside this app, stay plain text.
 */
export function linkCitations(markdown: string, citations: Citation[]): string {
  const byNumber = new Map(citations.filter((citation) => citation.link.startsWith("/")).map((citation) => [citation.n, citation]));
  return markdown.replace(CITED, (whole, digits: string) => {
    const citation = byNumber.get(Number(digits));
    return citation ? `[\\[${digits}\\]](${citation.link} "${escapeTitle(citation.title)}")` : whole;
  });
}
