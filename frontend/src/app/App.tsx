import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { RouterProvider } from "react-router";

import { Toaster } from "@/components/ui";
import { useSessionStore } from "@/session/store";

import { cacheOutlivedItsUser, createQueryClient } from "./query-client";
import { router } from "./routes";
import { useApplyTheme } from "./shell/theme";

export function App() {
  const [queryClient] = useState(createQueryClient);
  useApplyTheme();

  // Nothing cached for one user may be shown to the next.
  useEffect(
    () =>
      useSessionStore.subscribe((state, previous) => {
        if (cacheOutlivedItsUser(previous, state)) {
          queryClient.clear();
        }
      }),
    [queryClient],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>
  );
}
