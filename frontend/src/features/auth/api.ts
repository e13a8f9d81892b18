// The installation's environment and demo accounts are shared with other features (src/lib/meta.ts).
export { useMeta } from "@/lib/meta";
