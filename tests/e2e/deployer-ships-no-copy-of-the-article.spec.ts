import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { articleFingerprintSchema, articleIndex } from '../../lib/content/fingerprint';
import { prepareStandalone } from '../../scripts/serve.mjs';
import { articleCopies, filesUnder } from '../support/article-copies';

// Issue 21: the artifact a deployer ships (Next's standalone folder with the assets, public files and
// content that scripts/serve.mjs and the Dockerfile copy beside it) carries the article's fingerprint,
// never its text: no file in it holds a run of 15 of the article's words.
test('the standalone artifact holds no run of 15 of the article’s words, only its fingerprint', () => {
  test.setTimeout(180_000);
  const standalone = prepareStandalone(process.env.NEXT_DIST_DIR ?? '.next');
  const files = filesUnder(standalone);
  expect(files).toContain('server.js');
  expect(files).toContain(path.join('content', 'article-fingerprint.json'));
  expect(files.filter((f) => /article\.txt$/.test(f))).toEqual([]);
  // The pages the build wrote, whose words come from the content, are among the files checked.
  expect(files.some((f) => f.endsWith(path.join('roles', 'customer-service-representative.html')))).toBe(true);

  const fingerprint = articleFingerprintSchema.parse(JSON.parse(fs.readFileSync(path.join(standalone, 'content', 'article-fingerprint.json'), 'utf8')));
  expect(articleCopies(files, articleIndex(fingerprint), 15, standalone)).toEqual([]);
});
