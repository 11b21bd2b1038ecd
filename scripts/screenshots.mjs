// `npm run screenshots`: retakes the pictures in docs/ at 390x844 (a mid-range phone) and 1280x900
// (a counselor's desk), from the production build served locally, in Debian's Chromium. Each shot is
// a viewport, scrolled to what the picture is about, so a reader sees what a person sees first.
// `npm run screenshots -- match role-reach` retakes only the named shots. Every run rewrites
// docs/screenshots.md, the page that links them all (tests/unit/docs-images.test.ts fails on an
// image nothing links to, or a link to a missing one).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, ensureChromium } from './find-chromium.mjs';
import { startLocalServer } from './local-server.mjs';

const port = Number(process.env.SCREENSHOTS_PORT ?? 3400);

/** name, address, and optionally what to scroll into view first. */
export const shots = [
  { name: 'home', path: '/' },
  { name: 'roles', path: '/roles' },
  { name: 'role', path: '/roles/customer-service-representative' },
  { name: 'role-reach', path: '/roles/customer-service-representative', scrollTo: '#reach-heading' },
  { name: 'skill', path: '/skills/communication' },
  { name: 'paths', path: '/paths' },
  { name: 'paths-legend', path: '/paths', scrollTo: '#graph-heading' },
  { name: 'paths-route', path: '/paths?from=customer-service-representative&to=operations-manager', scrollTo: '#plan-heading' },
  { name: 'match', path: '/match?skills=communication:strong,empathy,problem-solving' },
  { name: 'match-team-leader', path: '/match?from=team-leader', scrollTo: '#apply-heading' },
  {
    name: 'match-nursing-graduate',
    path: '/match?skills=healthcare-knowledge:strong,attention-to-detail:strong,confidentiality:strong,empathy:strong&tasks=medical-coder.2',
    scrollTo: '#apply-heading',
  },
  { name: 'backgrounds', path: '/backgrounds' },
  { name: 'background-nurse', path: '/backgrounds/nurse' },
  { name: 'background-nurse-apply', path: '/backgrounds/nurse', scrollTo: '#apply-first-heading' },
  { name: 'match-retail-cashier', path: '/match?background=retail-cashier' },
  { name: 'match-retail-cashier-results', path: '/match?background=retail-cashier', scrollTo: '#apply-heading' },
  { name: 'role-codes', path: '/roles/customer-service-representative', scrollTo: '#occupations-heading' },
  { name: 'compare', path: '/compare?roles=customer-service-representative,technical-support-specialist' },
  { name: 'glossary', path: '/glossary' },
  { name: 'guide', path: '/guides/road-to-leadership' },
  { name: 'search', path: '/search?q=team' },
  { name: 'about', path: '/about' },
  { name: 'about-levels', path: '/about', scrollTo: '#skill-levels' },
  { name: 'role-levels', path: '/roles/customer-service-representative', scrollTo: '#skills-heading' },
  { name: 'role-specialized', path: '/roles/medical-coder' },
  { name: 'data', path: '/data' },
  { name: 'not-found', path: '/roles/team-leadr' },
];
const sizes = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

const file = (shot, size) => `${shot.name}-${size.width}.png`;

/** docs/screenshots.md: every shot at both sizes, with the address it shows. */
export function screenshotIndex() {
  const rows = shots.map((shot) => {
    const where = shot.scrollTo ? `\`${shot.path}\`, scrolled to \`${shot.scrollTo}\`` : `\`${shot.path}\``;
    return `| ${where} | ${sizes.map((size) => `![${shot.name} at ${size.width} × ${size.height}](${file(shot, size)})`).join(' | ')} |`;
  });
  return [
    '# Screenshots',
    '',
    'Every main page at 390 × 844 (a mid-range phone) and 1280 × 900 (a counselor’s desk), from the production build in',
    'Chromium. `npm run screenshots` retakes them all and rewrites this page; `npm run screenshots -- role match` retakes two.',
    '',
    `| page | ${sizes.map((size) => `${size.width} × ${size.height}`).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
  ].join('\n');
}

async function retake(wanted) {
  const chrome = ensureChromium();
  const server = await startLocalServer(port);
  const browser = await chromium.launch({ executablePath: chrome, args: chromiumArgs });
  try {
    for (const shot of shots.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
      for (const size of sizes) {
        const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
        await page.goto(server.origin + shot.path, { waitUntil: 'networkidle' });
        if (shot.scrollTo)
          await page
            .locator(shot.scrollTo)
            .first()
            .evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: path.join('docs', file(shot, size)) });
        console.log(path.join('docs', file(shot, size)));
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = process.argv.slice(2);
  fs.writeFileSync('docs/screenshots.md', screenshotIndex());
  if (!wanted.includes('--index-only')) await retake(wanted);
}
