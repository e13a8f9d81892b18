/**
 * Starts the app as `make run` would, but throwaway: `python -m app.cli --data-dir <tmp> run` on a
 * free port (embedded PostgreSQL, migrations, demo data, the built SPA), and stops it afterwards.
 * Tests find it through E2E_BASE_URL and its data folder (dev secrets) through E2E_DATA_DIR.
 * Beside it runs the fake ConnectWise PSA (backend/tests/fakes/connectwise.py, with demo tickets
 * and members) at E2E_CONNECTWISE_URL.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const FRONTEND = fileURLToPath(new URL("..", import.meta.url));
const BACKEND = join(FRONTEND, "..", "backend");
const ARTIFACTS = join(FRONTEND, "e2e", "artifacts");
const SERVER_LOG = join(ARTIFACTS, "server.log");
const CONNECTWISE_LOG = join(ARTIFACTS, "connectwise.log");
const START_TIMEOUT_MS = 120_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => {
        if (typeof address === "object" && address) resolve(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}

async function waitUntilReady(readyUrl: string, server: ChildProcess, logFile = SERVER_LOG): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The app exited with ${server.exitCode} while starting; see ${logFile}`);
    }
    try {
      if ((await fetch(readyUrl)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not become ready within ${START_TIMEOUT_MS / 1000} s; see ${logFile}`);
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => server.kill("SIGKILL"), 20_000);
    server.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    server.kill("SIGTERM"); // the CLI then stops its embedded PostgreSQL
  });
}

/** The fake ConnectWise on a free port (its default credentials: see the spec using it). */
async function startFakeConnectWise(python: string): Promise<ChildProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const fake = spawn(python, ["-m", "tests.fakes.connectwise", "--port", String(port)], { cwd: BACKEND, stdio: ["ignore", "pipe", "pipe"] });
  const log = createWriteStream(CONNECTWISE_LOG);
  fake.stdout.pipe(log);
  fake.stderr.pipe(log);
  try {
    await waitUntilReady(`${url}/_fake/notes`, fake, CONNECTWISE_LOG);
  } catch (error) {
    await stop(fake);
    throw error;
  }
  process.env.E2E_CONNECTWISE_URL = url;
  return fake;
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  // E2E_SPA_DIR: a build elsewhere (`vite build --outDir …`), so several checkouts' runs do not share dist/.
  const spaDir = process.env.E2E_SPA_DIR ?? join(FRONTEND, "dist");
  if (!existsSync(join(spaDir, "index.html"))) {
    throw new Error(`No SPA build in ${spaDir}: run \`npm run build\` first (make e2e does).`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "rf-e2e-"));
  const env = {
    ...process.env,
    ENVIRONMENT: "local",
    EMBEDDING_WORKER: "false",
    ACCESS_LOG: "false",
    LOG_LEVEL: "WARNING",
    // Test-only and local-only: PUT /api/v1/dev/clock moves the server's clock (e2e/support/server.ts).
    E2E_CLOCK_CONTROL: "true",
    SPA_DIR: spaDir,
  };
  // Always the throwaway embedded database and fresh dev secrets (written to dataDir), never a configured one.
  for (const name of ["DATABASE_URL", "SECRET_KEY", "ENCRYPTION_KEY", "FRONTEND_URL", "SMTP_HOST"]) {
    Reflect.deleteProperty(env, name);
  }
  const log = createWriteStream(SERVER_LOG);
  const python = process.env.BACKEND_PYTHON ?? join(BACKEND, ".venv", "bin", "python");
  const connectwise = await startFakeConnectWise(python);
  const server = spawn(python, ["-m", "app.cli", "--data-dir", dataDir, "run", "--port", String(port)], {
    cwd: BACKEND,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout.pipe(log);
  server.stderr.pipe(log);

  try {
    await waitUntilReady(`${baseUrl}/readyz`, server);
  } catch (error) {
    await Promise.all([stop(server), stop(connectwise)]);
    console.error(readFileSync(SERVER_LOG, "utf8").slice(-4000));
    throw error;
  }
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_DATA_DIR = dataDir;

  return async () => {
    await Promise.all([stop(server), stop(connectwise)]);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
