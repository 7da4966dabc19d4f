import { setLocaleAction } from '@/app/_actions/set-locale';
import type { Messages } from '@/lib/i18n/fr';
import type { Locale } from '@/lib/i18n/messages';

export function LanguageSwitch({ locale, m, back }: { locale: Locale; m: Messages; back: string }) {
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="back" value={back} />
      <button
        type="submit"
        lang={other}
        aria-label={m.common.switchToLabel}
        className="min-h-12 rounded-md px-3 font-semibold underline decoration-2 hover:no-underline"
      >
        {m.common.switchTo}
      </button>
    </form>
  );
}
