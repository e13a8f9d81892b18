import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";

/** Query keys of this feature; by convention they start with the API resource. */
export const loginKeys = { all: ["auth", "logins"] as const };

export function useMyLogins() {
  return useQuery({
    queryKey: loginKeys.all,
    queryFn: () => unwrap(api.GET("/api/v1/auth/sessions")),
  });
}

export function useEndLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (loginId: string) =>
      unwrap(api.DELETE("/api/v1/auth/sessions/{login_id}", { params: { path: { login_id: loginId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: loginKeys.all }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { current_password: string; new_password: string }) =>
      unwrap(api.POST("/api/v1/auth/password/change", { body })),
    // Other logins end with a password change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: loginKeys.all }),
  });
}

export function useResendVerification() {
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/auth/verify-email/resend")),
  });
}
