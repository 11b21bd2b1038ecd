// Finds Debian's Chromium for Playwright (browser downloads are impossible here). When none is
// installed and we run as root on Debian, installs the `chromium` package; otherwise says what to do.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Chromium's flags for headless runs here: no sandbox (containers), no GPU, nothing phoning home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

/** Debian's Chromium (or CHROMIUM_PATH), when installed. */
function findChromium() {
  return candidates.find((candidate) => fs.existsSync(candidate));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log("Chromium not found: installing Debian's chromium package with apt-get…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error('No Chromium found: install it (Debian: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to its executable.');
  process.exit(1);
}
