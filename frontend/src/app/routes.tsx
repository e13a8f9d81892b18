/**
 * The route table. Every page is a lazily loaded module (its own chunk), so the runner's route
 * loads only what the runner needs; admin and the flow editor never load for an engineer who does
 * not open them. To add a page: create it in src/features/<area>/, export it by name, add a row.
 */
import type { ComponentType } from "react";
import { createBrowserRouter, Navigate, type RouteObject } from "react-router";

import { FullPageSpinner } from "@/components/ui";

import { PublicOnly, RequireAuth, RequireRole } from "./guards";
import { NotFoundPage } from "./NotFoundPage";
import { RouteError } from "./RouteError";
import { AppShell } from "./shell/AppShell";

type PageModule = Promise<Record<string, ComponentType>>;

/** A lazy route whose module exports the page component as `name`. */
function page(load: () => PageModule, name: string): Pick<RouteObject, "lazy"> {
  return {
    lazy: async () => {
      const module = await load();
      return { Component: module[name] };
    },
  };
}

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <FullPageSpinner />,
    children: [
      {
        element: <PublicOnly />,
        children: [
          { path: "/sign-in", ...page(() => import("@/features/auth/SignInPage"), "SignInPage") },
          { path: "/forgot-password", ...page(() => import("@/features/auth/ForgotPasswordPage"), "ForgotPasswordPage") },
          { path: "/reset-password", ...page(() => import("@/features/auth/ResetPasswordPage"), "ResetPasswordPage") },
        ],
      },
      // Links from e-mails (backend/app/auth/service.py, app/teams/service.py): signed in or not.
      { path: "/verify-email", ...page(() => import("@/features/auth/VerifyEmailPage"), "VerifyEmailPage") },
      { path: "/invitations/accept", ...page(() => import("@/features/auth/AcceptInvitationPage"), "AcceptInvitationPage") },
      // Public, read-only and redacted: no sign-in, no app shell.
      { path: "/shared/:token", ...page(() => import("@/features/shared-session/SharedSessionPage"), "SharedSessionPage") },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppShell />,
            children: [
              { index: true, ...page(() => import("@/features/dashboard/DashboardPage"), "DashboardPage") },
              { path: "library", ...page(() => import("@/features/library/LibraryPage"), "LibraryPage") },
              { path: "flows/:flowId", ...page(() => import("@/features/library/FlowDetailPage"), "FlowDetailPage") },
              {
                // Drafts are edited by engineers and above (PUT /flows/{id}/draft: Engineer).
                element: <RequireRole minimum="engineer" />,
                children: [
                  { path: "flows/new", ...page(() => import("@/features/editor/NewFlowPage"), "NewFlowPage") },
                  { path: "flows/:flowId/edit", handle: { fullBleed: true }, ...page(() => import("@/features/editor/FlowEditorPage"), "FlowEditorPage") },
                ],
              },
              { path: "sessions", ...page(() => import("@/features/sessions/SessionHistoryPage"), "SessionHistoryPage") },
              { path: "sessions/:sessionId", ...page(() => import("@/features/sessions/SessionDetailPage"), "SessionDetailPage") },
              { path: "sessions/:sessionId/run", ...page(() => import("@/features/runner/RunnerPage"), "RunnerPage") },
              { path: "steps", ...page(() => import("@/features/steps/StepLibraryPage"), "StepLibraryPage") },
              { path: "steps/:stepId", ...page(() => import("@/features/steps/StepDetailPage"), "StepDetailPage") },
              {
                element: <RequireRole minimum="engineer" />,
                children: [
                  { path: "steps/new", ...page(() => import("@/features/steps/StepEditorPage"), "StepEditorPage") },
                  { path: "steps/:stepId/edit", ...page(() => import("@/features/steps/StepEditorPage"), "StepEditorPage") },
                ],
              },
              // The review queue: any member reads it; accepting and rejecting are for team admins (the page hides them).
              { path: "proposals", ...page(() => import("@/features/proposals/ReviewQueuePage"), "ReviewQueuePage") },
              { path: "proposals/:proposalId", ...page(() => import("@/features/proposals/ProposalDetailPage"), "ProposalDetailPage") },
              // Maintenance schedules: any member reads them; engineers and above create and change them (as the API).
              { path: "maintenance", ...page(() => import("@/features/maintenance/schedules/SchedulesPage"), "SchedulesPage") },
              {
                element: <RequireRole minimum="engineer" />,
                children: [{ path: "maintenance/schedules/new", ...page(() => import("@/features/maintenance/schedules/ScheduleEditorPage"), "ScheduleEditorPage") }],
              },
              { path: "maintenance/schedules/:scheduleId", ...page(() => import("@/features/maintenance/schedules/ScheduleEditorPage"), "ScheduleEditorPage") },
              // Maintenance runs: any member reads them; engineers and above mark cells in bulk (the page hides it).
              { path: "maintenance/runs", ...page(() => import("@/features/maintenance/runs/RunsPage"), "RunsPage") },
              { path: "maintenance/runs/:runId", ...page(() => import("@/features/maintenance/runs/RunPage"), "RunPage") },
              // The assistant answers engineers and above (POST /copilot/chat: Engineer).
              {
                element: <RequireRole minimum="engineer" />,
                children: [{ path: "assistant/:conversationId?", ...page(() => import("@/features/copilot/chat/AssistantPage"), "AssistantPage") }],
              },
              { path: "profile", ...page(() => import("@/features/profile/ProfilePage"), "ProfilePage") },
              {
                element: <RequireRole minimum="team_admin" />,
                children: [
                  {
                    path: "admin",
                    ...page(() => import("@/features/admin/AdminLayout"), "AdminLayout"),
                    children: [
                      { index: true, element: <Navigate to="members" replace /> },
                      { path: "members", ...page(() => import("@/features/admin/MembersPage"), "MembersPage") },
                      { path: "invitations", ...page(() => import("@/features/admin/InvitationsPage"), "InvitationsPage") },
                      { path: "session-policy", ...page(() => import("@/features/admin/SessionPolicyPage"), "SessionPolicyPage") },
                      { path: "redaction", ...page(() => import("@/features/admin/RedactionPage"), "RedactionPage") },
                      { path: "ai-usage", ...page(() => import("@/features/admin/ai-usage/AiUsagePage"), "AiUsagePage") },
                      { path: "psa", ...page(() => import("@/features/admin/psa/PsaConnectionPage"), "PsaConnectionPage") },
                      { path: "member-mapping", ...page(() => import("@/features/admin/psa/MemberMappingPage"), "MemberMappingPage") },
                      {
                        element: <RequireRole minimum="super_admin" />,
                        children: [{ path: "teams", ...page(() => import("@/features/admin/TeamsPage"), "TeamsPage") }],
                      },
                    ],
                  },
                ],
              },
              { path: "*", element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
