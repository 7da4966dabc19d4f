import type { Messages } from '@/lib/i18n/fr';

/**
 * On every page of a council's training sandbox (A8): nobody should mistake it for the real
 * site, nor think a real neighbour will read what they write there.
 */
export function SandboxBanner({ m }: { m: Messages }) {
  return (
    <div className="border-b-4 border-amber-700 bg-amber-100 px-4 py-3 text-center text-amber-950" data-testid="sandbox-banner">
      <p className="text-lg">
        <strong className="font-bold uppercase tracking-wide">{m.sandbox.banner}</strong> — {m.sandbox.bannerText}
      </p>
    </div>
  );
}
