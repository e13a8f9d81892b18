import DOMPurify from "dompurify";
import { Marked } from "marked";

/**
 * Markdown from flows, notes and documents turned into safe HTML: `marked` renders it and
 * DOMPurify keeps only harmless markup. What the page's Content-Security-Policy would refuse is
 * dropped here instead of being reported: inline styles, images from anywhere, forms.
 */
const parser = new Marked({ gfm: true, breaks: true });

const purifier = DOMPurify();
purifier.addHook("afterSanitizeAttributes", (node) => {
  // Links leave the app in a new tab, without telling the other site where they came from.
  if (node.tagName === "A" && /^https?:/i.test(node.getAttribute("href") ?? "")) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

const SANITIZE = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ["style", "img", "picture", "video", "audio", "form", "input", "button", "textarea", "select"],
  FORBID_ATTR: ["style", "class", "id"],
  ADD_ATTR: ["target"],
};

export function markdownToHtml(markdown: string): string {
  return purifier.sanitize(parser.parse(markdown, { async: false }), SANITIZE);
}
