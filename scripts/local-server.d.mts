/** Resolves once `url` answers at all (any status), or after about `tries` × 200 ms. */
export function waitFor(url: string, tries?: number): Promise<void>;
/** Starts the standalone server on 127.0.0.1:`port` and resolves once /healthz answers. */
export function startLocalServer(port: number, env?: Record<string, string>): Promise<{ origin: string; stop: () => void }>;
/** Asks once for each page and the hashed assets it names, and waits until those come as Brotli. */
export function warmUp(origin: string, paths: string[]): Promise<void>;
