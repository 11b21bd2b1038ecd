import type { Provenance } from './provenance';

/**
 * Whether a claim is this guide's own suggestion rather than the article's. Apart from the schema
 * (lib/content/provenance.ts) so browser code can ask without bringing zod.
 */
export function isEditorial(source: Provenance | undefined): source is Extract<Provenance, { editorial: string }> {
  return source !== undefined && 'editorial' in source;
}
