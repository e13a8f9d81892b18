import { hashKey, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";
import { psaKeys } from "@/lib/psa";

export type Connection = Schema<"ConnectWiseConnectionOut">;
export type ConnectionDraft = Schema<"ConnectWiseConnectionIn">;
export type ConnectionTest = Schema<"ConnectionTestOut">;
export type MemberMapping = Schema<"MemberMappingOut">;
export type MemberMappings = Schema<"MemberMappingsOut">;
export type AutoMatch = Schema<"AutoMatchOut">;
export type PsaMember = Schema<"PsaMemberOut">;

// --- connection ------------------------------------------------------------------------------

export function useConnection() {
  return useQuery({
    queryKey: psaKeys.connection,
    queryFn: () => unwrap(api.GET("/api/v1/psa/connectwise")),
  });
}

const CONNECTION_HASH = hashKey(psaKeys.connection);

export function useSaveConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConnectionDraft) => unwrap(api.PUT("/api/v1/psa/connectwise", { body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(psaKeys.connection, saved);
      // Tickets, members and mappings cached so far may be another ConnectWise's now.
      void queryClient.invalidateQueries({ queryKey: psaKeys.all, predicate: (query) => query.queryHash !== CONNECTION_HASH });
    },
  });
}

export function useDeleteConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/v1/psa/connectwise")),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: psaKeys.all }),
  });
}

/** Tests the settings in the form (keys left blank: the stored ones); nothing is saved. */
export function useTestConnection() {
  return useMutation({
    mutationFn: (body: ConnectionDraft) => unwrap(api.POST("/api/v1/psa/connectwise/test", { body })),
  });
}

// --- member mapping --------------------------------------------------------------------------

export function useMemberMappings() {
  return useQuery({
    queryKey: psaKeys.mappings,
    queryFn: () => unwrap(api.GET("/api/v1/psa/connectwise/member-mappings")),
    staleTime: 0,
  });
}

export function useAutoMatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/psa/connectwise/member-mappings/auto-match")),
    onSuccess: ({ items, unmatched }) => {
      queryClient.setQueryData<MemberMappings>(psaKeys.mappings, { items, unmatched });
    },
  });
}

export function useSetMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, memberId }: { userId: string; memberId: number | null }) =>
      unwrap(
        api.PUT("/api/v1/psa/connectwise/member-mappings/{user_id}", {
          params: { path: { user_id: userId } },
          body: { member_id: memberId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: psaKeys.mappings }),
  });
}

export function useClearMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap(api.DELETE("/api/v1/psa/connectwise/member-mappings/{user_id}", { params: { path: { user_id: userId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: psaKeys.mappings }),
  });
}

const MEMBERS_PAGE = 100;

/** ConnectWise's active members, a page of 100 at a time (as ConnectWise orders them). */
export function usePsaMembers() {
  return useInfiniteQuery({
    queryKey: psaKeys.members,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET("/api/v1/psa/connectwise/members", { params: { query: { page: pageParam, page_size: MEMBERS_PAGE } } })),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.has_more ? last.page + 1 : undefined),
    retry: false,
    staleTime: 5 * 60_000,
  });
}
