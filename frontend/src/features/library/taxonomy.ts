import type { Folder } from "./api";

/** Each folder's full path, e.g. "Networking / DNS", by id. */
export function folderPaths(folders: Folder[]): Map<string, string> {
  const byId = new Map(folders.map((folder) => [folder.id, folder]));
  const paths = new Map<string, string>();
  const pathOf = (folder: Folder, seen: Set<string>): string => {
    const known = paths.get(folder.id);
    if (known) return known;
    const parent = folder.parent_id ? byId.get(folder.parent_id) : undefined;
    // `seen` guards against a cycle the API should never return
    const path = parent && !seen.has(parent.id) ? `${pathOf(parent, seen.add(folder.id))} / ${folder.name}` : folder.name;
    paths.set(folder.id, path);
    return path;
  };
  for (const folder of folders) pathOf(folder, new Set());
  return paths;
}

/** Markdown's markers dropped, for a one- or two-line teaser of a description. */
export function plainTeaser(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>~]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
