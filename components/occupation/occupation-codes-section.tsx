import { DetailSection } from '@/components/ui/detail-section';
import { mutedTextClass } from '@/components/ui/styles';
import type { OccupationCodes } from '@/lib/content/schemas';
import { classifications, closestOccupation, codeSets, fitLabels, occupationUrl, type ClassifiedOccupation } from '@/lib/occupations';

/** A code's title, linked to its page where the classification has one (plain links: the page requests nothing). */
function OccupationName({ classification, occupation }: ClassifiedOccupation) {
  const url = occupationUrl(classification, occupation.code);
  return url ? <a href={url}>{occupation.title}</a> : <>{occupation.title}</>;
}

/** "O*NET-SOC 43-4051.00"; an ESCO ID is long and means nothing read aloud, so ESCO is named alone. */
function codeLabel({ classification, occupation }: ClassifiedOccupation): string {
  return classification === 'esco' ? codeSets.esco.short : `${codeSets[classification].short} ${occupation.code}`;
}

/**
 * Where a role or a past job sits in the classifications job boards and workforce systems join on,
 * the closest first, each with how well it fits in words.
 */
export function OccupationCodesSection({ codes, job }: { codes: OccupationCodes; job: string }) {
  const closest = closestOccupation(codes);
  return (
    <DetailSection
      id="occupations"
      title="Standard occupation codes"
      intro={`Where ${job} sits in the classifications that job boards, workforce agencies and HR systems use. The codes and how well each fits are this guide’s own reading of those classifications; the article gives none.`}
    >
      <p className="text-lg">
        {closest.occupation.fit === 'none' ? 'No standard occupation fits well; the nearest is ' : 'Closest standard occupation: '}
        <OccupationName {...closest} />, {codeLabel(closest)} ({fitLabels[closest.occupation.fit]}).
      </p>
      <dl className="mt-4 grid gap-4 print:gap-1">
        {classifications.map((classification) =>
          codes[classification].length === 0 ? null : (
            <div key={classification}>
              <dt className="font-semibold">{codeSets[classification].name}</dt>
              <dd>
                <ul className="mt-1 grid gap-2 print:gap-0">
                  {codes[classification].map((occupation) => (
                    <li key={occupation.code} data-occupation-code={occupation.code}>
                      <OccupationName classification={classification} occupation={occupation} />
                      {classification !== 'esco' && ` (${occupation.code})`}: {fitLabels[occupation.fit]}
                      {occupation.note && <span className={`block text-sm ${mutedTextClass}`}>{occupation.note}</span>}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ),
        )}
      </dl>
    </DetailSection>
  );
}
