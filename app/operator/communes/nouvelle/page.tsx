import type { Metadata } from 'next';
import { formatEuros, PLANS } from '@/lib/billing/plans';
import { getEnv } from '@/lib/env';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { loadPresets } from '@/lib/operator/council-input';
import { requireOperator } from '@/lib/operator/operator-session';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';
import { CouncilWizard } from './council-wizard';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.operator.wizard.title };
}

/** O2: the onboarding wizard. */
export default async function NewCouncilPage() {
  await requireOperator();
  const { m, locale } = await getRequestMessages();
  const presets = await loadPresets();
  const origin = new URL(await getRequestOrigin());
  const siteExample = `${origin.protocol}//{slug}.${getEnv().ROOT_DOMAIN}${origin.port ? `:${origin.port}` : ''}`;
  const intl = locale === 'fr' ? 'fr-FR' : 'en-GB';
  const plans = PLANS.map((p) =>
    format(Number.isFinite(p.upTo) ? m.operator.planLine : m.operator.planLineTop, {
      plan: m.operator.plans[p.key],
      upTo: new Intl.NumberFormat(intl).format(p.upTo),
      price: formatEuros(p.yearlyCents, intl),
    }),
  );
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">{m.operator.wizard.title}</h1>
      <p className="mt-2 text-lg">{m.operator.wizard.intro}</p>
      <CouncilWizard
        w={m.operator.wizard}
        kinds={m.kinds}
        plans={plans}
        siteExample={siteExample}
        presets={Object.entries(presets.categoryPresets).map(([key, p]) => ({ key, label: p.label, description: p.description }))}
      />
    </div>
  );
}
