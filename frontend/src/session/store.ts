import { create } from "zustand";

import type { Me, TokenResponse } from "@/api/types";

/** Why the user is looking at the sign-in page, when it was not their own choice. */
export interface SignOutNotice {
  code: string;
  message: string;
}

export type SessionStatus = "restoring" | "signed-in" | "signed-out";

interface SessionState {
  status: SessionStatus;
  /** In memory only: never written to storage. The refresh token is an httpOnly cookie. */
  accessToken: string | null;
  user: Me | null;
  notice: SignOutNotice | null;
  signedIn: (tokens: TokenResponse) => void;
  signedOut: (notice?: SignOutNotice | null) => void;
  dismissNotice: () => void;
}

export const useSessionStore = create<SessionState>()((set) => ({
  status: "restoring",
  accessToken: null,
  user: null,
  notice: null,
  signedIn: (tokens) => {
    set({ status: "signed-in", accessToken: tokens.access_token, user: tokens.user, notice: null });
  },
  signedOut: (notice = null) => {
    set({ status: "signed-out", accessToken: null, user: null, notice });
  },
  dismissNotice: () => {
    set({ notice: null });
  },
}));

export function currentAccessToken(): string | null {
  return useSessionStore.getState().accessToken;
}
