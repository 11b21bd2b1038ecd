// A counselor's panel of career changers, shared by the unit test (the advice) and the end-to-end
// test (the page). Each row is a person who names only the job they had
// (`/match?background=<slug>`), the roles a counselor would name first for them, and the roles a
// counselor would reject as a first application. The rows were written from the article and from
// plain counselor sense BEFORE the match ran with backgrounds, and are never tuned to its output.
// The article on the way in: "BPO roles are often entry-level"; specialised roles ask for
// "Industry-specific certifications or knowledge".

export interface CareerChanger {
  background: string;
  /** Roles a counselor would name first: at least one of them is in the top three of "apply now". */
  first: readonly string[];
  /** Where the counselor is sure of the first role: "apply now" starts with it. */
  exactlyFirst?: string;
  /** Roles a counselor would reject as a first application: none is in "apply now". */
  rejected: readonly string[];
}

const niche = ['medical-coder', 'insurance-claims-specialist', 'mortgage-processor', 'legal-transcriptionist'];
const withoutNiche = (...kept: string[]) => niche.filter((slug) => !kept.includes(slug));
const techSupport = 'technical-support-specialist';
export const csr = 'customer-service-representative';
const backOffice = 'back-office-specialist';

export const careerChangers: [who: string, person: CareerChanger][] = [
  // Talks with customers all day and settles complaints at the till: the CSR's "inbound and outbound
  // customer interactions". No technical or niche knowledge, so support and specialised roles wait.
  ['a retail cashier', { background: 'retail-cashier', first: [csr], exactlyFirst: csr, rejected: [techSupport, ...niche] }],
  // Led a shift to targets and took the escalated customers: the team leader's job, this guide's
  // marked entry point; or start as a CSR. Still no niche knowledge.
  ['a retail supervisor', { background: 'retail-supervisor', first: [csr, 'team-leader'], rejected: [techSupport, ...niche] }],
  // Sells and answers shoppers face to face: customer service.
  ['a sales associate', { background: 'sales-associate', first: [csr], rejected: [techSupport, ...niche] }],
  // Serves guests, keeps calm through rushes and complaints: customer service.
  ['a food server', { background: 'food-server', first: [csr], rejected: [techSupport, ...niche] }],
  // Data entry, records and filing: the article's back office, "data entry, or other administrative functions".
  ['an office clerk', { background: 'office-clerk', first: [backOffice], rejected: [techSupport, ...niche] }],
  // Counter service in a bank: customer service, back office, or mortgage processing in a finance BPO.
  // Nothing about health, law or insurance.
  [
    'a bank teller',
    { background: 'bank-teller', first: [csr, backOffice, 'mortgage-processor'], rejected: [techSupport, ...withoutNiche('mortgage-processor')] },
  ],
  // Keeps books, payroll and invoices: back office ("payroll, billing"), or accounting as this guide's marked entry point.
  [
    'a bookkeeper',
    {
      background: 'bookkeeper',
      first: [backOffice, 'accountant'],
      rejected: [techSupport, 'medical-coder', 'legal-transcriptionist', 'insurance-claims-specialist'],
    },
  ],
  // Knows medicine from the ward: the healthcare niche, medical coding, first. Law, mortgages and
  // insurance are other niches, and support asks for technical knowledge.
  ['a nurse', { background: 'nurse', first: ['medical-coder'], exactlyFirst: 'medical-coder', rejected: [techSupport, ...withoutNiche('medical-coder')] }],
  // Patient, caring, talks with families; some health knowledge but no clinical training: customer service first.
  ['a caregiver', { background: 'caregiver', first: [csr], rejected: [techSupport, ...withoutNiche('medical-coder')] }],
  // Explains for a living; with no BPO experience the way in is an entry role (as in the persona panel).
  ['a teacher', { background: 'teacher', first: [csr], rejected: [techSupport, ...niche] }],
  // Knows legal documents and terms: the legal niche, legal transcription, first.
  [
    'a paralegal',
    {
      background: 'paralegal',
      first: ['legal-transcriptionist'],
      exactlyFirst: 'legal-transcriptionist',
      rejected: [techSupport, ...withoutNiche('legal-transcriptionist')],
    },
  ],
  // Runs inboxes, calendars and records for clients remotely: back office or customer service.
  ['a virtual assistant', { background: 'virtual-assistant', first: [backOffice, csr], rejected: [techSupport, ...niche] }],
  // Fixes computers and explains the fix: technical support ("Strong technical knowledge, patience").
  ['a computer repair technician', { background: 'computer-repair-technician', first: [techSupport], exactlyFirst: techSupport, rejected: niche }],
  // Answers the phone and visitors all day: customer service.
  ['a receptionist', { background: 'receptionist', first: [csr], rejected: [techSupport, ...niche] }],
];
