import { useQuery } from "@tanstack/react-query";

import { unwrap } from "@/api/errors";
import { publicApi } from "@/api/public-client";

export const metaKeys = { all: ["meta"] as const };

/** The environment and, in local development, the demo accounts (GET /api/v1/meta). */
export function useMeta() {
  return useQuery({
    queryKey: metaKeys.all,
    queryFn: () => unwrap(publicApi.GET("/api/v1/meta")),
    staleTime: Infinity,
  });
}
