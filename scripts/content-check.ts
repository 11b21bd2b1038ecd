// `npm run content:check [dir]`: validates content (or a fixture dir) and prints one line per problem.
// Checking the project's own content also checks the interface's words (pages, components, routes)
// against the same article fingerprint.
import { articleFingerprintSchema } from '../lib/content/fingerprint';
import { checkContent, contentDirectory, readInterfaceSources, readRawContent } from '../lib/content/load';
import { formatProblem } from '../lib/content/validate';

const dir = process.argv[2] ?? contentDirectory();
const { content, problems } = checkContent(dir);
if (!process.argv[2]) {
  const fingerprint = articleFingerprintSchema.safeParse(readRawContent(dir).raw.fingerprint.data);
  // Loaded only here: it brings TypeScript's parser, which a fixture check does not need.
  const { interfaceTextProblems } = await import('../lib/content/interface-text');
  if (fingerprint.success) problems.push(...interfaceTextProblems(readInterfaceSources(), fingerprint.data));
}
if (!content || problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\ncontent:check found ${problems.length} problem(s) in ${dir}${process.argv[2] ? '' : ' and the interface'}`);
  process.exit(1);
}
console.log(
  `content:check ok: ${content.roles.length} roles, ${content.backgrounds.length} backgrounds, ${content.skills.length} skills, ${content.glossary.length} terms, ${content.certifications.length} certifications, ${content.guides.length} guides, and the interface's words`,
);
