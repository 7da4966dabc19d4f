import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { requireStaff } from '@/lib/auth/require-user';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { CONSOLE_SECTIONS, STAFF_CONSOLE_ROLES } from '@/lib/staff/console-sections';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: { default: m.admin.consoleTitle, template: `%s — ${m.admin.consoleTitle}` }, robots: { index: false } };
}

/**
 * The staff console (A1–A11), at /admin on the council's own host and in its branding. Each
 * page checks its own roles on the server; this layout only lets staff in and shows the menu.
 */
export default async function StaffConsoleLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  const user = await requireStaff(tenant.id, '/admin', STAFF_CONSOLE_ROLES);
  const { m } = await getRequestMessages();
  const sections = CONSOLE_SECTIONS.filter((s) => (s.roles as readonly string[]).includes(user.role));
  return (
    <div className="flex flex-col gap-6 lg:flex-row">
      <nav aria-label={m.admin.nav} className="lg:w-60 lg:shrink-0">
        <p className="text-lg font-bold">{m.admin.consoleTitle}</p>
        <p className="text-base text-zinc-700">{format(m.admin.signedInAs, { name: user.name ?? '', role: m.admin.roles[user.role] })}</p>
        <ul className="mt-3 flex flex-wrap gap-1 lg:flex-col">
          {sections.map((s) => (
            <li key={s.key}>
              <a href={s.path} className="inline-flex min-h-12 w-full items-center rounded-md px-3 font-semibold underline decoration-2 hover:bg-white">
                {m.admin.sections[s.key]}
              </a>
            </li>
          ))}
          <li>
            <a href="/" className="inline-flex min-h-12 w-full items-center rounded-md px-3 underline hover:bg-white">
              {m.admin.backToSite}
            </a>
          </li>
        </ul>
      </nav>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
