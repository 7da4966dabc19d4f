'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject, tenantAction } from '@/lib/actions/tenant-action';
import { MAX_EMBED_HOSTS, parseEmbedHosts } from '@/lib/embed/embed-hosts';
import { saveEmbedHosts } from '@/lib/embed/embed-settings';
import { format } from '@/lib/i18n/messages';
import { AUDIT_ACTIONS } from '@/lib/staff/audit-actions';
import { rolesFor } from '@/lib/staff/console-sections';

const saveHosts = tenantAction({
  access: rolesFor('embed'),
  input: (m) =>
    z.object({
      hosts: z
        .preprocess((v) => (typeof v === 'string' ? v : ''), z.string())
        .pipe(z.string().max(6_000, format(m.embed.hostsTooMany, { max: MAX_EMBED_HOSTS })))
        .transform((text, ctx) => {
          const parsed = parseEmbedHosts(text);
          if (parsed.ok) return parsed.hosts;
          ctx.addIssue({
            code: 'custom',
            message: parsed.reason === 'too_many' ? format(m.embed.hostsTooMany, { max: MAX_EMBED_HOSTS }) : format(m.embed.hostInvalid, { line: parsed.line.slice(0, 80) }),
          });
          return z.NEVER;
        }),
    }),
  run: async ({ tx, tenant, user, input }) => {
    await saveEmbedHosts(tx, tenant.id, input.hosts, user.id);
    return input.hosts;
  },
  audit: (_ctx, hosts) => ({ action: AUDIT_ACTIONS.embedDomainsUpdate, targetType: 'embed', details: { hosts } }),
});

/** A11: the admin's list of the sites that may frame the council's embeddable page. */
export async function saveEmbedHostsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await saveHosts(formToObject(form));
  if (result.ok) redirect('/admin/integration?ok=1');
  return toFormState(result, form);
}
