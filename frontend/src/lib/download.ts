/** Files from the API: fetched with the access token (openapi-fetch, `parseAs: "blob"`), saved through an object URL. */
import { unwrap } from "@/api/errors";

/** The file name of a Content-Disposition header (`attachment; filename="x.md"`), or `fallback`. */
export function filenameOf(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? "")?.[1] ?? fallback;
}

/** Hands `blob` to the browser as a download named `filename` (the SPA's CSP allows this: no navigation, no frame). */
export function saveDownload(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has started the download: revoking at once can cancel it in some browsers.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/**
 * Saves what an API call answered as a file named by its Content-Disposition (or `fallback`); the
 * file's name. A refusal throws an `ApiError`, as `unwrap` does.
 */
export async function downloadFrom(call: Parameters<typeof unwrap<Blob>>[0], fallback: string): Promise<string> {
  const blob = await unwrap(call);
  const { response } = await call;
  const filename = filenameOf(response.headers.get("Content-Disposition"), fallback);
  saveDownload(blob, filename);
  return filename;
}
