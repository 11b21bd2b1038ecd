import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export interface RunningServer {
  origin: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * Starts a production server the way a deployer would and waits until it answers. `args` receives
 * the port; `origin` is always reached over 127.0.0.1, which every bind address in these tests covers.
 */
export async function startServer(
  command: string,
  args: (port: number) => string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(command, args(port), {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      process.kill(-child.pid!, 'SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  };
  for (let attempt = 0; attempt < 120; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return { origin, output: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`server did not answer within 30 s:\n${log}`);
}
