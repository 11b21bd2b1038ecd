// The slice of autocannon's API the benchmark uses (it ships no types, and @types/autocannon's
// peer range conflicts with vitest's).
declare module 'autocannon' {
  interface Histogram {
    average: number;
    total: number;
    p50: number;
    p99: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  export default function autocannon(options: { url: string; connections: number; duration: number; timeout?: number }): Promise<Result>;
}
