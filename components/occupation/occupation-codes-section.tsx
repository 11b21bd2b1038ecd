import { DetailSection } from '@/components/ui/detail-section';
import { mutedTextClass } from '@/components/ui/styles';
import type { OccupationCodes } from '@/lib/content/schemas';
import { classifications, closestOccupation, codeSets, fitLabels, occupationUrl, type ClassifiedOccupation } from '@/lib/occupations';

/** A code's title, linked to its page where the classification has one (plain links: the page requests nothing). */
function OccupationName({ classification, occupation }: ClassifiedOccupation) {
  const url = occupationUrl(classification, occupation.code);
  return url ? <a href={url}>{occupation.title}</a> : occupation.title;
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
  // Codes are for job boards and HR systems, which read the page or the API; a printed handout is for
  // the person, and keeps to two pages without them.
  return (
    <div className="print:hidden">
      <DetailSection
        id="occupations"
        title="Standard occupation codes"
        intro={`Where ${job} sits in the classifications job boards, workforce agencies and HR systems use: this guide’s own reading of them, since the article gives no codes.`}
      >
        {/* Paper keeps the list of codes, without addresses or notes, so a role still fits two pages. */}
        <p className="text-lg print:hidden">
          {closest.occupation.fit === 'none' ? 'No standard occupation fits well; the nearest is ' : 'Closest standard occupation: '}
          <OccupationName {...closest} />, {codeLabel(closest)} ({fitLabels[closest.occupation.fit]}).
        </p>
        <dl data-print-links="plain" className="mt-4 grid gap-4 print:mt-0 print:gap-1">
          {classifications.map((classification) =>
            codes[classification].length === 0 ? null : (
              <div key={classification} className="print:flex print:gap-2">
                <dt className="font-semibold print:after:content-[':']">{codeSets[classification].name}</dt>
                <dd>
                  <ul className="mt-1 grid gap-2 print:mt-0 print:gap-0">
                    {codes[classification].map((occupation) => (
                      <li key={occupation.code} data-occupation-code={occupation.code}>
                        <OccupationName classification={classification} occupation={occupation} />
                        {classification !== 'esco' && ` (${occupation.code})`}: {fitLabels[occupation.fit]}
                        {occupation.note && <span className={`block text-sm ${mutedTextClass} print:hidden`}>{occupation.note}</span>}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ),
          )}
        </dl>
      </DetailSection>
    </div>
  );
}
