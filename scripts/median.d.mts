/** The median of the numbers given, leaving out any that are not numbers (a run that failed); NaN when none are left. */
export function median(values: readonly number[]): number;
