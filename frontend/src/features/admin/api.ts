import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";

export type Member = Schema<"MemberOut">;
export type MemberChange = Schema<"MemberUpdateIn">;
export type Invitation = Schema<"InvitationOut">;
export type InvitationRequest = Schema<"InvitationCreateIn">;
export type SessionPolicy = Schema<"SessionPolicyIn">;
export type RedactionRules = Schema<"RedactionRulesOut">;
export type RedactionRulesDraft = Schema<"RedactionRulesIn">;
export type RedactionPreview = Schema<"RedactionPreviewOut">;
export type Team = Schema<"TeamOut">;
export type TeamRequest = Schema<"TeamCreateIn">;

/** Admin pages manage the signed-in user's own team; the API resolves `current` to it. */
const TEAM = "current";
const teamPath = { params: { path: { team_ref: TEAM } } };

/** Query keys of this feature: the `teams` resource, then the team, then what of it. */
export const teamKeys = {
  all: ["teams"] as const,
  members: ["teams", TEAM, "members"] as const,
  invitations: ["teams", TEAM, "invitations"] as const,
  sessionPolicy: ["teams", TEAM, "session-policy"] as const,
  redactionRules: ["teams", TEAM, "redaction-rules"] as const,
  redactionPreview: (text: string, draft: RedactionRulesDraft) => ["teams", TEAM, "redaction", "preview", { text, draft }] as const,
};

// --- members ---------------------------------------------------------------------------------

/** People join (by invitation) and change while the admin looks elsewhere: always reloaded when shown. */
const LIVE = { staleTime: 0 };

export function useMembers() {
  return useQuery({
    queryKey: teamKeys.members,
    queryFn: () => unwrap(api.GET("/api/v1/teams/{team_ref}/members", teamPath)),
    ...LIVE,
  });
}

export function useUpdateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, change }: { userId: string; change: MemberChange }) =>
      unwrap(
        api.PATCH("/api/v1/teams/{team_ref}/members/{user_id}", {
          params: { path: { team_ref: TEAM, user_id: userId } },
          body: change,
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData<Member[]>(teamKeys.members, (members) =>
        members?.map((member) => (member.user_id === updated.user_id ? updated : member)),
      );
    },
  });
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap(api.DELETE("/api/v1/teams/{team_ref}/members/{user_id}", { params: { path: { team_ref: TEAM, user_id: userId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.members }),
  });
}

// --- invitations -----------------------------------------------------------------------------

export function useInvitations() {
  return useQuery({
    queryKey: teamKeys.invitations,
    queryFn: () => unwrap(api.GET("/api/v1/teams/{team_ref}/invitations", teamPath)),
    ...LIVE,
  });
}

export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationRequest) => unwrap(api.POST("/api/v1/teams/{team_ref}/invitations", { ...teamPath, body })),
    // A new invitation to the same address revokes the earlier one: reload the whole list.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.invitations }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      unwrap(
        api.DELETE("/api/v1/teams/{team_ref}/invitations/{invitation_id}", {
          params: { path: { team_ref: TEAM, invitation_id: invitationId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.invitations }),
  });
}

// --- session policy --------------------------------------------------------------------------

export function useSessionPolicy() {
  return useQuery({
    queryKey: teamKeys.sessionPolicy,
    queryFn: () => unwrap(api.GET("/api/v1/teams/{team_ref}/session-policy", teamPath)),
  });
}

export function useSaveSessionPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionPolicy) => unwrap(api.PUT("/api/v1/teams/{team_ref}/session-policy", { ...teamPath, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(teamKeys.sessionPolicy, saved);
    },
  });
}

// --- redaction -------------------------------------------------------------------------------

export function useRedactionRules() {
  return useQuery({
    queryKey: teamKeys.redactionRules,
    queryFn: () => unwrap(api.GET("/api/v1/teams/{team_ref}/redaction-rules", teamPath)),
  });
}

export function useSaveRedactionRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RedactionRulesDraft) => unwrap(api.PUT("/api/v1/teams/{team_ref}/redaction-rules", { ...teamPath, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(teamKeys.redactionRules, saved);
    },
  });
}

/** A preview and the text it was made from (kept while the next one loads, the text may differ). */
export interface PreviewOfText {
  submitted: string;
  result: RedactionPreview;
}

/** `text` redacted with the unsaved `draft` (nothing is stored); off while the text is empty. */
export function useRedactionPreview(text: string, draft: RedactionRulesDraft) {
  return useQuery({
    queryKey: teamKeys.redactionPreview(text, draft),
    queryFn: async ({ signal }): Promise<PreviewOfText> => ({
      submitted: text,
      result: await unwrap(api.POST("/api/v1/teams/{team_ref}/redaction/preview", { ...teamPath, body: { text, draft }, signal })),
    }),
    enabled: text.trim() !== "",
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

// --- teams (super_admin) ---------------------------------------------------------------------

export function useTeams() {
  return useQuery({ queryKey: teamKeys.all, queryFn: () => unwrap(api.GET("/api/v1/teams")) });
}

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TeamRequest) => unwrap(api.POST("/api/v1/teams", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.all, exact: true }),
  });
}
