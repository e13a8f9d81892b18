// Generated from src/api/openapi.json by `npm run api:generate` (make api-client). Do not edit.

export interface paths {
    "/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team's sessions, newest first */
        get: operations["list_sessions_api_v1_sessions_get"];
        put?: never;
        /**
         * Start a session on a published version of a flow
         * @description With a `ticket_id` and a PSA connection the ticket is checked first: a ticket the PSA does not have is a 404; when the PSA cannot be reached the session starts with `ticket_verified: false`.
         */
        post: operations["start_session_api_v1_sessions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session: current node with its content, path, variables */
        get: operations["read_session_api_v1_sessions__session_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's log in order, after `after` (a seq) */
        get: operations["list_events_api_v1_sessions__session_id__events_get"];
        put?: never;
        /**
         * Append one event (a path: its owner; a checklist: any engineer of the team)
         * @description Troubleshooting sessions walk a path (`answered`, `action_done`, `input_captured`, `output_pasted`, `went_back`); checklist sessions (procedural and maintenance flows) take `step_completed`, `step_reopened`, `step_assigned` and `step_noted`, in any order unless the step's section is sequential. Both take `note`, `paused`, `resumed` and `ended`.
         */
        post: operations["append_event_api_v1_sessions__session_id__events_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the session's documentation, redacted with the team's rules */
        get: operations["download_document_api_v1_sessions__session_id__document_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/document/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's documentation as JSON, for showing it: content and how much was redacted */
        get: operations["preview_document_api_v1_sessions__session_id__document_preview_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the session to a member or the team queue, with a briefing (owner only) */
        post: operations["escalate_api_v1_sessions__session_id__escalate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/take-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Become the owner of an escalated session and continue it */
        post: operations["take_over_api_v1_sessions__session_id__take_over_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Flows and library steps matching a query, best first, with a snippet and why each matched
         * @description Hybrid search: full text (every word, the last also as a prefix for type-ahead; quotes, `or` and `-word` as in web search) weighted title > tags > text, with typos corrected against the team's titles and tags, fused with semantic similarity (embeddings) by reciprocal rank fusion. A flow is searched in its latest published version, or its draft while it has none; archived flows are not searched.
         */
        get: operations["search_api_v1_search_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Flows */
        get: operations["list_flows_api_v1_flows_get"];
        put?: never;
        /** Create Flow */
        post: operations["create_flow_api_v1_flows_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Export several flows as one file (drafts, or latest published versions) */
        post: operations["export_flows_api_v1_flows_export_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a file in the export format: all flows or none */
        post: operations["import_flows_api_v1_flows_import_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/{flow_id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export one flow: its draft, ?version=N, or the latest published version with ?published=true */
        get: operations["export_flow_api_v1_flows__flow_id__export_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/{flow_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The flow with its draft, or a published version with ?version=N */
        get: operations["read_flow_api_v1_flows__flow_id__get"];
        put?: never;
        post?: never;
        /** Delete Flow */
        delete: operations["delete_flow_api_v1_flows__flow_id__delete"];
        options?: never;
        head?: never;
        /** Update Flow */
        patch: operations["update_flow_api_v1_flows__flow_id__patch"];
        trace?: never;
    };
    "/api/v1/flows/{flow_id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save Draft */
        put: operations["save_draft_api_v1_flows__flow_id__draft_put"];
        post?: never;
        /** Discard the draft: reset it to the latest published version */
        delete: operations["discard_draft_api_v1_flows__flow_id__draft_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/{flow_id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate the draft without publishing */
        post: operations["validate_draft_api_v1_flows__flow_id__validate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/{flow_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish */
        post: operations["publish_api_v1_flows__flow_id__publish_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/{flow_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Versions */
        get: operations["list_versions_api_v1_flows__flow_id__versions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/{flow_id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nodes added, removed and changed between two versions */
        get: operations["diff_versions_api_v1_flows__flow_id__diff_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/{flow_id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duplicate Flow */
        post: operations["duplicate_flow_api_v1_flows__flow_id__duplicate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/{flow_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive */
        post: operations["archive_api_v1_flows__flow_id__archive_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/{flow_id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unarchive */
        post: operations["unarchive_api_v1_flows__flow_id__unarchive_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/{flow_id}/favourite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add Favourite */
        put: operations["add_favourite_api_v1_flows__flow_id__favourite_put"];
        post?: never;
        /** Remove Favourite */
        delete: operations["remove_favourite_api_v1_flows__flow_id__favourite_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register */
        post: operations["register_api_v1_auth_register_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Login */
        post: operations["login_api_v1_auth_login_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with the OAuth2 password form (Swagger's Authorize button) */
        post: operations["token_api_v1_auth_token_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refresh */
        post: operations["refresh_api_v1_auth_refresh_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Logout */
        post: operations["logout_api_v1_auth_logout_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Me */
        get: operations["me_api_v1_auth_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change Password */
        post: operations["change_password_api_v1_auth_password_change_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forgot Password */
        post: operations["forgot_password_api_v1_auth_password_forgot_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset Password */
        post: operations["reset_password_api_v1_auth_password_reset_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify Email */
        post: operations["verify_email_api_v1_auth_verify_email_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resend Verification */
        post: operations["resend_verification_api_v1_auth_verify_email_resend_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My active logins */
        get: operations["list_sessions_api_v1_auth_sessions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{login_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of my logins */
        delete: operations["delete_session_api_v1_auth_sessions__login_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's share links, newest first (never their tokens) */
        get: operations["list_shares_api_v1_sessions__session_id__shares_get"];
        put?: never;
        /** Create a share link (the token is shown only in this answer) */
        post: operations["create_share_api_v1_sessions__session_id__shares_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/shares/{share_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a share link */
        delete: operations["revoke_share_api_v1_sessions__session_id__shares__share_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Escalated sessions waiting for me and in the team queue, oldest first */
        get: operations["list_escalations_api_v1_escalations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team's step library, by average rating, use or newest first */
        get: operations["list_steps_api_v1_steps_get"];
        put?: never;
        /** Create Step */
        post: operations["create_step_api_v1_steps_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/steps/{step_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Step */
        get: operations["read_step_api_v1_steps__step_id__get"];
        put?: never;
        post?: never;
        /** Delete Step */
        delete: operations["delete_step_api_v1_steps__step_id__delete"];
        options?: never;
        head?: never;
        /** Update Step */
        patch: operations["update_step_api_v1_steps__step_id__patch"];
        trace?: never;
    };
    "/api/v1/steps/{step_id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rate the step, or change my rating */
        put: operations["rate_step_api_v1_steps__step_id__rating_put"];
        post?: never;
        /** Withdraw my rating */
        delete: operations["unrate_step_api_v1_steps__step_id__rating_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/steps/{step_id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every rating of the step with its review, most recent first */
        get: operations["list_ratings_api_v1_steps__step_id__ratings_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/steps/{step_id}/insert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add the step as a node of a flow's draft (and count the use) */
        post: operations["insert_into_draft_api_v1_steps__step_id__insert_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/{flow_id}/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per node of a published version: visits, answers chosen, median time, outcomes, abandonment */
        get: operations["flow_insights_api_v1_flows__flow_id__insights_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Categories */
        get: operations["list_categories_api_v1_categories_get"];
        put?: never;
        /** Create Category */
        post: operations["create_category_api_v1_categories_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{category_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete Category */
        delete: operations["delete_category_api_v1_categories__category_id__delete"];
        options?: never;
        head?: never;
        /** Rename Category */
        patch: operations["rename_category_api_v1_categories__category_id__patch"];
        trace?: never;
    };
    "/api/v1/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Folders */
        get: operations["list_folders_api_v1_folders_get"];
        put?: never;
        /** Create Folder */
        post: operations["create_folder_api_v1_folders_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/folders/{folder_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete Folder */
        delete: operations["delete_folder_api_v1_folders__folder_id__delete"];
        options?: never;
        head?: never;
        /** Rename or move a folder (no cycles) */
        patch: operations["update_folder_api_v1_folders__folder_id__patch"];
        trace?: never;
    };
    "/api/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tags in use, with how many flows carry each */
        get: operations["list_tags_api_v1_tags_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/embeddings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How far semantic search has embedded the team's library, with which model
         * @description Documents are embedded in the background after every change; `pending` counts those queued, `failing` those whose last attempt failed (retried with backoff).
         */
        get: operations["embedding_status_api_v1_search_embeddings_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teams: all of them for a super_admin, your own otherwise */
        get: operations["list_teams_api_v1_teams_get"];
        put?: never;
        /** Create a team and invite its first admin */
        post: operations["create_team_api_v1_teams_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Team
         * @description `current` or a team id (other teams' ids only for super_admin).
         */
        get: operations["read_team_api_v1_teams__team_ref__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Team
         * @description `current` or a team id (other teams' ids only for super_admin).
         */
        patch: operations["update_team_api_v1_teams__team_ref__patch"];
        trace?: never;
    };
    "/api/v1/teams/{team_ref}/session-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Session Policy */
        get: operations["read_session_policy_api_v1_teams__team_ref__session_policy_get"];
        /** Set the idle timeout and absolute lifetime of logins */
        put: operations["update_session_policy_api_v1_teams__team_ref__session_policy_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_ref}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Members */
        get: operations["list_members_api_v1_teams__team_ref__members_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_ref}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove Member */
        delete: operations["remove_member_api_v1_teams__team_ref__members__user_id__delete"];
        options?: never;
        head?: never;
        /** Change a member's role or disable/enable them */
        patch: operations["update_member_api_v1_teams__team_ref__members__user_id__patch"];
        trace?: never;
    };
    "/api/v1/teams/{team_ref}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Invitations */
        get: operations["list_invitations_api_v1_teams__team_ref__invitations_get"];
        put?: never;
        /** Create Invitation */
        post: operations["create_invitation_api_v1_teams__team_ref__invitations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_ref}/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke Invitation */
        delete: operations["revoke_invitation_api_v1_teams__team_ref__invitations__invitation_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation (registering if needed) and log in */
        post: operations["accept_invitation_api_v1_invitations_accept_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an invitation link is for, before accepting it */
        post: operations["preview_invitation_api_v1_invitations_preview_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_ref}/redaction-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the team hides in everything shared
         * @description `current` or a team id (other teams' ids only for super_admin).
         */
        get: operations["read_redaction_rules_api_v1_teams__team_ref__redaction_rules_get"];
        /**
         * Replace the optional categories and custom rules, all or nothing
         * @description `current` or a team id (other teams' ids only for super_admin).
         */
        put: operations["replace_redaction_rules_api_v1_teams__team_ref__redaction_rules_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_ref}/redaction/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redact a text with the saved rules, or with a draft to try before saving
         * @description `current` or a team id (other teams' ids only for super_admin). Open to every member, viewers included: it stores nothing and shows nothing but the caller's own text.
         */
        post: operations["preview_redaction_api_v1_teams__team_ref__redaction_preview_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shared/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A shared session's redacted documentation (no login for public links) */
        get: operations["view_shared_api_v1_shared__token__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The environment, and the demo accounts in local development */
        get: operations["read_meta_api_v1_meta_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/copilot/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suggest the next step of the session (owner only), streamed as Server-Sent Events
         * @description The suggested answer or action with a one-paragraph rationale, a confidence, alternatives and a loop warning; logged as a `copilot_suggested` event whose seq comes back as `suggestion_seq`. Offline (no key, budget used up, or the provider failing) it is made from the team's past sessions and says so.
         */
        post: operations["suggest_api_v1_sessions__session_id__copilot_suggest_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/copilot/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or dismiss a suggestion (owner only): logged as a `copilot_accepted` event
         * @description Accepting only records the decision: the client then sends the answer or action as usual.
         */
        post: operations["decide_api_v1_sessions__session_id__copilot_decision_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/copilot/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's ticket summary as generated or edited */
        get: operations["read_summary_api_v1_sessions__session_id__copilot_summary_get"];
        /** Edit the ticket summary before it is pushed to the ticket */
        put: operations["edit_summary_api_v1_sessions__session_id__copilot_summary_put"];
        /** Generate the session's ticket summary (replaces an earlier one, edits included) */
        post: operations["generate_summary_api_v1_sessions__session_id__copilot_summary_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/copilot/briefing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FlowPilot's escalation briefing of the session (written when it was escalated) */
        get: operations["read_briefing_api_v1_sessions__session_id__copilot_briefing_get"];
        put?: never;
        /** Write FlowPilot's escalation briefing of the session now (deep tier) */
        post: operations["generate_briefing_api_v1_sessions__session_id__copilot_briefing_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/copilot/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the assistant; the answer streams as Server-Sent Events and is stored in the conversation
         * @description Answers from the team's flows, library steps and resolved sessions (hybrid retrieval), citing each source used with a link; says so when the team's knowledge has nothing on it.
         */
        post: operations["chat_api_v1_copilot_chat_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/copilot/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My assistant conversations, latest first */
        get: operations["list_conversations_api_v1_copilot_conversations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/copilot/conversations/{conversation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my conversations with its messages */
        get: operations["read_conversation_api_v1_copilot_conversations__conversation_id__get"];
        put?: never;
        post?: never;
        /** Delete one of my conversations */
        delete: operations["delete_conversation_api_v1_copilot_conversations__conversation_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/copilot/flows/build": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Build a draft flow from a description (and a pasted runbook); never published
         * @description With a model: draft, validate, feed the errors back, at most 3 rounds; a draft that still does not validate falls back to the offline builder (runbook lines as steps), which always validates.
         */
        post: operations["build_flow_api_v1_copilot_flows_build_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/copilot/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which provider answers, the models per tier, and the team's budget state */
        get: operations["copilot_status_api_v1_copilot_status_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/copilot/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team's copilot usage this month per feature and tier, the latest entries, the budget */
        get: operations["read_usage_api_v1_copilot_usage_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/copilot/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the team's monthly AI budget in USD (null: the installation default)
         * @description From 80 % of it answers carry a warning; at 100 % the team is answered offline until the month ends.
         */
        put: operations["set_budget_api_v1_copilot_budget_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/copilot/flywheel/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the knowledge flywheel for the team now (it also runs nightly) */
        post: operations["run_flywheel_api_v1_copilot_flywheel_run_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The flywheel's proposals, newest first */
        get: operations["list_proposals_api_v1_proposals_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{proposal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One proposal with its evidence */
        get: operations["read_proposal_api_v1_proposals__proposal_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{proposal_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept: a new flow becomes a draft flow, a branch a new answer in the flow's draft (nothing is published) */
        post: operations["accept_proposal_api_v1_proposals__proposal_id__accept_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{proposal_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a reason */
        post: operations["reject_proposal_api_v1_proposals__proposal_id__reject_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/psa/connectwise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team's ConnectWise connection (keys only as their last 4 characters) */
        get: operations["read_connection_api_v1_psa_connectwise_get"];
        /** Create or change the team's ConnectWise connection (omitted keys are kept) */
        put: operations["save_connection_api_v1_psa_connectwise_put"];
        post?: never;
        /** Remove the connection, its keys and the member mapping */
        delete: operations["delete_connection_api_v1_psa_connectwise_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/psa/connectwise/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call ConnectWise's system info with the saved connection, or with the settings in the body
         * @description Answers 200 either way: `ok` with the server's version, or a `code` and a `message` saying what to fix. Keys omitted from the body are the saved ones; nothing is saved.
         */
        post: operations["check_connection_api_v1_psa_connectwise_test_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/psa/connectwise/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of ConnectWise's active members */
        get: operations["list_psa_members_api_v1_psa_connectwise_members_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/psa/connectwise/member-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which ConnectWise member each member of the team writes notes as, and who is unmatched */
        get: operations["read_member_mappings_api_v1_psa_connectwise_member_mappings_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/psa/connectwise/member-mappings/auto-match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Map members of the team to active ConnectWise members by e-mail (manual mappings are kept) */
        post: operations["auto_match_api_v1_psa_connectwise_member_mappings_auto_match_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/psa/connectwise/member-mappings/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Map a member of the team to a ConnectWise member by hand (null: never map them) */
        put: operations["set_member_mapping_api_v1_psa_connectwise_member_mappings__user_id__put"];
        post?: never;
        /** Drop a member's mapping (the next auto-match may map them again) */
        delete: operations["delete_member_mapping_api_v1_psa_connectwise_member_mappings__user_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/psa/tickets/{ticket_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket's context for a session: summary, company, contact, board, status, priority, initial description and the last 10 notes, redacted */
        get: operations["read_ticket_api_v1_psa_tickets__ticket_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/psa-push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push the session's documentation to its ticket as a note, exactly once
         * @description 201: posted now. 200: nothing new since the last push, which is returned (`reused`; its `status` may still be `pending`). 202: not through yet, retried in the background (see `GET .../psa-pushes`). After new events a push is an update note. A push that `failed` is tried again by pushing again.
         */
        post: operations["push_to_psa_api_v1_sessions__session_id__psa_push_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session_id}/psa-pushes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's pushes to its ticket, newest first, with their status */
        get: operations["list_pushes_api_v1_sessions__session_id__psa_pushes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/recurrence/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The next due times of a recurrence (for the schedule editor) */
        post: operations["preview_recurrence_api_v1_maintenance_recurrence_preview_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team's maintenance schedules, by name */
        get: operations["list_schedules_api_v1_maintenance_schedules_get"];
        put?: never;
        /** Schedule a published maintenance flow */
        post: operations["create_schedule_api_v1_maintenance_schedules_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/schedules/{schedule_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A schedule with its next due times */
        get: operations["read_schedule_api_v1_maintenance_schedules__schedule_id__get"];
        /** Replace a schedule (the next due time moves when its timing changes) */
        put: operations["update_schedule_api_v1_maintenance_schedules__schedule_id__put"];
        post?: never;
        /** Delete a schedule and its targets (its runs stay); its owner or a team admin */
        delete: operations["delete_schedule_api_v1_maintenance_schedules__schedule_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/schedules/{schedule_id}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A schedule's targets in order */
        get: operations["list_targets_api_v1_maintenance_schedules__schedule_id__targets_get"];
        put?: never;
        /** Add a target */
        post: operations["create_target_api_v1_maintenance_schedules__schedule_id__targets_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/schedules/{schedule_id}/targets/{target_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a target */
        put: operations["update_target_api_v1_maintenance_schedules__schedule_id__targets__target_id__put"];
        post?: never;
        /** Remove a target */
        delete: operations["delete_target_api_v1_maintenance_schedules__schedule_id__targets__target_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/schedules/{schedule_id}/targets/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import targets from a CSV file: every row or none
         * @description `csv` is the file's text (UTF-8): a header with `client` (required), `device` (optional) and any other columns, which become fields. Any problem refuses the whole file: 422 `csv_invalid` lists each (`line`, `column`, `code`, `message`).
         */
        post: operations["import_targets_api_v1_maintenance_schedules__schedule_id__targets_import_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/schedules/{schedule_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a run now, outside the recurrence (200: a run started this minute exists already) */
        post: operations["start_run_api_v1_maintenance_schedules__schedule_id__runs_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team's maintenance runs, newest due first */
        get: operations["list_runs_api_v1_maintenance_runs_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run: status, progress, overdue flag and its columns (steps) */
        get: operations["read_run_api_v1_maintenance_runs__run_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/runs/{run_id}/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of the run's matrix: targets (rows) by steps (cells)
         * @description A cell leaves out what it does not have (an untouched step is `{"status": "open"}`).
         */
        get: operations["read_matrix_api_v1_maintenance_runs__run_id__matrix_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/runs/{run_id}/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete cells in bulk (done, failed or skipped, with a shared note): all of them or none
         * @description Each cell is a step of a row's session. Cells that already have the result are left alone (a retry changes nothing). Any cell that cannot be completed (a question needs its answer, an input its value, a sequential step waits, ...) refuses the whole request: 422 `bulk_refused` lists each (`session_id`, `node_id`, `detail`, `message`). With `expected_seq`, a row changed since answers 409 `stale_seq` (`stale`).
         */
        post: operations["bulk_complete_api_v1_maintenance_runs__run_id__bulk_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/runs/{run_id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The run's report, failures first, redacted with the team's rules */
        get: operations["download_report_api_v1_maintenance_runs__run_id__report_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: operations["healthz_healthz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database is reachable and migrated to head */
        get: operations["readyz_readyz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AbandonPointOut */
        AbandonPointOut: {
            /** Node Id */
            node_id: string;
            /** Title */
            title: string | null;
            /** Sessions */
            sessions: number;
            /**
             * Share
             * @description Of all abandoned sessions of the version.
             */
            share: number;
        };
        /** AcceptedOut */
        AcceptedOut: {
            /** Detail */
            detail: string;
            /** Message */
            message: string;
        };
        /** ActionDone */
        ActionDone: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "action_done";
            /** Node Id */
            node_id: string;
            /**
             * Result
             * @enum {string}
             */
            result: "done" | "failed" | "skipped";
            /** Output */
            output?: string | null;
            /** Next Node */
            next_node: string;
        };
        /** ActionDoneIn */
        ActionDoneIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "action_done";
            /** Node Id */
            node_id: string;
            /**
             * Result
             * @enum {string}
             */
            result: "done" | "failed" | "skipped";
            /**
             * Output
             * @description Command output, at most 256 KiB (UTF-8).
             */
            output?: string | null;
        };
        /** AiBriefingOut */
        AiBriefingOut: {
            /** Summary */
            summary: string;
            /** Likely Cause */
            likely_cause: string | null;
            /** Next Steps */
            next_steps: string[];
            /** Open Questions */
            open_questions: string[];
            /**
             * Provider
             * @enum {string}
             */
            provider: "anthropic" | "offline";
            /** Model */
            model: string;
            /**
             * Generated At
             * Format: date-time
             */
            generated_at: string;
        };
        /** AnswerInsightOut */
        AnswerInsightOut: {
            /** Index */
            index: number;
            /** Label */
            label: string;
            /** Target */
            target: string | null;
            /**
             * Chosen
             * @description `answered` events with this answer (an answer later undone counts too).
             */
            chosen: number;
            /**
             * Share
             * @description Of all answers given at this node.
             */
            share: number | null;
        };
        /** AnswerOption */
        AnswerOption: {
            /** Label */
            label: string;
            /** Target */
            target: string;
        };
        /** AnswerOut */
        AnswerOut: {
            /**
             * Index
             * @description What `answered` sends as `answer`.
             */
            index: number;
            /** Label */
            label: string;
            /** Target */
            target: string;
        };
        /** Answered */
        Answered: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "answered";
            /** Node Id */
            node_id: string;
            /** Answer */
            answer: number;
            /** Label */
            label: string;
            /**
             * Target
             * @description The node the answer led to.
             */
            target: string;
        };
        /** AnsweredIn */
        AnsweredIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "answered";
            /**
             * Node Id
             * @description The question being answered (must be the current node).
             */
            node_id: string;
            /**
             * Answer
             * @description Index of the chosen answer in the node's `answers`.
             */
            answer: number;
        };
        /** AppendIn */
        AppendIn: {
            /**
             * Expected Seq
             * @description The last `seq` the client saw; anything newer answers 409.
             */
            expected_seq: number;
            /** Event */
            event: components["schemas"]["AnsweredIn"] | components["schemas"]["ActionDoneIn"] | components["schemas"]["InputCapturedIn"] | components["schemas"]["NoteIn"] | components["schemas"]["OutputPastedIn"] | components["schemas"]["WentBackIn"] | components["schemas"]["PausedIn"] | components["schemas"]["ResumedIn"] | components["schemas"]["EndedIn"] | components["schemas"]["StepCompletedIn"] | components["schemas"]["StepReopenedIn"] | components["schemas"]["StepAssignedIn"] | components["schemas"]["StepNotedIn"];
        };
        /** AppendOut */
        AppendOut: {
            /** @description The appended event (on an idempotent retry: the original one). */
            event: components["schemas"]["EventOut"];
            /** @description The session as it is now. */
            session: components["schemas"]["SessionOut"];
        };
        /** AutoMatchOut */
        AutoMatchOut: {
            /** Items */
            items: components["schemas"]["MemberMappingOut"][];
            /**
             * Unmatched
             * @description Members of the team who write as no PSA member.
             */
            unmatched: components["schemas"]["MemberMappingOut"][];
            /**
             * Matched
             * @description Links made or confirmed by e-mail in this run.
             */
            matched: number;
            /**
             * Unmatched Members
             * @description Active PSA members no user of the team maps to.
             */
            unmatched_members: components["schemas"]["PsaMemberOut"][];
        };
        /** Body_token_api_v1_auth_token_post */
        Body_token_api_v1_auth_token_post: {
            /** Grant Type */
            grant_type?: string | null;
            /** Username */
            username: string;
            /**
             * Password
             * Format: password
             */
            password: string;
            /**
             * Scope
             * @default
             */
            scope: string;
            /** Client Id */
            client_id?: string | null;
            /**
             * Client Secret
             * Format: password
             */
            client_secret?: string | null;
        };
        /**
         * Briefing
         * @description What the receiver of an escalation needs to pick a session up, built from its log.
         */
        Briefing: {
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
            flow: components["schemas"]["FlowRefOut"];
            /** Ticket Id */
            ticket_id: string | null;
            /** Client Name */
            client_name: string | null;
            /** Target */
            target: string | null;
            escalation: components["schemas"]["EscalationOut"] | null;
            /**
             * Tried
             * @description Every step taken, in order, including those gone back on.
             */
            tried: components["schemas"]["BriefingStep"][];
            /**
             * Found
             * @description Notes and command output.
             */
            found: components["schemas"]["Finding"][];
            /** Inputs */
            inputs: {
                [key: string]: string | boolean | number | null;
            };
            /**
             * Open Questions
             * @description Where the session stands and what did not work.
             */
            open_questions: string[];
            /** @description FlowPilot's briefing (app/copilot), once generated. */
            ai?: components["schemas"]["AiBriefingOut"] | null;
        };
        /** BriefingStep */
        BriefingStep: {
            /** Seq */
            seq: number;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /**
             * Type
             * @enum {string}
             */
            type: "answered" | "action_done" | "input_captured" | "went_back";
            /** Node Id */
            node_id: string;
            /** Title */
            title: string;
            /**
             * Detail
             * @description The answer, the action's result, the captured value, or where it went back to.
             */
            detail: string;
        };
        /** BudgetIn */
        BudgetIn: {
            /**
             * Monthly Budget Usd
             * @description Null: the installation default.
             */
            monthly_budget_usd: number | null;
        };
        /** BudgetOut */
        BudgetOut: {
            /**
             * State
             * @description `warning` from 80 % of the budget; `exhausted` at 100 %: offline only.
             * @enum {string}
             */
            state: "unlimited" | "ok" | "warning" | "exhausted";
            /**
             * Limit Usd
             * @description The monthly budget; null: no limit.
             */
            limit_usd: number | null;
            /**
             * Spent Usd
             * @description Estimated cost of this calendar month (UTC) so far.
             */
            spent_usd: number;
            /**
             * Share
             * @description spent / limit; null without a limit.
             */
            share: number | null;
            /**
             * Resets At
             * Format: date-time
             * @description Start of next month (UTC).
             */
            resets_at: string;
        };
        /**
         * Builtin
         * @description What the always-on detectors find; also the label in `[REDACTED:<label>]`.
         * @enum {string}
         */
        Builtin: "password" | "secret" | "token" | "api_key" | "jwt" | "private_key" | "aws_access_key" | "aws_secret_key" | "credit_card";
        /** BulkCellIn */
        BulkCellIn: {
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
            /** Node Id */
            node_id: string;
        };
        /** BulkIn */
        BulkIn: {
            /** Cells */
            cells: components["schemas"]["BulkCellIn"][];
            /**
             * Result
             * @enum {string}
             */
            result: "done" | "failed" | "skipped";
            /**
             * Note
             * @description Markdown, recorded with every cell that changes.
             */
            note?: string | null;
            /**
             * Expected Seq
             * @description Per session, the `last_seq` the client saw: if one changed since, nothing is written.
             */
            expected_seq?: {
                [key: string]: number;
            } | null;
        };
        /** BulkOut */
        BulkOut: {
            /**
             * Changed
             * @description Cells completed now (one `step_completed` event each).
             */
            changed: number;
            /**
             * Unchanged
             * @description Cells that already had this result (a retry changes nothing).
             */
            unchanged: number;
            /**
             * Rows
             * @description The sessions written, with their new `last_seq`.
             */
            rows: components["schemas"]["BulkRowOut"][];
            run: components["schemas"]["RunSummaryOut"];
        };
        /** BulkRowOut */
        BulkRowOut: {
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
            /** Last Seq */
            last_seq: number;
        };
        /**
         * Category
         * @description Optional categories a team can switch on.
         * @enum {string}
         */
        Category: "ipv4" | "ipv6" | "email" | "phone" | "mac";
        /** CategoryIn */
        CategoryIn: {
            /** Name */
            name: string;
        };
        /** CategoryOut */
        CategoryOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Flow Count */
            flow_count: number;
        };
        /** CellOut */
        CellOut: {
            /**
             * Status
             * @enum {string}
             */
            status: "open" | "done" | "failed" | "skipped" | "not_applicable";
            /** At */
            at?: string | null;
            /** By Id */
            by_id?: string | null;
            /** Answer */
            answer?: string | null;
            /** Value */
            value?: string | boolean | number | null;
            /**
             * Notes
             * @default 0
             */
            notes: number;
            /** Assignee Id */
            assignee_id?: string | null;
            /** Due At */
            due_at?: string | null;
        };
        /** ChatIn */
        ChatIn: {
            /** Message */
            message: string;
            /**
             * Conversation Id
             * @description Continue a conversation; null: a new one.
             */
            conversation_id?: string | null;
        };
        /** ChecklistOut */
        ChecklistOut: {
            progress: components["schemas"]["ProgressOut"];
            /** Sections */
            sections: components["schemas"]["ChecklistSectionOut"][];
        };
        /** ChecklistSectionOut */
        ChecklistSectionOut: {
            /**
             * Name
             * @description Null: the steps without a section.
             */
            name: string | null;
            /** Sequential */
            sequential: boolean;
            progress: components["schemas"]["ProgressOut"];
            /** Steps */
            steps: components["schemas"]["ChecklistStepOut"][];
        };
        /** ChecklistSectionSpec */
        ChecklistSectionSpec: {
            /**
             * Name
             * @description The nodes' `section`; null for steps without one.
             */
            name: string | null;
            /**
             * Sequential
             * @default false
             */
            sequential: boolean;
            /** Steps */
            steps: components["schemas"]["ChecklistStepSpec"][];
        };
        /**
         * ChecklistSpec
         * @description The steps of a checklist session, fixed at its start (from the flow version).
         */
        ChecklistSpec: {
            /** Sections */
            sections: components["schemas"]["ChecklistSectionSpec"][];
        };
        /** ChecklistStepOut */
        ChecklistStepOut: {
            /** Node Id */
            node_id: string;
            /** Title */
            title: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "question" | "action" | "input";
            /**
             * Status
             * @enum {string}
             */
            status: "open" | "done" | "failed" | "skipped" | "not_applicable";
            /**
             * Answer
             * @description The chosen answer (questions).
             */
            answer: string | null;
            /**
             * Variable
             * @description The captured variable (inputs).
             */
            variable: string | null;
            /** Value */
            value: string | boolean | number | null;
            /**
             * Seq
             * @description The event that last opened or closed the step.
             */
            seq: number | null;
            /** At */
            at: string | null;
            /**
             * By Id
             * @description Who last opened or closed the step.
             */
            by_id: string | null;
            /**
             * Ruled Out By
             * @description The question whose answer made this step not applicable.
             */
            ruled_out_by: string | null;
            /** Assignee Id */
            assignee_id: string | null;
            /** Due At */
            due_at: string | null;
            /**
             * Overdue
             * @description Open and past its due date.
             */
            overdue: boolean;
            /**
             * Notes
             * @description Notes and evidence attached (their text is in the log).
             */
            notes: number;
            /**
             * Waiting For
             * @description Sequential sections: the open steps before this one.
             */
            waiting_for: string[];
        };
        /** ChecklistStepSpec */
        ChecklistStepSpec: {
            /** Node Id */
            node_id: string;
            /** Title */
            title: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "question" | "action" | "input";
        };
        /** CitationOut */
        CitationOut: {
            /**
             * N
             * @description The number the text refers to as [n].
             */
            n: number;
            /**
             * Type
             * @enum {string}
             */
            type: "flow" | "step" | "session";
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Title */
            title: string;
            /**
             * Link
             * @description Where the SPA shows it, e.g. `/flows/<id>`.
             */
            link: string;
            /**
             * Snippet
             * @description Plain text: what was used from it.
             */
            snippet: string;
        };
        /** ColumnOut */
        ColumnOut: {
            /** Node Id */
            node_id: string;
            /** Title */
            title: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "question" | "action" | "input";
            /** Section */
            section: string | null;
            /** Sequential */
            sequential: boolean;
        };
        /** Command */
        Command: {
            /**
             * Label
             * @default
             */
            label: string;
            /**
             * Shell
             * @default powershell
             * @enum {string}
             */
            shell: "powershell" | "cmd" | "bash" | "sh" | "zsh" | "other";
            /** Text */
            text: string;
        };
        /** ConnectWiseConnectionIn */
        ConnectWiseConnectionIn: {
            /**
             * Site
             * @description The site, e.g. `na.myconnectwise.net` (https), or `http://host:port` with `allow_http`.
             */
            site: string;
            /**
             * Company Id
             * @description The company id you log in with.
             */
            company_id: string;
            /**
             * Public Key
             * @description The API member's public key; required the first time, omitted: keep the stored one.
             */
            public_key?: string | null;
            /**
             * Private Key
             * @description The API member's private key; required the first time, omitted: keep the stored one.
             */
            private_key?: string | null;
            /**
             * Client Id
             * Format: uuid
             * @description The integration's `clientId` issued by ConnectWise.
             */
            client_id: string;
            /** @default internal_analysis */
            default_note_type: components["schemas"]["NoteType"];
            /**
             * Allow Http
             * @description Allow an `http://` site (tests and development only).
             * @default false
             */
            allow_http: boolean;
        };
        /** ConnectWiseConnectionOut */
        ConnectWiseConnectionOut: {
            /**
             * Provider
             * @default connectwise
             * @constant
             */
            provider: "connectwise";
            /** Site */
            site: string;
            /** Company Id */
            company_id: string;
            /** Client Id */
            client_id: string;
            public_key: components["schemas"]["SecretHintOut"];
            private_key: components["schemas"]["SecretHintOut"];
            default_note_type: components["schemas"]["NoteType"];
            /** Allow Http */
            allow_http: boolean;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** ConnectionTestOut */
        ConnectionTestOut: {
            /** Ok */
            ok: boolean;
            /**
             * Version
             * @description The server's version (when `ok`).
             */
            version?: string | null;
            /** Is Cloud */
            is_cloud?: boolean | null;
            /** Server Time Zone */
            server_time_zone?: string | null;
            /**
             * Code
             * @description Why not (when not `ok`): `psa_bad_credentials`, `psa_forbidden`, `psa_site_unknown`, `psa_tls_error`, `psa_timeout`, `psa_unreachable`, `psa_throttled`, `psa_server_error`, ...
             */
            code?: string | null;
            /**
             * Message
             * @description For people: what worked, or what to fix.
             */
            message: string;
        };
        /** ConversationOut */
        ConversationOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Title */
            title: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Messages */
            messages: components["schemas"]["MessageOut"][];
        };
        /** ConversationSummaryOut */
        ConversationSummaryOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Title */
            title: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * CopilotAccepted
         * @description The engineer's decision on the suggestion logged at `suggestion_seq`: taken, or dismissed.
         */
        CopilotAccepted: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "copilot_accepted";
            /** Suggestion Seq */
            suggestion_seq: number;
            /**
             * Decision
             * @default accepted
             * @enum {string}
             */
            decision: "accepted" | "dismissed";
        };
        /** CopilotStatusOut */
        CopilotStatusOut: {
            /**
             * Provider
             * @enum {string}
             */
            provider: "anthropic" | "offline";
            /** Fast Model */
            fast_model: string;
            /** Deep Model */
            deep_model: string;
            budget: components["schemas"]["BudgetOut"];
        };
        /**
         * CopilotSuggested
         * @description A copilot suggestion shown to the engineer (written by app/copilot, not by the events endpoint).
         */
        CopilotSuggested: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "copilot_suggested";
            /** Node Id */
            node_id: string;
            /** Suggestion */
            suggestion: string;
            /** Confidence */
            confidence?: number | null;
            /**
             * Action
             * @description answer, do_action, capture_input, end_resolved, escalate.
             */
            action?: string | null;
            /**
             * Answer
             * @description The suggested answer's index (a question).
             */
            answer?: number | null;
            /**
             * Offline
             * @description Answered by the offline provider.
             * @default false
             */
            offline: boolean;
        };
        /** Cron */
        Cron: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "cron";
            /**
             * Expression
             * @description minute hour day-of-month month day-of-week, e.g. `30 7 * * 1-5`.
             */
            expression: string;
        };
        /** Daily */
        Daily: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "daily";
            /**
             * Time
             * @description Local time, `HH:MM`.
             */
            time: string;
        };
        /** DemoAccountOut */
        DemoAccountOut: {
            /** Email */
            email: string;
            /**
             * Role
             * @description `super_admin`, `team_admin`, `engineer` or `viewer`.
             */
            role: string;
        };
        /** DemoCredentialsOut */
        DemoCredentialsOut: {
            /**
             * Password
             * @description The one password every demo account shares.
             */
            password: string;
            /** Accounts */
            accounts: components["schemas"]["DemoAccountOut"][];
        };
        /**
         * DocumentFormat
         * @enum {string}
         */
        DocumentFormat: "md" | "txt" | "html" | "psa";
        /**
         * DocumentPreviewOut
         * @description An export as the SPA shows it: what a download of the same format would contain.
         */
        DocumentPreviewOut: {
            /**
             * Format
             * @description `md`, `txt`, `html` (a complete page) or `psa`.
             */
            format: string;
            /**
             * Content
             * @description Redacted with the team's rules; the stored log keeps the original.
             */
            content: string;
            /**
             * Redactions
             * @description How many stretches of text were hidden.
             */
            redactions: number;
        };
        /** DraftSaveIn */
        DraftSaveIn: {
            /**
             * Revision
             * @description The draft revision the client edited.
             */
            revision: number;
            graph: components["schemas"]["Graph"];
        };
        /** Edge */
        Edge: {
            /** Source */
            source: string;
            /** Target */
            target: string;
        };
        /** EmbeddingStatusOut */
        EmbeddingStatusOut: {
            /**
             * Model
             * @description The model new vectors come from, e.g. "voyage/voyage-3.5-1024".
             */
            model: string;
            /** Dimensions */
            dimensions: number;
            /**
             * Documents
             * @description The team's searchable flows and steps.
             */
            documents: number;
            /**
             * Embedded
             * @description Documents with a vector of the current model (possibly of older text).
             */
            embedded: number;
            /**
             * Pending
             * @description Documents queued for embedding.
             */
            pending: number;
            /**
             * Failing
             * @description Queued documents whose last attempt failed; retried with backoff.
             */
            failing: number;
        };
        /** Ended */
        Ended: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ended";
            /**
             * Outcome
             * @enum {string}
             */
            outcome: "resolved" | "unresolved" | "abandoned";
            /** Summary */
            summary: string;
            /** Node Id */
            node_id: string;
        };
        /**
         * EndedHereOut
         * @description Sessions whose last lifecycle event happened on this node.
         */
        EndedHereOut: {
            /**
             * Resolved
             * @default 0
             */
            resolved: number;
            /**
             * Escalated
             * @default 0
             */
            escalated: number;
            /**
             * Unresolved
             * @default 0
             */
            unresolved: number;
            /**
             * Abandoned
             * @default 0
             */
            abandoned: number;
        };
        /** EndedIn */
        EndedIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ended";
            /**
             * Outcome
             * @enum {string}
             */
            outcome: "resolved" | "unresolved" | "abandoned";
            /** Summary */
            summary: string;
        };
        /** EscalateOut */
        EscalateOut: {
            event: components["schemas"]["EventOut"];
            session: components["schemas"]["SessionOut"];
            briefing: components["schemas"]["Briefing"];
        };
        /** Escalated */
        Escalated: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "escalated";
            /** Node Id */
            node_id: string;
            /** To User Id */
            to_user_id: string | null;
            /** Reason */
            reason: string;
            /**
             * Urgency
             * @enum {string}
             */
            urgency: "low" | "normal" | "high" | "critical";
        };
        /**
         * EscalatedIn
         * @description The body of `POST /sessions/{id}/escalate`.
         */
        EscalatedIn: {
            /**
             * Type
             * @default escalated
             * @constant
             */
            type: "escalated";
            /**
             * To User Id
             * @description A member to hand over to; null: the team queue.
             */
            to_user_id?: string | null;
            /** Reason */
            reason: string;
            /**
             * Urgency
             * @default normal
             * @enum {string}
             */
            urgency: "low" | "normal" | "high" | "critical";
        };
        /** EscalationItemOut */
        EscalationItemOut: {
            session: components["schemas"]["SessionSummaryOut"];
            /** @description `briefing.escalation` says who escalated, to whom, why and how urgently. */
            briefing: components["schemas"]["Briefing"];
        };
        /** EscalationOut */
        EscalationOut: {
            /** Seq */
            seq: number;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /**
             * By Id
             * Format: uuid
             */
            by_id: string;
            /**
             * To User Id
             * @description Null: the team queue.
             */
            to_user_id: string | null;
            /** Reason */
            reason: string;
            /**
             * Urgency
             * @enum {string}
             */
            urgency: "low" | "normal" | "high" | "critical";
        };
        /** EscalationPageOut */
        EscalationPageOut: {
            /** Items */
            items: components["schemas"]["EscalationItemOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** EventOut */
        EventOut: {
            /** Seq */
            seq: number;
            /**
             * Type
             * @enum {string}
             */
            type: "started" | "answered" | "action_done" | "input_captured" | "note" | "output_pasted" | "went_back" | "paused" | "resumed" | "copilot_suggested" | "copilot_accepted" | "escalated" | "taken_over" | "ended" | "step_completed" | "step_reopened" | "step_assigned" | "step_noted";
            /**
             * At
             * Format: date-time
             */
            at: string;
            /**
             * Author Id
             * Format: uuid
             */
            author_id: string;
            /** Payload */
            payload: components["schemas"]["Started"] | components["schemas"]["Answered"] | components["schemas"]["ActionDone"] | components["schemas"]["InputCaptured"] | components["schemas"]["NoteAdded"] | components["schemas"]["OutputPasted"] | components["schemas"]["WentBack"] | components["schemas"]["Paused"] | components["schemas"]["Resumed"] | components["schemas"]["CopilotSuggested"] | components["schemas"]["CopilotAccepted"] | components["schemas"]["Escalated"] | components["schemas"]["TakenOver"] | components["schemas"]["Ended"] | components["schemas"]["StepCompleted"] | components["schemas"]["StepReopened"] | components["schemas"]["StepAssigned"] | components["schemas"]["StepNoted"];
        };
        /** EvidenceOut */
        EvidenceOut: {
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
            /** Flow Title */
            flow_title: string;
            /** Outcome */
            outcome: string;
            /** Ended At */
            ended_at: string | null;
            /** Excerpt */
            excerpt: string;
        };
        /**
         * ExportSource
         * @description Where an entry came from. Informational: import always creates new flows with new ids.
         */
        ExportSource: {
            /**
             * Flow Id
             * Format: uuid
             * @description The flow's id in the exporting installation.
             */
            flow_id: string;
            /**
             * Version
             * @description The published version exported, or null for the draft.
             */
            version: number | null;
        };
        /**
         * ExportedFlow
         * @description One flow: its metadata and one graph (the draft or a published version).
         */
        ExportedFlow: {
            kind: components["schemas"]["FlowKind"];
            /** Title */
            title: string;
            /**
             * Description
             * @description Markdown.
             * @default
             */
            description: string;
            /**
             * Category
             * @description Category name, matched exactly in the importing team; created when missing.
             */
            category?: string | null;
            /** Folder */
            folder?: string | null;
            /**
             * Tags
             * @description Lower-cased and de-duplicated.
             */
            tags?: string[];
            graph: components["schemas"]["Graph"];
            /** @description Filled by export; optional on import. */
            source?: components["schemas"]["ExportSource"] | null;
        };
        /** Finding */
        Finding: {
            /** Seq */
            seq: number;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /**
             * Type
             * @enum {string}
             */
            type: "note" | "output_pasted" | "action_done";
            /** Node Id */
            node_id: string | null;
            /**
             * Text
             * @description A note, or command output (at most the first 2,000 characters).
             */
            text: string;
        };
        /** FlowBuildIn */
        FlowBuildIn: {
            /** Description */
            description: string;
            /**
             * Runbook
             * @description Pasted runbook text (steps, commands) to build from.
             */
            runbook?: string | null;
            /** @default troubleshooting */
            kind: components["schemas"]["FlowKind"];
            /** Title */
            title?: string | null;
        };
        /** FlowBuildOut */
        FlowBuildOut: {
            /** @description The new draft flow (never published). */
            flow: components["schemas"]["FlowOut"];
            validation: components["schemas"]["ValidationReport"];
            /**
             * Rounds
             * @description Model rounds used (validate, feed errors back; at most 3); 0 offline.
             */
            rounds: number;
            provider: components["schemas"]["ProviderOut"];
        };
        /** FlowCreateIn */
        FlowCreateIn: {
            kind: components["schemas"]["FlowKind"];
            /** Title */
            title: string;
            /**
             * Description
             * @default
             */
            description: string;
            /** Category Id */
            category_id?: string | null;
            /** Folder Id */
            folder_id?: string | null;
            /** Tags */
            tags?: string[];
            /** @description Initial draft; a one-step graph when omitted. */
            graph?: components["schemas"]["Graph"] | null;
        };
        /** FlowDiffOut */
        FlowDiffOut: {
            /** Base */
            base: number;
            /**
             * Target
             * @description The compared version, or null for the draft.
             */
            target: number | null;
            /** Added */
            added: string[];
            /** Removed */
            removed: string[];
            /** Changed */
            changed: components["schemas"]["NodeChange"][];
            /** Start Changed */
            start_changed: boolean;
        };
        /**
         * ResolutionFlow flow export
         * @description A file of ResolutionFlow flows, as written by export and read by import.
         */
        FlowExport: {
            /**
             * Format
             * @description Always `resolutionflow.flows`.
             * @constant
             */
            format: "resolutionflow.flows";
            /**
             * Version
             * @description Format version; a reader refuses versions it does not know.
             * @constant
             */
            version: 1;
            /**
             * Exported At
             * @description Filled by export; optional on import.
             */
            exported_at?: string | null;
            /** Flows */
            flows: components["schemas"]["ExportedFlow"][];
        };
        /** FlowExportIn */
        FlowExportIn: {
            /** Flow Ids */
            flow_ids: string[];
            /**
             * Published Only
             * @description Export each flow's latest published version instead of its draft.
             * @default false
             */
            published_only: boolean;
        };
        /**
         * FlowImportIn
         * @description The import body: the export format. The envelope is checked here; each entry of `flows` is
         *     checked by the import itself, so that the answer can list every problem of every entry.
         */
        FlowImportIn: {
            /**
             * Format
             * @description Always `resolutionflow.flows`.
             * @constant
             */
            format: "resolutionflow.flows";
            /**
             * Version
             * @description Format version; a reader refuses versions it does not know.
             * @constant
             */
            version: 1;
            /**
             * Exported At
             * @description Filled by export; optional on import.
             */
            exported_at?: string | null;
            /** Flows */
            flows: {
                kind: components["schemas"]["FlowKind"];
                /** Title */
                title: string;
                /**
                 * Description
                 * @description Markdown.
                 * @default
                 */
                description: string;
                /**
                 * Category
                 * @description Category name, matched exactly in the importing team; created when missing.
                 */
                category?: string | null;
                /** Folder */
                folder?: string | null;
                /**
                 * Tags
                 * @description Lower-cased and de-duplicated.
                 */
                tags?: string[];
                graph: components["schemas"]["Graph"];
                /** @description Filled by export; optional on import. */
                source?: components["schemas"]["ExportSource"] | null;
            }[];
        };
        /** FlowInsightsOut */
        FlowInsightsOut: {
            /**
             * Flow Id
             * Format: uuid
             */
            flow_id: string;
            /** Flow Title */
            flow_title: string;
            /** Version */
            version: number;
            /** Latest Version */
            latest_version: number;
            outcomes: components["schemas"]["OutcomesOut"];
            /**
             * Nodes
             * @description In the version graph's order, then nodes only the log knows.
             */
            nodes: components["schemas"]["NodeInsightOut"][];
            /**
             * Abandoned At
             * @description Where abandoned sessions stopped, most first.
             */
            abandoned_at: components["schemas"]["AbandonPointOut"][];
        };
        /**
         * FlowKind
         * @enum {string}
         */
        FlowKind: "troubleshooting" | "procedural" | "maintenance";
        /** FlowOut */
        FlowOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["FlowKind"];
            /** Title */
            title: string;
            /** Description */
            description: string;
            /** Category Id */
            category_id: string | null;
            /** Folder Id */
            folder_id: string | null;
            /** Tags */
            tags: string[];
            status: components["schemas"]["FlowStatus"];
            /** Owner Id */
            owner_id: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Latest Version */
            latest_version: number;
            /** Draft Revision */
            draft_revision: number;
            /**
             * Favourite
             * @default false
             */
            favourite: boolean;
            graph: components["schemas"]["Graph"];
            /**
             * Version
             * @description The published version shown, or null for the draft.
             */
            version: number | null;
        };
        /** FlowPageOut */
        FlowPageOut: {
            /** Items */
            items: components["schemas"]["FlowSummaryOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** FlowRefOut */
        FlowRefOut: {
            /**
             * Id
             * @description Null when the flow was deleted.
             */
            id: string | null;
            /** Version */
            version: number | null;
            /** Title */
            title: string;
        };
        /**
         * FlowStatus
         * @enum {string}
         */
        FlowStatus: "draft" | "published" | "archived";
        /** FlowSummaryOut */
        FlowSummaryOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["FlowKind"];
            /** Title */
            title: string;
            /** Description */
            description: string;
            /** Category Id */
            category_id: string | null;
            /** Folder Id */
            folder_id: string | null;
            /** Tags */
            tags: string[];
            status: components["schemas"]["FlowStatus"];
            /** Owner Id */
            owner_id: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Latest Version */
            latest_version: number;
            /** Draft Revision */
            draft_revision: number;
            /**
             * Favourite
             * @default false
             */
            favourite: boolean;
        };
        /** FlowUpdateIn */
        FlowUpdateIn: {
            /** Title */
            title?: string | null;
            /** Description */
            description?: string | null;
            /** Category Id */
            category_id?: string | null;
            /** Folder Id */
            folder_id?: string | null;
            /** Tags */
            tags?: string[] | null;
        };
        /** FlywheelRunOut */
        FlywheelRunOut: {
            /** Sessions Read */
            sessions_read: number;
            /** Sessions Embedded */
            sessions_embedded: number;
            /**
             * Candidates
             * @description Unresolved, escalated or deviating sessions among them.
             */
            candidates: number;
            /** Clusters */
            clusters: number;
            /** Proposals Created */
            proposals_created: number;
            /**
             * Until
             * Format: date-time
             */
            until: string;
        };
        /** FolderCreateIn */
        FolderCreateIn: {
            /** Name */
            name: string;
            /** Parent Id */
            parent_id?: string | null;
        };
        /** FolderOut */
        FolderOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: string | null;
            /** Flow Count */
            flow_count: number;
        };
        /** FolderUpdateIn */
        FolderUpdateIn: {
            /** Name */
            name?: string | null;
            /**
             * Parent Id
             * @description Move under this folder; null moves to the top.
             */
            parent_id?: string | null;
        };
        /** Graph */
        Graph: {
            /** Start */
            start: string;
            /** Nodes */
            nodes: components["schemas"]["Node"][];
            /** Edges */
            edges?: components["schemas"]["Edge"][];
            /**
             * Sections
             * @description Checklist settings per section (procedural and maintenance flows); optional.
             */
            sections?: components["schemas"]["SectionSettings"][];
        };
        /** ImportedFlow */
        ImportedFlow: {
            /** Index */
            index: number;
            /**
             * Flow Id
             * Format: uuid
             */
            flow_id: string;
            /** Title */
            title: string;
            /**
             * Source Flow Id
             * @description `source.flow_id` of the entry, when it had one.
             */
            source_flow_id: string | null;
        };
        /** InputCaptured */
        InputCaptured: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "input_captured";
            /** Node Id */
            node_id: string;
            /** Variable */
            variable: string;
            /** Value */
            value: string | boolean | number | null;
            /** Next Node */
            next_node: string;
        };
        /** InputCapturedIn */
        InputCapturedIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "input_captured";
            /** Node Id */
            node_id: string;
            /** Variable */
            variable: string;
            /**
             * Value
             * @description Checked against the input node's type, pattern and choices.
             */
            value: string | boolean | number | null;
        };
        /** InputSpec */
        InputSpec: {
            /** Variable */
            variable: string;
            /**
             * Type
             * @default text
             * @enum {string}
             */
            type: "text" | "number" | "boolean" | "choice";
            /**
             * Required
             * @default true
             */
            required: boolean;
            /**
             * Pattern
             * @description Regular expression a text value must match.
             */
            pattern?: string | null;
            /**
             * Choices
             * @description Allowed values for `choice`.
             */
            choices?: string[] | null;
        };
        /** InvitationAcceptIn */
        InvitationAcceptIn: {
            /** Token */
            token: string;
            /** Password */
            password: string;
            /**
             * Full Name
             * @description Required when the invitation creates a new account.
             */
            full_name?: string | null;
        };
        /** InvitationCreateIn */
        InvitationCreateIn: {
            /**
             * Email
             * Format: email
             */
            email: string;
            role: components["schemas"]["TeamRole"];
            /**
             * Expires In Days
             * @default 7
             */
            expires_in_days: number;
        };
        /** InvitationOut */
        InvitationOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Email */
            email: string;
            role: components["schemas"]["TeamRole"];
            /**
             * Status
             * @enum {string}
             */
            status: "pending" | "accepted" | "revoked" | "expired";
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Invited By Id */
            invited_by_id: string | null;
        };
        /** InvitationPreviewOut */
        InvitationPreviewOut: {
            /** Team Name */
            team_name: string;
            /** Email */
            email: string;
            role: components["schemas"]["TeamRole"];
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Account Exists */
            account_exists: boolean;
        };
        /** InvitationTokenIn */
        InvitationTokenIn: {
            /** Token */
            token: string;
        };
        /** LoginIn */
        LoginIn: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /** Password */
            password: string;
            /**
             * Team Id
             * @description Team to log in to; default: the oldest membership.
             */
            team_id?: string | null;
        };
        /** LoginSessionOut */
        LoginSessionOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** User Agent */
            user_agent: string | null;
            /** Ip */
            ip: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Last Used At
             * Format: date-time
             */
            last_used_at: string;
            /** Current */
            current: boolean;
        };
        /** MatrixPageOut */
        MatrixPageOut: {
            /**
             * Run Id
             * Format: uuid
             */
            run_id: string;
            /** Columns */
            columns: components["schemas"]["ColumnOut"][];
            /** Rows */
            rows: components["schemas"]["MatrixRowOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** MatrixRowOut */
        MatrixRowOut: {
            /** Position */
            position: number;
            /**
             * Target Id
             * @description Null when the target was deleted since.
             */
            target_id: string | null;
            /** Client */
            client: string;
            /** Device */
            device: string;
            /** Fields */
            fields: {
                [key: string]: string;
            };
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
            /**
             * Last Seq
             * @description Send it back as `expected_seq` (bulk) to refuse changes made since.
             */
            last_seq: number;
            session_status: components["schemas"]["SessionStatus"];
            /**
             * Outcome
             * @enum {string}
             */
            outcome: "failed" | "open" | "done";
            /** Percent */
            percent: number;
            /**
             * Cells
             * @description In the order of the run's columns.
             */
            cells: components["schemas"]["CellOut"][];
        };
        /** MeOut */
        MeOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Email */
            email: string;
            /** Full Name */
            full_name: string;
            /** Email Verified */
            email_verified: boolean;
            /** Is Super Admin */
            is_super_admin: boolean;
            /**
             * Role
             * @description Effective role in the current team (`super_admin` for operators).
             */
            role: string;
            team: components["schemas"]["TeamRef"];
        };
        /** MemberMappingIn */
        MemberMappingIn: {
            /**
             * Member Id
             * @description A PSA member id; null: never map this user.
             */
            member_id: number | null;
        };
        /** MemberMappingOut */
        MemberMappingOut: {
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
            /** Full Name */
            full_name: string;
            /** Email */
            email: string;
            /** Role */
            role: string;
            /** @description Null: not mapped (notes are written as the API member). */
            member: components["schemas"]["PsaMemberOut"] | null;
            /**
             * Source
             * @description `auto`: matched by e-mail; `manual`: set by an admin (with a null member: never mapped).
             */
            source: ("auto" | "manual") | null;
        };
        /** MemberMappingsOut */
        MemberMappingsOut: {
            /** Items */
            items: components["schemas"]["MemberMappingOut"][];
            /**
             * Unmatched
             * @description Members of the team who write as no PSA member.
             */
            unmatched: components["schemas"]["MemberMappingOut"][];
        };
        /** MemberOut */
        MemberOut: {
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
            /** Email */
            email: string;
            /** Full Name */
            full_name: string;
            role: components["schemas"]["TeamRole"];
            /** Disabled */
            disabled: boolean;
            /** Email Verified */
            email_verified: boolean;
            /**
             * Joined At
             * Format: date-time
             */
            joined_at: string;
        };
        /** MemberUpdateIn */
        MemberUpdateIn: {
            role?: components["schemas"]["TeamRole"] | null;
            /** Disabled */
            disabled?: boolean | null;
        };
        /** MessageOut */
        MessageOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Role
             * @enum {string}
             */
            role: "user" | "assistant";
            /** Content */
            content: string;
            /** Citations */
            citations: components["schemas"]["CitationOut"][];
            /** Provider */
            provider: ("anthropic" | "offline") | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** MetaOut */
        MetaOut: {
            /**
             * Environment
             * @enum {string}
             */
            environment: "local" | "test" | "production";
            /** @description The demo accounts `make run` seeds; only when ENVIRONMENT=local, null otherwise. */
            demo: components["schemas"]["DemoCredentialsOut"] | null;
        };
        /** Monthly */
        Monthly: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "monthly";
            /**
             * Day
             * @description 29-31: the last day in shorter months.
             */
            day?: number | null;
            /**
             * Last Weekday
             * @description The last such weekday of the month instead.
             */
            last_weekday?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun") | null;
            /** Time */
            time: string;
        };
        /** Node */
        Node: {
            /** Id */
            id: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "question" | "action" | "input" | "resolution" | "escalation";
            /** Title */
            title: string;
            /**
             * Body
             * @description Markdown.
             * @default
             */
            body: string;
            /** Commands */
            commands?: components["schemas"]["Command"][];
            /** Expected Result */
            expected_result?: string | null;
            /** Answers */
            answers?: components["schemas"]["AnswerOption"][];
            input?: components["schemas"]["InputSpec"] | null;
            /**
             * Section
             * @description Procedural grouping, e.g. 'Accounts' or 'Hardware'.
             */
            section?: string | null;
            position?: components["schemas"]["Position"] | null;
        };
        /** NodeChange */
        NodeChange: {
            /** Id */
            id: string;
            /**
             * Fields
             * @description Node fields whose value differs.
             */
            fields: string[];
        };
        /** NodeInsightOut */
        NodeInsightOut: {
            /** Node Id */
            node_id: string;
            /**
             * Title
             * @description Null only for a node the version's graph does not have.
             */
            title: string | null;
            /** Kind */
            kind: ("question" | "action" | "input" | "resolution" | "escalation") | null;
            /**
             * Visits
             * @description Times the node was entered: start, answer, action, input, going back to it.
             */
            visits: number;
            /**
             * Sessions
             * @description Distinct sessions that entered it.
             */
            sessions: number;
            /**
             * Timed Visits
             * @description Visits that were left (how many durations the median is over).
             */
            timed_visits: number;
            /**
             * Median Seconds
             * @description Median time from entering the node to leaving it, pauses excluded.
             */
            median_seconds: number | null;
            /**
             * Answers
             * @description Question nodes: every answer of the version, chosen or not.
             */
            answers: components["schemas"]["AnswerInsightOut"][];
            /** @description Action nodes: how `action_done` (or in a checklist `step_completed`) ended. */
            results: components["schemas"]["ResultsOut"] | null;
            ended_here: components["schemas"]["EndedHereOut"];
        };
        /**
         * NodeOut
         * @description The current node, with `{{variable}}` references filled in from the captured values.
         */
        NodeOut: {
            /** Id */
            id: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "question" | "action" | "input" | "resolution" | "escalation";
            /** Title */
            title: string;
            /** Body */
            body: string;
            /** Commands */
            commands: components["schemas"]["Command"][];
            /** Expected Result */
            expected_result: string | null;
            /** Section */
            section: string | null;
            input: components["schemas"]["InputSpec"] | null;
            /**
             * Answers
             * @description The available answers (question nodes).
             */
            answers: components["schemas"]["AnswerOut"][];
        };
        /** NoteAdded */
        NoteAdded: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "note";
            /** Text */
            text: string;
            /**
             * Late
             * @description Added after the session ended (or was escalated).
             * @default false
             */
            late: boolean;
        };
        /** NoteIn */
        NoteIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "note";
            /**
             * Text
             * @description Markdown. After the end, only the owner may add (late) notes.
             */
            text: string;
        };
        /**
         * NoteType
         * @description Where a note shows on the ticket (ConnectWise's note flags).
         * @enum {string}
         */
        NoteType: "internal_analysis" | "detail_description" | "resolution";
        /** OccurrenceOut */
        OccurrenceOut: {
            /**
             * At
             * Format: date-time
             * @description UTC.
             */
            at: string;
            /**
             * Local
             * @description The same moment in the schedule's time zone, ISO 8601 with its offset.
             */
            local: string;
        };
        /**
         * OutcomesOut
         * @description Where the version's sessions stand, from the last lifecycle event of each log.
         *
         *     Rates are shares of the closed sessions (all but `open`), null while none has closed.
         */
        OutcomesOut: {
            /** Sessions */
            sessions: number;
            /**
             * Open
             * @description Active or paused (including taken over after an escalation).
             */
            open: number;
            /** Resolved */
            resolved: number;
            /**
             * Escalated
             * @description Escalated and waiting (a taken-over session counts as open again).
             */
            escalated: number;
            /** Unresolved */
            unresolved: number;
            /** Abandoned */
            abandoned: number;
            /** Closed */
            closed: number;
            /** Resolved Rate */
            resolved_rate: number | null;
            /** Escalated Rate */
            escalated_rate: number | null;
            /** Unresolved Rate */
            unresolved_rate: number | null;
            /** Abandoned Rate */
            abandoned_rate: number | null;
        };
        /** OutputPasted */
        OutputPasted: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "output_pasted";
            /**
             * Node Id
             * @description The current node when the output was pasted.
             */
            node_id: string;
            /** Output */
            output: string;
            /** Command */
            command?: string | null;
        };
        /** OutputPastedIn */
        OutputPastedIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "output_pasted";
            /**
             * Output
             * @description At most 256 KiB (UTF-8).
             */
            output: string;
            /** Command */
            command?: string | null;
        };
        /** PasswordChangeIn */
        PasswordChangeIn: {
            /** Current Password */
            current_password: string;
            /** New Password */
            new_password: string;
        };
        /** PasswordForgotIn */
        PasswordForgotIn: {
            /**
             * Email
             * Format: email
             */
            email: string;
        };
        /** PasswordResetIn */
        PasswordResetIn: {
            /** Token */
            token: string;
            /** New Password */
            new_password: string;
        };
        /** Paused */
        Paused: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "paused";
            /** Reason */
            reason?: string | null;
        };
        /** PausedIn */
        PausedIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "paused";
            /** Reason */
            reason?: string | null;
        };
        /** Position */
        Position: {
            /** X */
            x: number;
            /** Y */
            y: number;
        };
        /** Problem */
        Problem: {
            /**
             * Code
             * @description Machine-readable problem code, e.g. `dead_end`.
             */
            code: string;
            /**
             * Node Id
             * @description The node to mark in the editor; null when no node can be blamed.
             */
            node_id: string | null;
            /**
             * Message
             * @description Human-readable explanation.
             */
            message: string;
            /**
             * Related
             * @description Other ids involved: answer or edge targets, the nodes of a loop, the variable name.
             */
            related?: string[];
        };
        /**
         * ProgressOut
         * @description A checklist's (or a section's) steps by status.
         */
        ProgressOut: {
            /**
             * Percent
             * @description Closed (done, failed, skipped) of the applicable steps, rounded down.
             */
            percent: number;
            /**
             * Applicable
             * @description Steps not ruled out.
             */
            applicable: number;
            /** Open */
            open: number;
            /** Done */
            done: number;
            /** Failed */
            failed: number;
            /** Skipped */
            skipped: number;
            /** Not Applicable */
            not_applicable: number;
        };
        /** ProposalOut */
        ProposalOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "new_flow" | "new_branch";
            /**
             * Status
             * @enum {string}
             */
            status: "pending" | "accepted" | "rejected";
            /** Title */
            title: string;
            /** Description */
            description: string;
            /**
             * Flow Id
             * @description A branch: the flow it extends.
             */
            flow_id: string | null;
            /**
             * Node Id
             * @description A branch: the question it hangs off.
             */
            node_id: string | null;
            /** Evidence */
            evidence: components["schemas"]["EvidenceOut"][];
            /** Steps */
            steps: components["schemas"]["ProposedStepOut"][];
            /**
             * Provider
             * @enum {string}
             */
            provider: "anthropic" | "offline";
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Decided At */
            decided_at: string | null;
            /** Decided By Id */
            decided_by_id: string | null;
            /** Reject Reason */
            reject_reason: string | null;
            /**
             * Result Flow Id
             * @description The draft flow accepting created or changed.
             */
            result_flow_id: string | null;
        };
        /** ProposalPageOut */
        ProposalPageOut: {
            /** Items */
            items: components["schemas"]["ProposalOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** ProposedStepOut */
        ProposedStepOut: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "question" | "action";
            /** Title */
            title: string;
            /** Body */
            body: string;
        };
        /** ProviderOut */
        ProviderOut: {
            /**
             * Provider
             * @enum {string}
             */
            provider: "anthropic" | "offline";
            /**
             * Offline
             * @description Answered from the team's own data, without a language model.
             */
            offline: boolean;
            /**
             * Tier
             * @enum {string}
             */
            tier: "fast" | "deep";
            /**
             * Model
             * @description The model that answered, or `offline`.
             */
            model: string;
            /**
             * Reason
             * @description Why this tier (the routing rule), or why the answer is offline.
             */
            reason: string;
            /**
             * Route Reason
             * @description The routing rule's reason for the tier, offline too.
             */
            route_reason: string;
            /**
             * Notice
             * @description Something to show the user: budget warning, fallback.
             */
            notice?: string | null;
            budget: components["schemas"]["BudgetOut"];
        };
        /** PsaMemberOut */
        PsaMemberOut: {
            /** Id */
            id: number;
            /** Identifier */
            identifier: string;
            /** Name */
            name: string;
            /** Email */
            email: string | null;
        };
        /** PsaMemberPageOut */
        PsaMemberPageOut: {
            /** Items */
            items: components["schemas"]["PsaMemberOut"][];
            /** Page */
            page: number;
            /** Page Size */
            page_size: number;
            /** Has More */
            has_more: boolean;
        };
        /** PsaPushIn */
        PsaPushIn: {
            /** @description The connection's default when omitted. */
            note_type?: components["schemas"]["NoteType"] | null;
            /**
             * Include Resolution
             * @description Also flag the note as the ticket's resolution.
             * @default false
             */
            include_resolution: boolean;
        };
        /** PsaPushOut */
        PsaPushOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
            /**
             * Number
             * @description 1 for the first note of the session, then 2, 3, ... for updates.
             */
            number: number;
            /** Is Update */
            is_update: boolean;
            /** Ticket Id */
            ticket_id: string;
            note_type: components["schemas"]["NoteType"];
            /** Include Resolution */
            include_resolution: boolean;
            /**
             * Status
             * @description `pending`: retried in the background; `failed`: given up.
             * @enum {string}
             */
            status: "pending" | "posted" | "failed";
            /**
             * Note Id
             * @description The note's id in the PSA once posted.
             */
            note_id: number | null;
            /** Ticket Url */
            ticket_url: string | null;
            /**
             * Member Id
             * @description The PSA member the note is written as (null: the API member).
             */
            member_id: number | null;
            /**
             * Covers Seq
             * @description The last event of the session the note includes.
             */
            covers_seq: number;
            /** Attempts */
            attempts: number;
            /** Next Attempt At */
            next_attempt_at: string | null;
            /**
             * Last Error
             * @description `<code>: <message>` of the last failed attempt.
             */
            last_error: string | null;
            /**
             * Found By Marker
             * @description The outcome was uncertain and the note was found on the ticket.
             */
            found_by_marker: boolean;
            /**
             * Created By
             * Format: uuid
             */
            created_by: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Posted At */
            posted_at: string | null;
            /**
             * Reused
             * @description Nothing new to push: this is the existing note.
             * @default false
             */
            reused: boolean;
        };
        /** PublishIn */
        PublishIn: {
            /**
             * Change Note
             * @default
             */
            change_note: string;
        };
        /** RatingIn */
        RatingIn: {
            /** Rating */
            rating: number;
            /**
             * Review
             * @default
             */
            review: string;
        };
        /** RatingOut */
        RatingOut: {
            /**
             * User Id
             * @description Null when the reviewer's account was deleted.
             */
            user_id: string | null;
            /** User Name */
            user_name: string | null;
            /** Rating */
            rating: number;
            /** Review */
            review: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** RecurrencePreviewIn */
        RecurrencePreviewIn: {
            /** Recurrence */
            recurrence: components["schemas"]["Daily"] | components["schemas"]["Weekly"] | components["schemas"]["Monthly"] | components["schemas"]["Cron"];
            /** Timezone */
            timezone: string;
            /**
             * After
             * @description Occurrences after this moment; now when omitted.
             */
            after?: string | null;
            /**
             * Count
             * @default 5
             */
            count: number;
        };
        /** RecurrencePreviewOut */
        RecurrencePreviewOut: {
            /** Summary */
            summary: string;
            /** Occurrences */
            occurrences: components["schemas"]["OccurrenceOut"][];
        };
        /** RedactionPreviewIn */
        RedactionPreviewIn: {
            /** Text */
            text: string;
            /** @description Unsaved rules to try instead of the team's saved ones. */
            draft?: components["schemas"]["RedactionRulesIn"] | null;
        };
        /** RedactionPreviewOut */
        RedactionPreviewOut: {
            /** Text */
            text: string;
            /** Spans */
            spans: components["schemas"]["RedactionSpanOut"][];
        };
        /** RedactionRuleIn */
        RedactionRuleIn: {
            /**
             * Name
             * @description The label of what the rule hides: `[REDACTED:<name>]`.
             */
            name: string;
            /**
             * Pattern
             * @description RE2 syntax (no look-around or back-references), at most 500 characters, and it must not match empty text. Case-sensitive unless it starts with `(?i)`.
             */
            pattern: string;
            /**
             * Enabled
             * @default true
             */
            enabled: boolean;
        };
        /** RedactionRuleOut */
        RedactionRuleOut: {
            /** Name */
            name: string;
            /** Pattern */
            pattern: string;
            /** Enabled */
            enabled: boolean;
        };
        /** RedactionRulesIn */
        RedactionRulesIn: {
            /**
             * Categories
             * @description Optional categories to hide as well; the built-ins are always on.
             */
            categories?: components["schemas"]["Category"][];
            /**
             * Rules
             * @description At most 50, in order.
             */
            rules?: components["schemas"]["RedactionRuleIn"][];
        };
        /** RedactionRulesOut */
        RedactionRulesOut: {
            /**
             * Builtins
             * @description What is always hidden, whatever the team's settings.
             */
            builtins: components["schemas"]["Builtin"][];
            /** Categories */
            categories: components["schemas"]["Category"][];
            /** Rules */
            rules: components["schemas"]["RedactionRuleOut"][];
            /** Max Rules */
            max_rules: number;
            /**
             * Updated At
             * @description Null until the rules are first saved.
             */
            updated_at: string | null;
            /** Updated By Id */
            updated_by_id: string | null;
        };
        /** RedactionSpanOut */
        RedactionSpanOut: {
            /**
             * Start
             * @description Offset in the submitted text, in Unicode code points.
             */
            start: number;
            /** End */
            end: number;
            /**
             * Category
             * @description A built-in kind, an optional category, or `custom`.
             */
            category: string;
            /** Replacement */
            replacement: string;
        };
        /** RefOut */
        RefOut: {
            /** Id */
            id: number | null;
            /** Name */
            name: string;
            /** Identifier */
            identifier?: string | null;
        };
        /** RefreshIn */
        RefreshIn: {
            /** Refresh Token */
            refresh_token?: string | null;
        };
        /** RefreshRefusedOut */
        RefreshRefusedOut: {
            /**
             * Detail
             * @description session_expired_idle, session_expired_absolute, session_revoked or invalid_refresh_token
             */
            detail: string;
            /** Message */
            message: string;
            /**
             * Idle Timeout Minutes
             * @description With session_expired_idle: the idle timeout that ended the login.
             */
            idle_timeout_minutes?: number | null;
        };
        /** RegisterIn */
        RegisterIn: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /** Password */
            password: string;
            /** Full Name */
            full_name: string;
            /**
             * Team Name
             * @description Name of the new team you will administer.
             */
            team_name?: string | null;
        };
        /** RejectIn */
        RejectIn: {
            /** Reason */
            reason: string;
        };
        /**
         * ReportFormat
         * @enum {string}
         */
        ReportFormat: "md" | "html" | "csv";
        /** ResultsOut */
        ResultsOut: {
            /**
             * Done
             * @default 0
             */
            done: number;
            /**
             * Failed
             * @default 0
             */
            failed: number;
            /**
             * Skipped
             * @default 0
             */
            skipped: number;
        };
        /** Resumed */
        Resumed: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "resumed";
        };
        /** ResumedIn */
        ResumedIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "resumed";
        };
        /** RunOut */
        RunOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Schedule Id
             * @description Null when the schedule was deleted.
             */
            schedule_id: string | null;
            /** Title */
            title: string;
            flow: components["schemas"]["FlowRefOut"];
            /** Timezone */
            timezone: string;
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /**
             * Deadline At
             * Format: date-time
             */
            deadline_at: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Trigger
             * @enum {string}
             */
            trigger: "schedule" | "manual";
            /**
             * Missed
             * @description Due times passed over when the scheduler caught up after a downtime.
             */
            missed: number;
            /** Target Count */
            target_count: number;
            /**
             * Status
             * @description `completed` once no target has open steps (or its session ended).
             * @enum {string}
             */
            status: "open" | "completed";
            /**
             * Overdue
             * @description Open past its deadline.
             */
            overdue: boolean;
            progress: components["schemas"]["RunProgressOut"];
            /**
             * Columns
             * @description The steps every target goes through (the matrix's columns).
             */
            columns: components["schemas"]["ColumnOut"][];
        };
        /** RunPageOut */
        RunPageOut: {
            /** Items */
            items: components["schemas"]["RunSummaryOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** RunProgressOut */
        RunProgressOut: {
            /**
             * Percent
             * @description Closed steps of the applicable ones over all targets, rounded down.
             */
            percent: number;
            /** Steps Closed */
            steps_closed: number;
            /** Steps Open */
            steps_open: number;
            /** Steps Failed */
            steps_failed: number;
            /**
             * Targets Done
             * @description Nothing open, nothing failed.
             */
            targets_done: number;
            /**
             * Targets Failed
             * @description A failed step, or the session ended unresolved or abandoned.
             */
            targets_failed: number;
            /**
             * Targets Open
             * @description Steps still open (and nothing failed).
             */
            targets_open: number;
        };
        /** RunSummaryOut */
        RunSummaryOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Schedule Id
             * @description Null when the schedule was deleted.
             */
            schedule_id: string | null;
            /** Title */
            title: string;
            flow: components["schemas"]["FlowRefOut"];
            /** Timezone */
            timezone: string;
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /**
             * Deadline At
             * Format: date-time
             */
            deadline_at: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Trigger
             * @enum {string}
             */
            trigger: "schedule" | "manual";
            /**
             * Missed
             * @description Due times passed over when the scheduler caught up after a downtime.
             */
            missed: number;
            /** Target Count */
            target_count: number;
            /**
             * Status
             * @description `completed` once no target has open steps (or its session ended).
             * @enum {string}
             */
            status: "open" | "completed";
            /**
             * Overdue
             * @description Open past its deadline.
             */
            overdue: boolean;
            progress: components["schemas"]["RunProgressOut"];
        };
        /**
         * ScheduleIn
         * @description A schedule as created, and as replaced by PUT.
         */
        ScheduleIn: {
            /**
             * Flow Id
             * Format: uuid
             * @description A published maintenance flow of the team.
             */
            flow_id: string;
            /** Name */
            name: string;
            /** Recurrence */
            recurrence: components["schemas"]["Daily"] | components["schemas"]["Weekly"] | components["schemas"]["Monthly"] | components["schemas"]["Cron"];
            /**
             * Timezone
             * @description IANA time zone of the recurrence's times, e.g. `Europe/Amsterdam`.
             */
            timezone: string;
            /**
             * Catch Up
             * @description After a downtime across due times: `once` creates one run for the latest missed time; `skip` creates none and waits for the next time.
             * @default once
             * @enum {string}
             */
            catch_up: "once" | "skip";
            /**
             * Complete Within Hours
             * @description A run is overdue this long after its due time.
             * @default 24
             */
            complete_within_hours: number;
            /**
             * Owner Id
             * @description Owns the runs' sessions; the caller when omitted (POST) or unchanged (PUT).
             */
            owner_id?: string | null;
            /**
             * Assignee Ids
             * @description E-mailed when a run is created and when it is overdue (the owner when empty).
             */
            assignee_ids?: string[];
            /**
             * Active
             * @default true
             */
            active: boolean;
        };
        /** ScheduleOut */
        ScheduleOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            flow: components["schemas"]["FlowRefOut"];
            /** Name */
            name: string;
            /** Recurrence */
            recurrence: components["schemas"]["Daily"] | components["schemas"]["Weekly"] | components["schemas"]["Monthly"] | components["schemas"]["Cron"];
            /**
             * Summary
             * @description The recurrence in words, e.g. `Weekly on Mon, Thu at 07:30`.
             */
            summary: string;
            /** Timezone */
            timezone: string;
            /**
             * Catch Up
             * @enum {string}
             */
            catch_up: "once" | "skip";
            /** Complete Within Hours */
            complete_within_hours: number;
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id: string;
            /** Owner Name */
            owner_name: string;
            /** Assignee Ids */
            assignee_ids: string[];
            /** Active */
            active: boolean;
            /**
             * Next Due At
             * @description The next time a run is created; null while inactive.
             */
            next_due_at: string | null;
            /**
             * Next Occurrences
             * @description The next 5 due times (UTC).
             */
            next_occurrences: string[];
            /** Target Count */
            target_count: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** SchedulePageOut */
        SchedulePageOut: {
            /** Items */
            items: components["schemas"]["ScheduleOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** SearchHit */
        SearchHit: {
            /**
             * Type
             * @enum {string}
             */
            type: "flow" | "step";
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Title */
            title: string;
            /**
             * Kind
             * @description The flow's kind, or the step's kind hint.
             */
            kind: string;
            /**
             * Version
             * @description For a flow: the published version whose text was searched; null: the draft.
             */
            version: number | null;
            /**
             * Snippet
             * @description Matching text with the matched words in `<mark>…</mark>`; all other text is HTML-escaped.
             */
            snippet: string;
            /**
             * Score
             * @description Reciprocal rank fusion of the full-text and semantic rankings; only comparable within one answer.
             */
            score: number;
            /**
             * Matched
             * @description Why it matched: the fields holding query words (after `fuzzy` when typos were corrected), and `semantic` when its meaning is close to the query's.
             */
            matched: ("fuzzy" | "title" | "tags" | "text" | "semantic")[];
        };
        /** SecretHintOut */
        SecretHintOut: {
            /**
             * Last4
             * @description The last 4 characters; the key itself is never returned.
             */
            last4: string;
            /**
             * Set At
             * Format: date-time
             */
            set_at: string;
        };
        /**
         * SectionSettings
         * @description How a section of a procedural or maintenance flow runs as a checklist (sections without
         *     settings are unordered).
         */
        SectionSettings: {
            /**
             * Name
             * @description A `section` used by the graph's nodes.
             */
            name: string;
            /**
             * Sequential
             * @description Steps are done in node order: each waits until the ones before it are closed.
             * @default false
             */
            sequential: boolean;
        };
        /** SessionOut */
        SessionOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            flow: components["schemas"]["FlowRefOut"];
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id: string;
            /** Owner Name */
            owner_name: string;
            /** Ticket Id */
            ticket_id: string | null;
            /**
             * Ticket Verified
             * @description The PSA confirmed the ticket at the start; false: the PSA could not be reached (unverified); null: no ticket or no PSA connection.
             */
            ticket_verified?: boolean | null;
            /** Client Name */
            client_name: string | null;
            /** Target */
            target: string | null;
            status: components["schemas"]["SessionStatus"];
            /** Current Node */
            current_node: string;
            /** Last Seq */
            last_seq: number;
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
            /**
             * Last Event At
             * Format: date-time
             */
            last_event_at: string;
            /** Ended At */
            ended_at: string | null;
            /**
             * Mode
             * @description `path` (troubleshooting) or `checklist` (procedural and maintenance flows).
             * @default path
             * @enum {string}
             */
            mode: "path" | "checklist";
            /** @description Checklist sessions: steps by status. */
            progress?: components["schemas"]["ProgressOut"] | null;
            /** @description Null when the flow was deleted. */
            current: components["schemas"]["NodeOut"] | null;
            /**
             * Path
             * @description The steps that led here, the current one last (went_back removes).
             */
            path: components["schemas"]["app__sessions__schemas__StepOut"][];
            /** Variables */
            variables: {
                [key: string]: string | boolean | number | null;
            };
            /** Summary */
            summary: string | null;
            escalation: components["schemas"]["EscalationOut"] | null;
            /** @description Checklist sessions: the steps by section, with their state. */
            checklist?: components["schemas"]["ChecklistOut"] | null;
        };
        /** SessionPageOut */
        SessionPageOut: {
            /** Items */
            items: components["schemas"]["SessionSummaryOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** SessionPolicyIn */
        SessionPolicyIn: {
            /** Idle Timeout Minutes */
            idle_timeout_minutes: number;
            /** Absolute Lifetime Hours */
            absolute_lifetime_hours: number;
        };
        /** SessionPolicyOut */
        SessionPolicyOut: {
            /** Idle Timeout Minutes */
            idle_timeout_minutes: number;
            /** Absolute Lifetime Hours */
            absolute_lifetime_hours: number;
        };
        /** SessionStartIn */
        SessionStartIn: {
            /**
             * Flow Id
             * Format: uuid
             */
            flow_id: string;
            /**
             * Version
             * @description A published version; the latest when omitted.
             */
            version?: number | null;
            /**
             * Ticket Id
             * @description The PSA ticket the session works on.
             */
            ticket_id?: string | null;
            /** Client Name */
            client_name?: string | null;
            /**
             * Target
             * @description The device or user being worked on.
             */
            target?: string | null;
        };
        /**
         * SessionStatus
         * @enum {string}
         */
        SessionStatus: "active" | "paused" | "resolved" | "escalated" | "unresolved" | "abandoned";
        /** SessionSummaryOut */
        SessionSummaryOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            flow: components["schemas"]["FlowRefOut"];
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id: string;
            /** Owner Name */
            owner_name: string;
            /** Ticket Id */
            ticket_id: string | null;
            /**
             * Ticket Verified
             * @description The PSA confirmed the ticket at the start; false: the PSA could not be reached (unverified); null: no ticket or no PSA connection.
             */
            ticket_verified?: boolean | null;
            /** Client Name */
            client_name: string | null;
            /** Target */
            target: string | null;
            status: components["schemas"]["SessionStatus"];
            /** Current Node */
            current_node: string;
            /** Last Seq */
            last_seq: number;
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
            /**
             * Last Event At
             * Format: date-time
             */
            last_event_at: string;
            /** Ended At */
            ended_at: string | null;
            /**
             * Mode
             * @description `path` (troubleshooting) or `checklist` (procedural and maintenance flows).
             * @default path
             * @enum {string}
             */
            mode: "path" | "checklist";
            /** @description Checklist sessions: steps by status. */
            progress?: components["schemas"]["ProgressOut"] | null;
        };
        /** ShareCreateIn */
        ShareCreateIn: {
            /**
             * Scope
             * @description `team`: signed-in members of the team; `public`: anyone with the link.
             * @default team
             * @enum {string}
             */
            scope: "team" | "public";
            /**
             * Expires In Hours
             * @description 1 hour to 90 days; 7 days when omitted.
             * @default 168
             */
            expires_in_hours: number;
        };
        /** ShareCreatedOut */
        ShareCreatedOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
            /**
             * Scope
             * @enum {string}
             */
            scope: "team" | "public";
            /**
             * Created By
             * Format: uuid
             */
            created_by: string;
            /** Created By Name */
            created_by_name: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Revoked At */
            revoked_at: string | null;
            /** View Count */
            view_count: number;
            /** Last Viewed At */
            last_viewed_at: string | null;
            /**
             * Token
             * @description Shown once: only its hash is stored.
             */
            token: string;
            /**
             * Url
             * @description The SPA's page for the link.
             */
            url: string;
            /**
             * Api Path
             * @description `GET` it for the document (JSON).
             */
            api_path: string;
        };
        /** ShareOut */
        ShareOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
            /**
             * Scope
             * @enum {string}
             */
            scope: "team" | "public";
            /**
             * Created By
             * Format: uuid
             */
            created_by: string;
            /** Created By Name */
            created_by_name: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Revoked At */
            revoked_at: string | null;
            /** View Count */
            view_count: number;
            /** Last Viewed At */
            last_viewed_at: string | null;
        };
        /**
         * SharedDocumentOut
         * @description A shared session: its redacted, read-only documentation.
         */
        SharedDocumentOut: {
            /**
             * Format
             * @description `md`, `txt`, `html` (a complete page) or `psa`.
             */
            format: string;
            /**
             * Content
             * @description Redacted with the team's rules; the stored log keeps the original.
             */
            content: string;
            /**
             * Redactions
             * @description How many stretches of text were hidden.
             */
            redactions: number;
            /**
             * Scope
             * @enum {string}
             */
            scope: "team" | "public";
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
        };
        /** Started */
        Started: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "started";
            /**
             * Flow Id
             * Format: uuid
             */
            flow_id: string;
            /** Flow Version */
            flow_version: number;
            /** Flow Title */
            flow_title: string;
            /**
             * Node Id
             * @description The flow's start node.
             */
            node_id: string;
            /** Ticket Id */
            ticket_id?: string | null;
            /** Client Name */
            client_name?: string | null;
            /** Target */
            target?: string | null;
            /** @description A checklist session's steps (procedural and maintenance flows); null: a path. */
            checklist?: components["schemas"]["ChecklistSpec"] | null;
        };
        /** StepAssigned */
        StepAssigned: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "step_assigned";
            /** Node Id */
            node_id: string;
            /** Assignee Id */
            assignee_id: string | null;
            /** Due At */
            due_at: string | null;
        };
        /** StepAssignedIn */
        StepAssignedIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "step_assigned";
            /** Node Id */
            node_id: string;
            /**
             * Assignee Id
             * @description An engineer or admin of the team; null: nobody.
             */
            assignee_id?: string | null;
            /**
             * Due At
             * @description When the step should be done (1970 to 2200); null: no date.
             */
            due_at?: string | null;
        };
        /** StepCompleted */
        StepCompleted: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "step_completed";
            /** Node Id */
            node_id: string;
            /**
             * Result
             * @enum {string}
             */
            result: "done" | "failed" | "skipped";
            /** Answer */
            answer?: number | null;
            /**
             * Label
             * @description The chosen answer's label (questions).
             */
            label?: string | null;
            /**
             * Variable
             * @description The captured variable (inputs).
             */
            variable?: string | null;
            /** Value */
            value?: string | boolean | number | null;
            /** Output */
            output?: string | null;
            /** Note */
            note?: string | null;
            /**
             * Ruled Out
             * @description Steps the answer makes not applicable (on the other branches).
             */
            ruled_out?: string[];
        };
        /** StepCompletedIn */
        StepCompletedIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "step_completed";
            /**
             * Node Id
             * @description A step of the checklist.
             */
            node_id: string;
            /**
             * Result
             * @description A question is answered (`done`, with `answer`) or `skipped`.
             * @default done
             * @enum {string}
             */
            result: "done" | "failed" | "skipped";
            /**
             * Answer
             * @description Questions: index of the chosen answer.
             */
            answer?: number | null;
            /**
             * Value
             * @description Inputs: the value, checked like `input_captured`.
             */
            value?: string | boolean | number | null;
            /**
             * Output
             * @description Evidence (pasted output), at most 256 KiB (UTF-8).
             */
            output?: string | null;
            /**
             * Note
             * @description Markdown.
             */
            note?: string | null;
        };
        /** StepCreateIn */
        StepCreateIn: {
            /** Title */
            title: string;
            /**
             * Body
             * @description Markdown.
             * @default
             */
            body: string;
            /** Commands */
            commands?: components["schemas"]["Command"][];
            /** Tags */
            tags?: string[];
            /**
             * @description The node kind the step becomes when inserted.
             * @default action
             */
            kind_hint: components["schemas"]["StepKind"];
        };
        /** StepInsertIn */
        StepInsertIn: {
            /**
             * Flow Id
             * Format: uuid
             */
            flow_id: string;
            /**
             * Revision
             * @description The draft revision the client edited.
             */
            revision: number;
            /**
             * After Node Id
             * @description Wire the new node after this one: its single outgoing edge is re-pointed through the new node (or an edge is added when it had none). Omitted: the node is added unconnected.
             */
            after_node_id?: string | null;
            /**
             * After Answer
             * @description When `after_node_id` is a question: the index of the answer to wire through the new node (the answer now leads to the new node, which leads on to where the answer went).
             */
            after_answer?: number | null;
            /**
             * Node Id
             * @description Id for the new node; generated when omitted.
             */
            node_id?: string | null;
            /** @description Canvas position; by default just below `after_node_id` when that has one. */
            position?: components["schemas"]["Position"] | null;
        };
        /**
         * StepKind
         * @description The node kind a library step becomes when it is inserted into a flow.
         * @enum {string}
         */
        StepKind: "action" | "question" | "input";
        /** StepNoted */
        StepNoted: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "step_noted";
            /** Node Id */
            node_id: string;
            /** Text */
            text?: string | null;
            /** Output */
            output?: string | null;
            /**
             * Late
             * @description Added after the session ended.
             * @default false
             */
            late: boolean;
        };
        /** StepNotedIn */
        StepNotedIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "step_noted";
            /** Node Id */
            node_id: string;
            /**
             * Text
             * @description Markdown.
             */
            text?: string | null;
            /**
             * Output
             * @description Evidence (pasted output), at most 256 KiB (UTF-8).
             */
            output?: string | null;
        };
        /** StepPageOut */
        StepPageOut: {
            /** Items */
            items: components["schemas"]["StepSummaryOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** StepReopened */
        StepReopened: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "step_reopened";
            /** Node Id */
            node_id: string;
            /** Reason */
            reason?: string | null;
        };
        /** StepReopenedIn */
        StepReopenedIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "step_reopened";
            /** Node Id */
            node_id: string;
            /** Reason */
            reason?: string | null;
        };
        /** StepSummaryOut */
        StepSummaryOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Title */
            title: string;
            /** Tags */
            tags: string[];
            kind_hint: components["schemas"]["StepKind"];
            /** Author Id */
            author_id: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Use Count
             * @description How many times the step was inserted into a flow.
             */
            use_count: number;
            /** Rating Count */
            rating_count: number;
            /**
             * Average Rating
             * @description Mean of the ratings (two decimals), null when unrated.
             */
            average_rating: number | null;
            /**
             * My Rating
             * @description The caller's own rating, null when they have not rated it.
             */
            my_rating: number | null;
        };
        /** StepUpdateIn */
        StepUpdateIn: {
            /** Title */
            title?: string | null;
            /** Body */
            body?: string | null;
            /** Commands */
            commands?: components["schemas"]["Command"][] | null;
            /** Tags */
            tags?: string[] | null;
            kind_hint?: components["schemas"]["StepKind"] | null;
        };
        /** SuggestionDecisionIn */
        SuggestionDecisionIn: {
            /**
             * Suggestion Seq
             * @description The `copilot_suggested` event decided on.
             */
            suggestion_seq: number;
            /**
             * Decision
             * @enum {string}
             */
            decision: "accepted" | "dismissed";
        };
        /** SuggestionDecisionOut */
        SuggestionDecisionOut: {
            /**
             * Seq
             * @description The `copilot_accepted` event (with its decision).
             */
            seq: number;
            /** Last Seq */
            last_seq: number;
        };
        /** SummaryIn */
        SummaryIn: {
            /** Text */
            text: string;
        };
        /** SummaryOut */
        SummaryOut: {
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
            /**
             * Text
             * @description The summary as it stands (edited or as generated), redacted.
             */
            text: string;
            /** Generated Text */
            generated_text: string;
            /** Edited */
            edited: boolean;
            /**
             * Stale
             * @description The log grew since the summary was generated.
             */
            stale: boolean;
            /** Source Seq */
            source_seq: number;
            /**
             * Provider
             * @enum {string}
             */
            provider: "anthropic" | "offline";
            /** Model */
            model: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** @description Set on the answer that generated it. */
            route?: components["schemas"]["ProviderOut"] | null;
        };
        /** TagOut */
        TagOut: {
            /** Tag */
            tag: string;
            /** Flow Count */
            flow_count: number;
        };
        /** TakenOver */
        TakenOver: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "taken_over";
            /**
             * From User Id
             * Format: uuid
             * @description The owner before; the event's author is the new owner.
             */
            from_user_id: string;
        };
        /** TargetImportIn */
        TargetImportIn: {
            /**
             * Csv
             * @description The file's text: a header with `client` (required), `device` (optional) and any other columns (fields); comma, semicolon or tab separated.
             */
            csv: string;
            /**
             * Mode
             * @description `merge`: add new targets, update the fields of known ones (same client and device); `replace`: the file is the whole list.
             * @default merge
             * @enum {string}
             */
            mode: "merge" | "replace";
            /**
             * Dry Run
             * @description Check and count, write nothing.
             * @default false
             */
            dry_run: boolean;
        };
        /** TargetIn */
        TargetIn: {
            /** Client */
            client: string;
            /**
             * Device
             * @description Empty for a client-wide target.
             * @default
             */
            device: string;
            /** Fields */
            fields?: {
                [key: string]: string;
            };
        };
        /** TargetOut */
        TargetOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Position */
            position: number;
            /** Client */
            client: string;
            /** Device */
            device: string;
            /** Fields */
            fields: {
                [key: string]: string;
            };
        };
        /** TargetPageOut */
        TargetPageOut: {
            /** Items */
            items: components["schemas"]["TargetOut"][];
            /** Next Cursor */
            next_cursor: string | null;
            /** Total */
            total: number;
        };
        /** TeamCreateIn */
        TeamCreateIn: {
            /** Name */
            name: string;
            /**
             * Admin Email
             * Format: email
             * @description Invited as the team's first team_admin.
             */
            admin_email: string;
        };
        /** TeamOut */
        TeamOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Slug */
            slug: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Member Count */
            member_count: number;
        };
        /** TeamRef */
        TeamRef: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
        };
        /**
         * TeamRole
         * @enum {string}
         */
        TeamRole: "team_admin" | "engineer" | "viewer";
        /** TeamUpdateIn */
        TeamUpdateIn: {
            /** Name */
            name: string;
        };
        /**
         * TicketContextOut
         * @description A ticket as a session shows it, every text redacted with the team's rules.
         */
        TicketContextOut: {
            /** Id */
            id: number;
            /** Summary */
            summary: string;
            company: components["schemas"]["RefOut"] | null;
            contact: components["schemas"]["RefOut"] | null;
            board: components["schemas"]["RefOut"] | null;
            status: components["schemas"]["RefOut"] | null;
            priority: components["schemas"]["RefOut"] | null;
            /** Initial Description */
            initial_description: string | null;
            /**
             * Notes
             * @description The last 10 notes, newest first.
             */
            notes: components["schemas"]["TicketNoteOut"][];
            /**
             * Url
             * @description The ticket in the PSA.
             */
            url: string | null;
            /** Redactions */
            redactions: number;
            /**
             * Fetched At
             * Format: date-time
             * @description Answers are cached briefly per team.
             */
            fetched_at: string;
        };
        /** TicketNoteOut */
        TicketNoteOut: {
            /** Id */
            id: number;
            /** Text */
            text: string;
            /** Created At */
            created_at: string | null;
            /** Created By */
            created_by: string | null;
            /** Internal */
            internal: boolean;
            /** Detail */
            detail: boolean;
            /** Resolution */
            resolution: boolean;
        };
        /** TokenOut */
        TokenOut: {
            /** Access Token */
            access_token: string;
            /**
             * Token Type
             * @default bearer
             */
            token_type: string;
            /**
             * Expires In
             * @description Access-token lifetime in seconds.
             */
            expires_in: number;
            user: components["schemas"]["MeOut"];
            /**
             * Refresh Token
             * @description Only for clients that sent the refresh token in the body (or used /auth/token); browsers get it as an httpOnly cookie.
             */
            refresh_token?: string | null;
        };
        /** UsageEntryOut */
        UsageEntryOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Feature */
            feature: string;
            /** Tier */
            tier: string;
            /** Provider */
            provider: string;
            /** Model */
            model: string;
            /** Input Tokens */
            input_tokens: number;
            /** Output Tokens */
            output_tokens: number;
            /** Cost Usd */
            cost_usd: number;
            /** Latency Ms */
            latency_ms: number;
            /** Outcome */
            outcome: string;
            /** Reason */
            reason: string;
        };
        /** UsageLineOut */
        UsageLineOut: {
            /** Feature */
            feature: string;
            /** Tier */
            tier: string;
            /** Requests */
            requests: number;
            /** Input Tokens */
            input_tokens: number;
            /** Output Tokens */
            output_tokens: number;
            /** Cost Usd */
            cost_usd: number;
            /**
             * Offline
             * @description Requests answered offline (no key, fallback or budget).
             */
            offline: number;
        };
        /** UsageOut */
        UsageOut: {
            /**
             * Month
             * @description YYYY-MM (UTC).
             */
            month: string;
            /**
             * Provider
             * @description The configured provider; `offline` without a key.
             * @enum {string}
             */
            provider: "anthropic" | "offline";
            budget: components["schemas"]["BudgetOut"];
            /**
             * Lines
             * @description This month per feature and tier.
             */
            lines: components["schemas"]["UsageLineOut"][];
            /**
             * Recent
             * @description The latest 50 entries.
             */
            recent: components["schemas"]["UsageEntryOut"][];
        };
        /** ValidationReport */
        ValidationReport: {
            /**
             * Valid
             * @description True when there are no errors (warnings do not block publishing).
             */
            valid: boolean;
            /** Errors */
            errors?: components["schemas"]["Problem"][];
            /** Warnings */
            warnings?: components["schemas"]["Problem"][];
        };
        /** VerifyEmailIn */
        VerifyEmailIn: {
            /** Token */
            token: string;
        };
        /** VersionOut */
        VersionOut: {
            /** Number */
            number: number;
            /** Change Note */
            change_note: string;
            /** Published By Id */
            published_by_id: string | null;
            /**
             * Published At
             * Format: date-time
             */
            published_at: string;
        };
        /** Weekly */
        Weekly: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "weekly";
            /** Days */
            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /** Time */
            time: string;
        };
        /** WentBack */
        WentBack: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "went_back";
            /** From Node */
            from_node: string;
            /** To Node */
            to_node: string;
        };
        /** WentBackIn */
        WentBackIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "went_back";
            /**
             * To Node
             * @description An earlier node on the path; the previous one when omitted (undo one step).
             */
            to_node?: string | null;
        };
        /** ImportOut */
        app__flows__transfer__ImportOut: {
            /** Created */
            created: components["schemas"]["ImportedFlow"][];
            /** Categories Created */
            categories_created: string[];
            /**
             * Folders Created
             * @description Paths of the folders created, parents before children.
             */
            folders_created: string[];
        };
        /** ImportOut */
        app__maintenance__schemas__ImportOut: {
            /**
             * Mode
             * @enum {string}
             */
            mode: "merge" | "replace";
            /** Dry Run */
            dry_run: boolean;
            /** Created */
            created: number;
            /** Updated */
            updated: number;
            /** Unchanged */
            unchanged: number;
            /** Deleted */
            deleted: number;
            /**
             * Total
             * @description Targets of the schedule after the import.
             */
            total: number;
        };
        /** StepOut */
        app__sessions__schemas__StepOut: {
            /** Node Id */
            node_id: string;
            /**
             * Title
             * @description Null when the flow was deleted.
             */
            title: string | null;
            /** Kind */
            kind: ("question" | "action" | "input" | "resolution" | "escalation") | null;
            /** Entered Seq */
            entered_seq: number;
            /**
             * Left Seq
             * @description The event that left this node; null for the current node.
             */
            left_seq: number | null;
            /** Answer */
            answer: string | null;
            /** Result */
            result: ("done" | "failed" | "skipped") | null;
            /** Variable */
            variable: string | null;
            /** Value */
            value: string | boolean | number | null;
        };
        /** StepOut */
        app__steps__schemas__StepOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Title */
            title: string;
            /** Tags */
            tags: string[];
            kind_hint: components["schemas"]["StepKind"];
            /** Author Id */
            author_id: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Use Count
             * @description How many times the step was inserted into a flow.
             */
            use_count: number;
            /** Rating Count */
            rating_count: number;
            /**
             * Average Rating
             * @description Mean of the ratings (two decimals), null when unrated.
             */
            average_rating: number | null;
            /**
             * My Rating
             * @description The caller's own rating, null when they have not rated it.
             */
            my_rating: number | null;
            /** Body */
            body: string;
            /** Commands */
            commands: components["schemas"]["Command"][];
        };
        /**
         * ErrorOut
         * @description Every error answer; some carry more fields (`errors`, `retry_after`, `current`, ...).
         */
        ErrorOut: {
            /**
             * Detail
             * @description Machine-readable code, e.g. `flow_not_found`.
             */
            detail: string;
            /**
             * Message
             * @description Human-readable text.
             */
            message: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_sessions_api_v1_sessions_get: {
        parameters: {
            query?: {
                /** @description Only sessions I own. */
                mine?: boolean;
                status?: components["schemas"]["SessionStatus"][] | null;
                flow_id?: string | null;
                /** @description Sessions this member owns. */
                engineer_id?: string | null;
                ticket_id?: string | null;
                /** @description Started at or after. */
                started_from?: string | null;
                /** @description Started before. */
                started_to?: string | null;
                /** @description `path`: troubleshooting sessions; `checklist`: procedural and maintenance ones. */
                mode?: ("path" | "checklist") | null;
                limit?: number;
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPageOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    start_session_api_v1_sessions_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionStartIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `flow_not_found`, `psa_ticket_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `flow_not_published`, `flow_archived` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_ticket_id_invalid` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_session_api_v1_sessions__session_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_events_api_v1_sessions__session_id__events_get: {
        parameters: {
            query?: {
                after?: number;
                limit?: number;
            };
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOut"][];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    append_event_api_v1_sessions__session_id__events_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key appends nothing. */
                "Idempotency-Key"?: string | null;
            };
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppendIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppendOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `not_session_owner` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `stale_seq` (`current` holds the session now), `session_ended`, `session_escalated`, `session_paused`, `session_not_paused`, `nothing_to_undo`, `step_out_of_order` (`waiting_for` lists the open steps before it), `step_not_applicable`, `step_not_closed`, `flow_deleted` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `output_too_large`: command output over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `wrong_node`, `wrong_node_kind`, `invalid_answer`, `unknown_variable`, `invalid_input_value` (`rule`: required, type, length, choice, pattern), `invalid_back_target`, `wrong_session_mode`, `unknown_step`, `invalid_assignee`, `idempotency_key_reused`, `validation_error` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    download_document_api_v1_sessions__session_id__document_get: {
        parameters: {
            query?: {
                /** @description `md`, `txt`, `html` (a printable page) or `psa` (a ConnectWise note). */
                format?: components["schemas"]["DocumentFormat"];
            };
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document, as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": unknown;
                    "text/plain": unknown;
                    "text/html": unknown;
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    preview_document_api_v1_sessions__session_id__document_preview_get: {
        parameters: {
            query?: {
                /** @description `md`, `txt`, `html` (a printable page) or `psa` (a ConnectWise note). */
                format?: components["schemas"]["DocumentFormat"];
            };
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentPreviewOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    escalate_api_v1_sessions__session_id__escalate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalatedIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalateOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_ended`, `session_escalated` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_escalation_target`, `wrong_session_mode` (checklists are not escalated) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    take_over_api_v1_sessions__session_id__take_over_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppendOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `not_escalation_receiver` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_not_escalated` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    search_api_v1_search_get: {
        parameters: {
            query: {
                q: string;
                /** @description Only flows or only steps. */
                kind?: ("flow" | "step") | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchHit"][];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_flows_api_v1_flows_get: {
        parameters: {
            query?: {
                kind?: components["schemas"]["FlowKind"] | null;
                status?: components["schemas"]["FlowStatus"] | null;
                category_id?: string | null;
                folder_id?: string | null;
                tag?: string | null;
                owner_id?: string | null;
                favourite?: boolean;
                sort?: "updated" | "title" | "created";
                limit?: number;
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowPageOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    create_flow_api_v1_flows_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowCreateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    export_flows_api_v1_flows_export_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowExportIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowExport"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `flow_not_found`: an id is not a flow of your team; nothing is exported */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `nothing_published`: with `published_only`, a flow has no published version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    import_flows_api_v1_flows_import_post: {
        parameters: {
            query?: {
                /** @description Publish each imported flow as version 1. */
                publish?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowImportIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["app__flows__transfer__ImportOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `import_conflict`: categories or folders changed meanwhile; nothing imported */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large`: import files are limited to 5 MiB (`MAX_IMPORT_BODY_BYTES`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `import_invalid`: nothing imported; `errors` lists every problem per entry (`index`, `title`, `problems`). `validation_error`: the envelope (format, version) is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    export_flow_api_v1_flows__flow_id__export_get: {
        parameters: {
            query?: {
                version?: number | null;
                published?: boolean;
            };
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowExport"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `nothing_published`: `published=true` but nothing is published yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_flow_api_v1_flows__flow_id__get: {
        parameters: {
            query?: {
                version?: number | null;
            };
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    delete_flow_api_v1_flows__flow_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `flow_in_use`: sessions use it (`session_count`); archive it instead */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    update_flow_api_v1_flows__flow_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowUpdateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    save_draft_api_v1_flows__flow_id__draft_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftSaveIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `draft_conflict`: stale revision; `current` holds the draft */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    discard_draft_api_v1_flows__flow_id__draft_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `nothing_published`: never published, so there is nothing to reset to */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    validate_draft_api_v1_flows__flow_id__validate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationReport"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    publish_api_v1_flows__flow_id__publish_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `flow_archived`: unarchive the flow first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `flow_invalid`: `validation` lists the problems */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_versions_api_v1_flows__flow_id__versions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"][];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    diff_versions_api_v1_flows__flow_id__diff_get: {
        parameters: {
            query: {
                from: number;
                /** @description Omit to compare with the draft. */
                to?: number | null;
            };
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowDiffOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    duplicate_flow_api_v1_flows__flow_id__duplicate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    archive_api_v1_flows__flow_id__archive_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    unarchive_api_v1_flows__flow_id__unarchive_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    add_favourite_api_v1_flows__flow_id__favourite_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    remove_favourite_api_v1_flows__flow_id__favourite_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    register_api_v1_auth_register_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    login_api_v1_auth_login_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `no_active_membership` in the team asked for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `too_many_attempts`, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    token_api_v1_auth_token_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_token_api_v1_auth_token_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `no_active_membership` in the team asked for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `too_many_attempts`, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    refresh_api_v1_auth_refresh_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `detail` is one of session_expired_idle, session_expired_absolute, session_revoked, invalid_refresh_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshRefusedOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    logout_api_v1_auth_logout_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    me_api_v1_auth_me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    change_password_api_v1_auth_password_change_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    forgot_password_api_v1_auth_password_forgot_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordForgotIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    reset_password_api_v1_auth_password_reset_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    verify_email_api_v1_auth_verify_email_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    resend_verification_api_v1_auth_verify_email_resend_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `email_already_verified` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_sessions_api_v1_auth_sessions_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginSessionOut"][];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    delete_session_api_v1_auth_sessions__login_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                login_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_shares_api_v1_sessions__session_id__shares_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareOut"][];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    create_share_api_v1_sessions__session_id__shares_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShareCreateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareCreatedOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error` (expiry) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    revoke_share_api_v1_sessions__session_id__shares__share_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
                share_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `share_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_escalations_api_v1_escalations_get: {
        parameters: {
            query?: {
                /** @description `mine`: handed to me; `team`: the team queue; both if omitted. */
                queue?: ("mine" | "team") | null;
                limit?: number;
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationPageOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_steps_api_v1_steps_get: {
        parameters: {
            query?: {
                tag?: string | null;
                kind_hint?: components["schemas"]["StepKind"] | null;
                /** @description Part of the title (case-insensitive). */
                q?: string | null;
                author_id?: string | null;
                sort?: "rating" | "use" | "newest";
                limit?: number;
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepPageOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    create_step_api_v1_steps_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepCreateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["app__steps__schemas__StepOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_step_api_v1_steps__step_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                step_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["app__steps__schemas__StepOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    delete_step_api_v1_steps__step_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                step_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    update_step_api_v1_steps__step_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                step_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepUpdateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["app__steps__schemas__StepOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    rate_step_api_v1_steps__step_id__rating_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                step_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    unrate_step_api_v1_steps__step_id__rating_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                step_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_ratings_api_v1_steps__step_id__ratings_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                step_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingOut"][];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    insert_into_draft_api_v1_steps__step_id__insert_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                step_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepInsertIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `draft_conflict`: stale revision, `current` holds the draft; `node_id_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `after_node_missing`, `invalid_insert_point`, `too_many_nodes`, `validation_error` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    flow_insights_api_v1_flows__flow_id__insights_get: {
        parameters: {
            query?: {
                /** @description A published version; the latest when omitted. */
                version?: number | null;
            };
            header?: never;
            path: {
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowInsightsOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `flow_not_found`, `version_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `flow_not_published` (no version given and none published) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_categories_api_v1_categories_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryOut"][];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    create_category_api_v1_categories_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `category_exists`: the name is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    delete_category_api_v1_categories__category_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                category_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    rename_category_api_v1_categories__category_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                category_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `category_exists`: the name is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_folders_api_v1_folders_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderOut"][];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    create_folder_api_v1_folders_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FolderCreateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `folder_exists`: the name is taken in that parent folder */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    delete_folder_api_v1_folders__folder_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    update_folder_api_v1_folders__folder_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FolderUpdateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `folder_exists`: the name is taken in that parent folder */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_tags_api_v1_tags_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagOut"][];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    embedding_status_api_v1_search_embeddings_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmbeddingStatusOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_teams_api_v1_teams_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamOut"][];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    create_team_api_v1_teams_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamCreateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_team_api_v1_teams__team_ref__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    update_team_api_v1_teams__team_ref__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamUpdateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_session_policy_api_v1_teams__team_ref__session_policy_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPolicyOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    update_session_policy_api_v1_teams__team_ref__session_policy_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionPolicyIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPolicyOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_members_api_v1_teams__team_ref__members_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOut"][];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    remove_member_api_v1_teams__team_ref__members__user_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
                team_ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    update_member_api_v1_teams__team_ref__members__user_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
                team_ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberUpdateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_invitations_api_v1_teams__team_ref__invitations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationOut"][];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    create_invitation_api_v1_teams__team_ref__invitations_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationCreateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    revoke_invitation_api_v1_teams__team_ref__invitations__invitation_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: string;
                team_ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    accept_invitation_api_v1_invitations_accept_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationAcceptIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_credentials` for an existing account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invitation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invitation_expired`, `invitation_revoked`, `invitation_accepted`, `already_member` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    preview_invitation_api_v1_invitations_preview_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationTokenIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreviewOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invitation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invitation_expired`, `invitation_revoked`, `invitation_accepted`, `already_member` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_redaction_rules_api_v1_teams__team_ref__redaction_rules_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedactionRulesOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    replace_redaction_rules_api_v1_teams__team_ref__redaction_rules_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedactionRulesIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedactionRulesOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    preview_redaction_api_v1_teams__team_ref__redaction_preview_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedactionPreviewIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedactionPreviewOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    view_shared_api_v1_shared__token__get: {
        parameters: {
            query?: {
                format?: "html" | "md";
            };
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedDocumentOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description a `team` link without a login */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `share_not_found`: unknown, or a `team` link of another team */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `share_expired`, `share_revoked` */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `rate_limited`, with Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_meta_api_v1_meta_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    suggest_api_v1_sessions__session_id__copilot_suggest_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-Sent Events: `meta`, `delta` ({text}), maybe `fallback` ({reason}), `suggestion` (the JSON object), `done`; `error` if the session changed meanwhile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        event?: string;
                        data: string;
                    };
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `not_session_owner` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_ended`, `session_escalated`, `flow_deleted` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `wrong_session_mode`: a checklist session has no single next step */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    decide_api_v1_sessions__session_id__copilot_decision_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestionDecisionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionDecisionOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `not_session_owner` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_not_found`, `suggestion_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `suggestion_already_decided`, `session_ended`, `session_escalated` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_summary_api_v1_sessions__session_id__copilot_summary_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_not_found`, `summary_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    edit_summary_api_v1_sessions__session_id__copilot_summary_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SummaryIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_not_found`, `summary_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    generate_summary_api_v1_sessions__session_id__copilot_summary_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_briefing_api_v1_sessions__session_id__copilot_briefing_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AiBriefingOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_not_found`, `briefing_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    generate_briefing_api_v1_sessions__session_id__copilot_briefing_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AiBriefingOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    chat_api_v1_copilot_chat_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatIn"];
            };
        };
        responses: {
            /** @description Server-Sent Events: `meta`, `delta` ({text}), maybe `fallback` ({reason}), `answer` (the JSON object), `done`; `error` if the session changed meanwhile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        event?: string;
                        data: string;
                    };
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `conversation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_conversations_api_v1_copilot_conversations_get: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationSummaryOut"][];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_conversation_api_v1_copilot_conversations__conversation_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `conversation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    delete_conversation_api_v1_copilot_conversations__conversation_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `conversation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    build_flow_api_v1_copilot_flows_build_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowBuildIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowBuildOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    copilot_status_api_v1_copilot_status_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CopilotStatusOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_usage_api_v1_copilot_usage_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    set_budget_api_v1_copilot_budget_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BudgetIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    run_flywheel_api_v1_copilot_flywheel_run_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlywheelRunOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `flywheel_running` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_proposals_api_v1_proposals_get: {
        parameters: {
            query?: {
                status?: ("pending" | "accepted" | "rejected") | null;
                limit?: number;
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalPageOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_proposal_api_v1_proposals__proposal_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `proposal_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    accept_proposal_api_v1_proposals__proposal_id__accept_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `proposal_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `proposal_decided`, `proposal_flow_gone`, `proposal_invalid`, `draft_conflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    reject_proposal_api_v1_proposals__proposal_id__reject_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposal_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `proposal_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `proposal_decided` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_connection_api_v1_psa_connectwise_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectWiseConnectionOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_not_connected` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    save_connection_api_v1_psa_connectwise_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectWiseConnectionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectWiseConnectionOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_site_invalid`, `psa_site_insecure`, `psa_keys_required` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    delete_connection_api_v1_psa_connectwise_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    check_connection_api_v1_psa_connectwise_test_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConnectWiseConnectionIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionTestOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_not_connected`, `psa_credentials_unreadable` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_site_invalid`, `psa_site_insecure`, `psa_keys_required` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_psa_members_api_v1_psa_connectwise_members_get: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PsaMemberPageOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_not_connected`, `psa_credentials_unreadable` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_bad_credentials`, `psa_forbidden`, `psa_site_unknown`, `psa_tls_error`, `psa_rejected`, `psa_server_error`, `psa_bad_response` (502); `psa_unreachable`, `psa_connection_lost`, `psa_throttled` with Retry-After (503); `psa_timeout` (504) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_member_mappings_api_v1_psa_connectwise_member_mappings_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberMappingsOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_not_connected` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    auto_match_api_v1_psa_connectwise_member_mappings_auto_match_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoMatchOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_not_connected`, `psa_credentials_unreadable` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_bad_credentials`, `psa_forbidden`, `psa_site_unknown`, `psa_tls_error`, `psa_rejected`, `psa_server_error`, `psa_bad_response` (502); `psa_unreachable`, `psa_connection_lost`, `psa_throttled` with Retry-After (503); `psa_timeout` (504) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    set_member_mapping_api_v1_psa_connectwise_member_mappings__user_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberMappingIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberMappingOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `member_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_not_connected`, `psa_credentials_unreadable` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_member_not_found` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    delete_member_mapping_api_v1_psa_connectwise_member_mappings__user_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `member_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_ticket_api_v1_psa_tickets__ticket_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketContextOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_ticket_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_not_connected`, `psa_credentials_unreadable` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_ticket_id_invalid` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_bad_credentials`, `psa_forbidden`, `psa_site_unknown`, `psa_tls_error`, `psa_rejected`, `psa_server_error`, `psa_bad_response` (502); `psa_unreachable`, `psa_connection_lost`, `psa_throttled` with Retry-After (503); `psa_timeout` (504) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    push_to_psa_api_v1_sessions__session_id__psa_push_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PsaPushIn"] | null;
            };
        };
        responses: {
            /** @description Nothing new: the existing push. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PsaPushOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PsaPushOut"];
                };
            };
            /** @description Pending: retried in the background. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PsaPushOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_not_found`, `psa_ticket_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_has_no_ticket`, `psa_not_connected`, `psa_credentials_unreadable` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `psa_bad_credentials`, `psa_forbidden`, `psa_rejected`: the push is `failed` */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_pushes_api_v1_sessions__session_id__psa_pushes_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PsaPushOut"][];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `session_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    preview_recurrence_api_v1_maintenance_recurrence_preview_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecurrencePreviewIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurrencePreviewOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_schedules_api_v1_maintenance_schedules_get: {
        parameters: {
            query?: {
                flow_id?: string | null;
                active?: boolean | null;
                limit?: number;
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchedulePageOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    create_schedule_api_v1_maintenance_schedules_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `flow_not_runnable` (not published, or archived) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_recurrence`, `flow_not_maintenance`, `invalid_assignee`, `validation_error` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_schedule_api_v1_maintenance_schedules__schedule_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    update_schedule_api_v1_maintenance_schedules__schedule_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `flow_not_runnable` (not published, or archived) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_recurrence`, `flow_not_maintenance`, `invalid_assignee`, `validation_error` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    delete_schedule_api_v1_maintenance_schedules__schedule_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `not_schedule_owner` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_targets_api_v1_maintenance_schedules__schedule_id__targets_get: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string | null;
            };
            header?: never;
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetPageOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    create_target_api_v1_maintenance_schedules__schedule_id__targets_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `duplicate_target` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `too_many_targets` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    update_target_api_v1_maintenance_schedules__schedule_id__targets__target_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schedule_id: string;
                target_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `duplicate_target` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    delete_target_api_v1_maintenance_schedules__schedule_id__targets__target_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schedule_id: string;
                target_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    import_targets_api_v1_maintenance_schedules__schedule_id__targets_import_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetImportIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["app__maintenance__schemas__ImportOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `csv_invalid` (`errors`, `error_count`), `validation_error` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    start_run_api_v1_maintenance_schedules__schedule_id__runs_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run started this minute already. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOut"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `flow_not_runnable`, `no_targets` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    list_runs_api_v1_maintenance_runs_get: {
        parameters: {
            query?: {
                schedule_id?: string | null;
                /** @description `overdue`: open past its deadline. */
                status?: ("open" | "completed" | "overdue") | null;
                /** @description Runs of schedules I own or am assigned to. */
                mine?: boolean;
                limit?: number;
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunPageOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_run_api_v1_maintenance_runs__run_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    read_matrix_api_v1_maintenance_runs__run_id__matrix_get: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string | null;
                /** @description Only targets with this outcome. */
                outcome?: ("failed" | "open" | "done") | null;
            };
            header?: never;
            path: {
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatrixPageOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    bulk_complete_api_v1_maintenance_runs__run_id__bulk_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                run_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkOut"];
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `stale_seq` (`stale`: the rows that changed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `bulk_refused` (`errors`, `error_count`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    download_report_api_v1_maintenance_runs__run_id__report_get: {
        parameters: {
            query?: {
                /** @description `md`, `html` or `csv`. */
                format?: components["schemas"]["ReportFormat"];
            };
            header?: never;
            path: {
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": unknown;
                    "text/html": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description `malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `invalid_token` or `token_expired`: log in or refresh */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `insufficient_role`, or an owner-only action by someone else */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description Not found (another team's object is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
    healthz_healthz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
        };
    };
    readyz_readyz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description `database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOut"];
                };
            };
        };
    };
}
