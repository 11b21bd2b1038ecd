import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { brokenFixture } from '../../support/broken-fixtures';

describe('next build', () => {
  it('fails on broken content with the file, field path and suggestion', () => {
    // next.config.ts validates content before compiling, so this fails within seconds.
    const result = spawnSync('npx', ['next', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: brokenFixture('broken-growth-target'),
        NEXT_DIST_DIR: '.next-broken-content-test',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('roles/agent.json: growth[0].to: unknown role "team-leadr"; did you mean "team-leader"?');
  }, 60_000);
});
