import Link from 'next/link';
import { getContent } from '@/lib/content/load';

export default function HomePage() {
  const { roles } = getContent();
  return (
    <div>
      <h1 className="text-4xl font-bold tracking-tight">Where can a BPO job take you?</h1>
      <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
        Business Process Outsourcing is work a company hands to a specialist provider: customer support, technical
        help, payroll, data entry and more. Explore {roles.length} roles, the skills each one takes and the roles it
        leads to.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-3">
        <li>
          <Link href="/roles" className="block rounded-lg border border-slate-200 p-4 font-semibold dark:border-slate-700">
            Browse roles
          </Link>
        </li>
      </ul>
    </div>
  );
}
