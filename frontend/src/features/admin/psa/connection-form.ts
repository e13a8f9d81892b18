/**
 * The ConnectWise connection form: its values, the checks the API makes (backend/app/psa/schemas.py,
 * connectwise.py) worded for people, and where the API's refusals belong.
 */
import { ApiError } from "@/api/errors";
import type { NoteType } from "@/lib/psa";

import type { Connection, ConnectionDraft } from "./api";

export interface ConnectionValues {
  site: string;
  companyId: string;
  publicKey: string;
  privateKey: string;
  clientId: string;
  defaultNoteType: NoteType;
  allowHttp: boolean;
}

export type ConnectionProblems = Partial<Record<"site" | "companyId" | "publicKey" | "privateKey" | "clientId", string>>;

const COMPANY_ID = /^[A-Za-z0-9_.-]{1,100}$/;
const API_KEY = /^[A-Za-z0-9_-]{4,200}$/;
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** The form for `saved` (keys are never sent back: blank means "keep the stored one"). */
export function valuesOf(saved: Connection | null): ConnectionValues {
  return {
    site: saved?.site ?? "",
    companyId: saved?.company_id ?? "",
    publicKey: "",
    privateKey: "",
    clientId: saved?.client_id ?? "",
    defaultNoteType: saved?.default_note_type ?? "internal_analysis",
    allowHttp: saved?.allow_http ?? false,
  };
}

export function connectionProblems(values: ConnectionValues, hasStoredKeys: boolean): ConnectionProblems {
  const problems: ConnectionProblems = {};
  if (!values.site.trim()) problems.site = "Enter your ConnectWise site, for example na.myconnectwise.net.";
  if (!COMPANY_ID.test(values.companyId.trim())) problems.companyId = "Enter the company id you sign in to ConnectWise with (letters, digits, . _ -).";
  for (const key of ["publicKey", "privateKey"] as const) {
    const value = values[key].trim();
    if (!value && !hasStoredKeys) problems[key] = "Required for a new connection.";
    else if (value && !API_KEY.test(value)) problems[key] = "A key is 4 to 200 letters, digits, - or _.";
  }
  if (!UUID.test(values.clientId.trim())) problems.clientId = "The client id is a UUID such as 8c5d1e7a-2f4b-4c3d-9e8f-1a2b3c4d5e6f.";
  return problems;
}

/** The request body: blank keys are left out, so the stored ones stay. */
export function draftOf(values: ConnectionValues): ConnectionDraft {
  const key = (value: string) => value.trim() || null;
  return {
    site: values.site.trim(),
    company_id: values.companyId.trim(),
    public_key: key(values.publicKey),
    private_key: key(values.privateKey),
    client_id: values.clientId.trim(),
    default_note_type: values.defaultNoteType,
    allow_http: values.allowHttp,
  };
}

const FIELD_OF: Record<string, keyof ConnectionProblems | undefined> = {
  site: "site",
  company_id: "companyId",
  public_key: "publicKey",
  private_key: "privateKey",
  client_id: "clientId",
};

const INSECURE_SITE =
  "An http:// site sends the keys unencrypted: allow it below for a test or development PSA (production installations refuse it).";

/** A refusal of the API at the fields it is about; null when it belongs above the form. */
export function problemsOfError(error: unknown): ConnectionProblems | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case "psa_site_invalid":
      return { site: error.message };
    case "psa_site_insecure":
      return { site: INSECURE_SITE };
    case "psa_keys_required":
      return { publicKey: error.message, privateKey: error.message };
    case "validation_error": {
      const problems: ConnectionProblems = {};
      for (const [name, message] of Object.entries(error.fieldErrors)) {
        const field = FIELD_OF[name];
        if (field) problems[field] = message;
      }
      return Object.keys(problems).length > 0 ? problems : null;
    }
    default:
      return null;
  }
}
