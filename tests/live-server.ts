import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real classroom server (`apps/classroom/src/main.ts`), run by a test as
 * the teacher's laptop would run it: its own process, a data folder of its
 * own, the built lesson (`apps/lesson/dist`, built by the turbo graph before
 * the tests), listening on every address so that phones reach it by the
 * machine's network address, as real phones would.
 */

const classroomDir = fileURLToPath(new URL('../apps/classroom/', import.meta.url));
const lessonDist = fileURLToPath(new URL('../apps/lesson/dist/', import.meta.url));

/**
 * This machine's first non-internal IPv4 address: what a phone on the school
 * network would open. A connection from it is not loopback, so the server
 * treats it as it treats a phone (no teacher secret). `null` when the machine
 * has none (then phones use 127.0.0.1 and the test says so).
 */
export function networkAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const address of list ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return null;
}

/** A free TCP port (E2E_LIVE_PORT if set), so that checkouts running side by side do not clash. */
export async function freePort(): Promise<number> {
  const fromEnv = Number(process.env.E2E_LIVE_PORT);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '0.0.0.0', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The classroom server stopped at start:\n${output()}`);
    }
    try {
      const res = await fetch(`${url}api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The classroom server did not answer within 30 s:\n${output()}`);
}

export class LiveServer {
  /** The teacher's address: loopback, where the teacher secret is served. */
  readonly teacherUrl: string;
  /** The phones' address: the machine's network address when it has one. */
  readonly phoneUrl: string;
  /** True when phones reach the server by a non-loopback address. */
  readonly phonesOnNetwork: boolean;
  readonly dataDir: string;
  #child: ChildProcess | null = null;
  #log = '';

  private constructor(
    readonly port: number,
    phoneHost: string | null,
  ) {
    this.teacherUrl = `http://127.0.0.1:${port}/`;
    this.phonesOnNetwork = phoneHost !== null;
    this.phoneUrl = `http://${phoneHost ?? '127.0.0.1'}:${port}/`;
    this.dataDir = mkdtempSync(join(tmpdir(), 'e2ee-kit-live-'));
  }

  /** Starts a server on a free port, with a new data folder. */
  static async start(): Promise<LiveServer> {
    const server = new LiveServer(await freePort(), networkAddress());
    await server.#spawn();
    return server;
  }

  /** What the server printed (stdout and its pino log on stderr), for a failure's message. */
  get log(): string {
    return this.#log;
  }

  async #spawn(): Promise<void> {
    const child = spawn(
      process.execPath,
      ['--conditions=@e2ee-kit/source', '--import', 'tsx', 'src/main.ts'],
      {
        cwd: classroomDir,
        env: {
          ...process.env,
          PORT: String(this.port),
          // Every address: loopback for the teacher, the network address for the phones.
          HOST: this.phonesOnNetwork ? '0.0.0.0' : '127.0.0.1',
          CLASSROOM_DATA_DIR: this.dataDir,
          CLASSROOM_STATIC_DIR: lessonDist,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.#child = child;
    const keep = (chunk: Buffer) => {
      // The last 20 kB are enough to explain a failure.
      this.#log = (this.#log + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    await waitForHealth(this.teacherUrl, child, () => this.#log);
  }

  /** Kills the process at once (SIGKILL: no goodbye to the phones), as a crash or a pulled plug would. */
  async kill(): Promise<void> {
    const child = this.#child;
    this.#child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** Starts the server again on the same port and data folder. */
  async restart(): Promise<void> {
    await this.kill();
    await this.#spawn();
  }

  /** Stops the server and deletes its data folder. */
  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = null;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
