/**
 * Copies text to the clipboard: the Clipboard API where the browser offers it (secure contexts),
 * else a hidden textarea and `execCommand("copy")` (plain http on a LAN address). Resolves to
 * whether it worked.
 */
export async function copyText(text: string): Promise<boolean> {
  // Undefined outside secure contexts, whatever the DOM types say.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // refused (permissions, document not focused): try the old way
    }
  }
  return copyWithTextarea(text);
}

function copyWithTextarea(text: string): boolean {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "fixed top-0 -left-[9999px] opacity-0";
  document.body.append(area);
  area.select();
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only way without the Clipboard API
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus();
  }
}
