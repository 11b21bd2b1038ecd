/** Copies static assets, public files and content beside the standalone server; returns its folder. */
export function prepareStandalone(distDir?: string): string;
