import { expect, test } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { absoluteUrl } from '@/lib/site';

// A counselor pastes a shared link into a chat: the preview a real link-preview scraper builds
// from the production server names the page, says what it is, points at the public address and
// shows an image that loads.

const sharedLinks = [
  { url: '/match?skills=communication:strong,empathy&target=team-leader', page: '/match', title: /Skill match/ },
  { url: '/paths?from=customer-service-representative&to=operations-manager', page: '/paths', title: /Customer Service Representative.*Operations Manager/i },
  { url: '/compare?roles=customer-service-representative,trainer', page: '/compare', title: /Compare roles/ },
  // Reading pages are shared too: a role, a skill, a guide and a past job.
  { url: '/roles/team-leader', page: '/roles/team-leader', title: /Team Leader/ },
  { url: '/skills/communication', page: '/skills/communication', title: /Communication/ },
  { url: '/guides/what-is-bpo', page: '/guides/what-is-bpo', title: /What business process outsourcing is/ },
  { url: '/backgrounds/nurse', page: '/backgrounds/nurse', title: /nurse/i },
];

for (const { url, page, title } of sharedLinks) {
  test(`a shared ${page} link unfurls with a title, a description, its public address and an image`, async ({ baseURL }) => {
    const { error, result } = await ogs({ url: new URL(url, baseURL).href, timeout: 20 });
    expect(error).toBe(false);
    expect(result.ogTitle).toMatch(title);
    expect(result.ogDescription?.length).toBeGreaterThan(40);
    expect(result.ogUrl).toBe(absoluteUrl(page));
    const image = result.ogImage?.[0];
    expect(image?.url).toMatch(/^https?:\/\//);
    // The public address is fixed at build time; fetch the image from this server at the same path.
    const served = await fetch(new URL(new URL(image!.url).pathname + new URL(image!.url).search, baseURL));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
  });
}
