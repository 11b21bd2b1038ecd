'use client';

import { moveKinds, tracks } from '@/lib/content/enums';
import { SuggestionMark } from '@/components/ui/provenance';
import { moveKindLabels, trackLabels } from '@/lib/labels';
import styles from './role-graph.module.css';

/**
 * What the graph's colours and line styles mean (the same CSS draws both); nodes also name their track in words.
 * A client component so its fixed words ship once in a cached script, not in every /paths response's payload.
 */
export function GraphLegend({ showRoute }: { showRoute: boolean }) {
  return (
    <div className={`${styles.tracks} mt-3 flex flex-wrap gap-x-8 gap-y-3 text-sm`}>
      <div>
        <h3 className="font-semibold">Tracks</h3>
        <ul className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
          {tracks.map((track) => (
            <li key={track} data-track={track} className="flex items-center gap-2">
              <svg width="24" height="16" aria-hidden="true">
                <rect className={styles.swatch} x="1" y="1" width="22" height="14" rx="3" />
              </svg>
              {trackLabels[track]}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="font-semibold">Moves</h3>
        <ul className="mt-1 space-y-1">
          {moveKinds.map((kind) => (
            <li key={kind} className="flex items-center gap-2">
              <svg width="40" height="10" aria-hidden="true">
                <line className={styles.edge} x1="0" y1="5" x2="40" y2="5" data-kind={kind} />
              </svg>
              {moveKindLabels[kind]}
            </li>
          ))}
          <li className="flex flex-wrap items-center gap-2">
            <svg width="40" height="10" aria-hidden="true">
              <line className={styles.band} x1="0" y1="5" x2="40" y2="5" />
              <line className={styles.edge} data-suggested="" x1="0" y1="5" x2="40" y2="5" />
            </svg>
            <SuggestionMark /> <span>a move of any kind that the article does not name</span>
          </li>
          {showRoute && (
            <li className="flex items-center gap-2">
              <svg width="40" height="10" aria-hidden="true">
                <line className={styles.edge} data-on-route="" x1="0" y1="5" x2="40" y2="5" />
              </svg>
              Your route (numbered steps)
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
