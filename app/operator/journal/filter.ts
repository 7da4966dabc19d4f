import { AUDIT_ACTIONS, type AuditFilter } from '@/lib/operator/audit';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The journal's filters from the query string; anything malformed is simply ignored. */
export function auditFilterFrom(query: Record<string, string | string[] | undefined>): AuditFilter {
  const one = (k: string) => {
    const v = query[k];
    return (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 100) || undefined;
  };
  const action = one('action');
  const from = one('du');
  const to = one('au');
  return {
    action: action && (AUDIT_ACTIONS as readonly string[]).includes(action) ? action : undefined,
    actor: one('auteur'),
    council: one('commune'),
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
  };
}

export function auditQueryString(filter: AuditFilter) {
  const params = new URLSearchParams();
  if (filter.action) params.set('action', filter.action);
  if (filter.actor) params.set('auteur', filter.actor);
  if (filter.council) params.set('commune', filter.council);
  if (filter.from) params.set('du', filter.from);
  if (filter.to) params.set('au', filter.to);
  return params.toString();
}
