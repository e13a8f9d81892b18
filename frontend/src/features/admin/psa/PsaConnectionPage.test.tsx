import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";

import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import type { Connection } from "./api";
import { PsaConnectionPage } from "./PsaConnectionPage";

const CONNECTION = "/api/v1/psa/connectwise";
const TEST = "/api/v1/psa/connectwise/test";
const CLIENT_ID = "8c5d1e7a-2f4b-4c3d-9e8f-1a2b3c4d5e6f";
const NOT_CONNECTED = { detail: "psa_not_connected", message: "The team has no PSA connection; a team admin sets it up first." };

const saved: Connection = {
  provider: "connectwise",
  site: "https://na.myconnectwise.net",
  company_id: "contoso",
  client_id: CLIENT_ID,
  public_key: { last4: "1234", set_at: "2026-03-01T09:00:00Z" },
  private_key: { last4: "5678", set_at: "2026-03-01T09:00:00Z" },
  default_note_type: "internal_analysis",
  allow_http: false,
  updated_at: "2026-03-01T09:00:00Z",
};

async function fillNewConnection(site = "na.myconnectwise.net") {
  await userEvent.type(await screen.findByLabelText("Site"), site);
  await userEvent.type(screen.getByLabelText("Company id"), "contoso");
  await userEvent.type(screen.getByLabelText("Client id"), CLIENT_ID);
  await userEvent.type(screen.getByLabelText("Public key"), "PubKey1234");
  await userEvent.type(screen.getByLabelText("Private key"), "PrivKey5678");
}

test("without a connection the page says so, and a new one needs both keys", async () => {
  const server = fakeApi({ [`GET ${CONNECTION}`]: () => json(NOT_CONNECTED, 409) });
  renderWithProviders(<PsaConnectionPage />);

  expect(await screen.findByText("Not connected")).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Delete connection…" })).not.toBeInTheDocument();
  await userEvent.type(screen.getByLabelText("Site"), "na.myconnectwise.net");
  await userEvent.click(screen.getByRole("button", { name: "Save connection" }));

  expect(screen.getByLabelText("Public key")).toHaveAccessibleDescription(/Required for a new connection/);
  expect(screen.getByLabelText("Client id")).toHaveAccessibleDescription(/is a UUID/);
  expect(server.calls(`PUT ${CONNECTION}`)).toBe(0);
});

test("stored keys show only their last 4 characters, and blank keys are kept", async () => {
  const server = fakeApi({
    [`GET ${CONNECTION}`]: () => json(saved),
    [`PUT ${CONNECTION}`]: () => json({ ...saved, default_note_type: "resolution", updated_at: "2026-03-02T09:00:00Z" }),
  });
  renderWithProviders(<PsaConnectionPage />);

  expect(await screen.findByLabelText("Public key")).toHaveAccessibleDescription(/Set, ends in …1234, set on .*Leave blank to keep it/);
  expect(screen.getByLabelText("Private key")).toHaveValue("");
  expect(screen.getByText("https://na.myconnectwise.net")).toBeInTheDocument();
  await userEvent.selectOptions(screen.getByLabelText("Default note type"), "Resolution");
  await userEvent.click(screen.getByRole("button", { name: "Save connection" }));

  await waitFor(() => {
    expect(server.calls(`PUT ${CONNECTION}`)).toBe(1);
  });
  const put = server.requests.find((request) => request.method === "PUT");
  expect(await put?.json()).toEqual({
    site: "https://na.myconnectwise.net",
    company_id: "contoso",
    public_key: null,
    private_key: null,
    client_id: CLIENT_ID,
    default_note_type: "resolution",
    allow_http: false,
  });
});

test("an http:// site is refused at the site field, and allowing it warns", async () => {
  fakeApi({
    [`GET ${CONNECTION}`]: () => json(NOT_CONNECTED, 409),
    [`PUT ${CONNECTION}`]: () => json({ detail: "psa_site_insecure", message: "An http:// site sends the keys unencrypted; it needs `allow_http`." }, 422),
  });
  renderWithProviders(<PsaConnectionPage />);

  await fillNewConnection("http://127.0.0.1:8090");
  await userEvent.click(screen.getByRole("button", { name: "Save connection" }));

  expect(await screen.findByText(/allow it below for a test or development PSA/)).toBeInTheDocument();
  expect(screen.getByLabelText("Site")).toHaveAttribute("aria-invalid", "true");
  await userEvent.click(screen.getByRole("checkbox", { name: /Allow an http:\/\/ site/ }));
  expect(screen.getByRole("alert")).toHaveTextContent("the keys and every ticket travel unencrypted");
  expect(screen.getByLabelText("Site")).toHaveAttribute("aria-invalid", "false");
});

test("the test names what is wrong, then reports the version once it works", async () => {
  let ok = false;
  const server = fakeApi({
    [`GET ${CONNECTION}`]: () => json(saved),
    [`POST ${TEST}`]: () =>
      json(
        ok
          ? { ok: true, version: "v2025.1.102345", is_cloud: true, server_time_zone: "Eastern Standard Time", message: "Connected: ConnectWise v2025.1.102345." }
          : { ok: false, code: "psa_bad_credentials", message: "ConnectWise refused the credentials: check the company id, the public and private key and the client id." },
      ),
  });
  renderWithProviders(<PsaConnectionPage />);

  await userEvent.click(await screen.findByRole("button", { name: "Test connection" }));
  expect(await screen.findByText("Bad credentials")).toBeInTheDocument();
  expect(screen.getByText(/ConnectWise refused the credentials/)).toBeInTheDocument();

  ok = true;
  await userEvent.type(screen.getByLabelText("Private key"), "NewKey9999");
  expect(screen.queryByText("Bad credentials")).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Test connection" }));
  expect(await screen.findByText("Connected: ConnectWise v2025.1.102345.")).toBeInTheDocument();
  expect(screen.getByText(/cloud · time zone Eastern Standard Time/)).toBeInTheDocument();

  const tests = server.requests.filter((request) => request.method === "POST");
  expect(await tests[1]?.json()).toMatchObject({ public_key: null, private_key: "NewKey9999" });
  expect(server.calls(`PUT ${CONNECTION}`)).toBe(0);
});

test("deleting asks first, then the page starts over without a connection", async () => {
  let deleted = false;
  const server = fakeApi({
    [`GET ${CONNECTION}`]: () => (deleted ? json(NOT_CONNECTED, 409) : json(saved)),
    [`DELETE ${CONNECTION}`]: () => {
      deleted = true;
      return new Response(null, { status: 204 });
    },
  });
  renderWithProviders(<PsaConnectionPage />);

  await userEvent.click(await screen.findByRole("button", { name: "Delete connection…" }));
  const dialog = screen.getByRole("dialog", { name: "Delete the ConnectWise connection?" });
  expect(server.calls(`DELETE ${CONNECTION}`)).toBe(0);
  await userEvent.click(within(dialog).getByRole("button", { name: "Delete connection" }));

  expect(await screen.findByText("Not connected")).toBeInTheDocument();
  expect(server.calls(`DELETE ${CONNECTION}`)).toBe(1);
  expect(screen.getByLabelText("Site")).toHaveValue("");
});
