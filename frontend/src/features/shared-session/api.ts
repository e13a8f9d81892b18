import { useQuery } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import { publicApi } from "@/api/public-client";
import { useSessionStore } from "@/session/store";

export const sharedKeys = { document: (token: string) => ["shared", token] as const };

/**
 * The shared session's redacted document. Signed in, the request carries the login (team links
 * need it); signed out it goes without one (public links), so a team link answers 401 instead of
 * starting a refresh. Each request counts as a view: it is asked for once per page visit.
 */
export function useSharedDocument(token: string) {
  const status = useSessionStore((state) => state.status);
  return useQuery({
    queryKey: sharedKeys.document(token),
    queryFn: () => {
      const client = status === "signed-in" ? api : publicApi;
      return unwrap(client.GET("/api/v1/shared/{token}", { params: { path: { token }, query: { format: "md" } } }));
    },
    enabled: status !== "restoring",
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
