/** Chromium's flags for headless runs here: no sandbox (containers), no GPU, nothing phoning home. */
export const chromiumArgs: string[];
/** Finds Chromium, installing Debian's package when running as root; exits with advice otherwise. */
export function ensureChromium(): string;
