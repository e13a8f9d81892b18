/**
 * Every API error body is `{detail: code, message: text}`; 422 validation errors add
 * `errors: [{loc, msg, type}]` (backend/app/core/errors.py). Pages turn any thrown error into
 * something to show with `describeError`.
 */

export interface ApiErrorBody {
  detail?: unknown;
  message?: unknown;
  errors?: unknown;
  retry_after?: unknown;
  [extra: string]: unknown;
}

interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly body: ApiErrorBody;

  constructor(status: number, body: ApiErrorBody) {
    super(typeof body.message === "string" ? body.message : `The server answered ${status}.`);
    this.name = "ApiError";
    this.status = status;
    this.code = typeof body.detail === "string" ? body.detail : "http_error";
    this.body = body;
  }

  /** Messages of a 422 by field name (the last part of `loc`), e.g. `{password: "..."}`. */
  get fieldErrors(): Record<string, string> {
    const issues = Array.isArray(this.body.errors) ? (this.body.errors as ValidationIssue[]) : [];
    return Object.fromEntries(issues.map((issue) => [String(issue.loc.at(-1) ?? ""), issue.msg]));
  }
}

export interface ErrorDescription {
  code: string;
  message: string;
}

const NETWORK_ERROR: ErrorDescription = {
  code: "network_error",
  message: "Could not reach ResolutionFlow. Check your connection and try again.",
};

/** A readable message and a machine code for anything a request can throw. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) {
    if (error.code === "validation_error") {
      const details = Object.entries(error.fieldErrors).map(([field, message]) => `${field}: ${message}`);
      return { code: error.code, message: [error.message, ...details].join(" ") };
    }
    // A PSA's failures (502–504 `psa_*`) are not ours: their messages say what to fix there.
    if (error.status >= 500 && !error.code.startsWith("psa_")) {
      return { code: error.code, message: "Something went wrong on our side. Try again in a moment." };
    }
    return { code: error.code, message: error.message };
  }
  if (error instanceof TypeError) {
    return NETWORK_ERROR;
  }
  return { code: "unknown_error", message: error instanceof Error ? error.message : "Something went wrong." };
}

/** The error body of an openapi-fetch result (`{ error }`), or `{}` when it was not JSON. */
export function errorBodyOf(error: unknown): ApiErrorBody {
  return typeof error === "object" && error !== null ? (error as ApiErrorBody) : {};
}

/** The JSON body of a failed response that has not been read yet (a clone is read). */
export async function readErrorBody(response: Response): Promise<ApiErrorBody> {
  try {
    return errorBodyOf(await response.clone().json());
  } catch {
    return {};
  }
}

interface FetchResult<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

/**
 * The data of an openapi-fetch call, or an `ApiError` thrown: what TanStack Query's `queryFn` and
 * `mutationFn` want. `const me = await unwrap(api.GET("/api/v1/auth/me"))`.
 */
export async function unwrap<Data>(call: Promise<FetchResult<Data>>): Promise<Data> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiError(response.status, errorBodyOf(error));
  }
  return data as Data;
}
