// `npm run content:check [dir]`: validates content (or a fixture dir) and prints one line per problem.
import { checkContent, contentDirectory } from '../lib/content/load';
import { formatProblem } from '../lib/content/validate';

const dir = process.argv[2] ?? contentDirectory();
const { content, problems } = checkContent(dir);
if (!content) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\ncontent:check found ${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`content:check ok: ${content.roles.length} roles, ${content.backgrounds.length} backgrounds, ${content.skills.length} skills, ${content.glossary.length} terms, ${content.certifications.length} certifications, ${content.guides.length} guides`);
