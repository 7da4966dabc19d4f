import type { Messages } from '@/lib/i18n/fr';
import { format } from '@/lib/i18n/messages';
import type { ChecklistItem } from '@/lib/staff/training-checklist';

/** One person's tasks, each ticked or not, with the guide that explains it. */
export function Checklist({ items, m }: { items: ChecklistItem[]; m: Messages }) {
  const t = m.training;
  const done = items.filter((i) => i.done).length;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-lg font-semibold" data-testid="checklist-progress">
        {format(t.progress, { done, total: items.length })}
      </p>
      <ul className="flex flex-col gap-2" data-testid="checklist">
        {items.map((item) => (
          <li key={item.key} className="flex flex-wrap items-center gap-3 rounded-xl bg-white p-3 ring-1 ring-zinc-300">
            <span
              aria-hidden="true"
              className={item.done ? 'flex size-8 items-center justify-center rounded-full bg-green-800 text-lg font-bold text-white' : 'flex size-8 items-center justify-center rounded-full border-2 border-zinc-500'}
            >
              {item.done ? '✓' : ''}
            </span>
            <span className="flex-1 text-lg">
              {t.tasks[item.key]} <span className={item.done ? 'font-semibold text-green-900' : 'text-zinc-700'}>— {item.done ? t.done : t.todo}</span>
            </span>
            <a href={`/admin/formation/guide/${item.guide}`} className="text-base font-semibold underline">
              {t.readGuide}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
