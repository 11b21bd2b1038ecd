/** Copies static assets, public files and content beside the standalone server; returns its folder. */
export function prepareStandalone(distDir?: string): string;
/** How the standalone server is started (node's arguments, run from its folder), here and in the Dockerfile. */
export const serverArgs: string[];
