import { occupationFits } from './content/enums';
import type { OccupationCodes, OccupationFit, Role, StandardOccupation } from './content/schemas';

// The standard occupation classifications the content's codes come from, and how to read a code:
// where it is published, its fit in words. One place for the page, the JSON-LD, the API and the CSV.

export type Classification = keyof OccupationCodes;

export const classifications: readonly Classification[] = ['onetSoc', 'isco08', 'esco'];

/** Each classification's name as its publisher writes it, the short name put before a code, and the page that lists its codes. */
export const codeSets: Record<Classification, { name: string; short: string; url: string }> = {
  onetSoc: { name: 'O*NET-SOC 2019', short: 'O*NET-SOC', url: 'https://www.onetcenter.org/taxonomy/2019/list.html' },
  isco08: { name: 'ISCO-08', short: 'ISCO-08', url: 'https://www.ilo.org/public/english/bureau/stat/isco/isco08/' },
  esco: { name: 'ESCO', short: 'ESCO', url: 'https://esco.ec.europa.eu/en/classification/occupation_main' },
};

/**
 * The address of one code: O*NET OnLine's page for an O*NET-SOC code, the ESCO concept's own URI.
 * ISCO-08 publishes no page per unit group, so there is none.
 */
export function occupationUrl(classification: Classification, code: string): string | undefined {
  if (classification === 'onetSoc') return `https://www.onetonline.org/link/summary/${code}`;
  if (classification === 'esco') return `http://data.europa.eu/esco/occupation/${code}`;
  return undefined;
}

/** A fit in words, for a reader who does not know the rating scale. */
export const fitLabels: Record<OccupationFit, string> = {
  exact: 'exact fit',
  close: 'close fit',
  broad: 'broad fit: the code covers much more than this job',
  none: 'no code fits well; this is the nearest',
};

export interface ClassifiedOccupation {
  classification: Classification;
  occupation: StandardOccupation;
}

/**
 * The code to name first: the best fit in any classification, O*NET-SOC first on a tie (job boards
 * join on it most). Each list is closest first, so only the heads compete.
 */
export function closestOccupation(codes: OccupationCodes): ClassifiedOccupation {
  const heads = classifications.flatMap((classification) => {
    const occupation = codes[classification][0];
    return occupation ? [{ classification, occupation }] : [];
  });
  const rank = (fit: OccupationFit) => occupationFits.indexOf(fit);
  return heads.reduce((best, next) => (rank(next.occupation.fit) < rank(best.occupation.fit) ? next : best));
}

/** Codes that fit at all (exact, close or broad): the ones structured data may claim for the job. */
export function fittingOccupations(codes: OccupationCodes): ClassifiedOccupation[] {
  return classifications.flatMap((classification) =>
    codes[classification].filter((o) => o.fit !== 'none').map((occupation) => ({ classification, occupation })),
  );
}

/** A role's codes. Content validation requires them on every role, so only a hand-built role can lack them. */
export function roleOccupations(role: Pick<Role, 'slug' | 'occupations'>): OccupationCodes {
  if (!role.occupations) throw new Error(`role "${role.slug}" has no occupation codes; content validation requires them`);
  return role.occupations;
}
