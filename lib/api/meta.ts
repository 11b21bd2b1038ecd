// What the open data is and where it comes from: shown on /data and in the OpenAPI document.

/** The data's licence. A project decision, kept in this one place. */
export const dataLicence = {
  name: 'Creative Commons Attribution 4.0 International',
  spdx: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
