import type { SearchHit } from "./api";

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

/**
 * Text with its HTML character references resolved (`&amp;` → `&`, `&#x27;` → `'`), for showing
 * it as React text (which escapes it again). Unknown references stay as they are.
 */
function decodeEntities(text: string): string {
  return text.replace(ENTITY, (reference, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? reference;
  });
}

export interface TextPart {
  text: string;
  marked: boolean;
}

/**
 * A search snippet (`<mark>…</mark>` around matches, everything else HTML-escaped by the server) as
 * plain text parts. No markup is ever interpreted: anything but the marks stays text.
 */
export function parseMarkedSnippet(snippet: string): TextPart[] {
  const parts: TextPart[] = [];
  let marked = false;
  for (const piece of snippet.split(/(<\/?mark>)/)) {
    if (piece === "<mark>") marked = true;
    else if (piece === "</mark>") marked = false;
    else if (piece) parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}

/** Where a hit opens: a flow's page or a library step's. */
export function hitPath(hit: Pick<SearchHit, "type" | "id">): string {
  return hit.type === "flow" ? `/flows/${hit.id}` : `/steps/${hit.id}`;
}
