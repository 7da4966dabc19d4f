'use client';

import { useEffect, useState } from 'react';

const POLL_MS = 30_000;

/** The number of unread messages in the header, kept current without reloading the page. */
export function UnreadBadge({ initial, label }: { initial: number; label: string }) {
  const [count, setCount] = useState(initial);
  useEffect(() => {
    const timer = setInterval(async () => {
      if (document.visibilityState !== 'visible') return;
      const response = await fetch('/api/messages/unread', { cache: 'no-store' }).catch(() => null);
      if (response?.ok) setCount(((await response.json()) as { count: number }).count);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, []);
  if (!count) return null;
  return (
    <span className="ml-1 inline-flex min-w-7 items-center justify-center rounded-full bg-white px-2 text-base font-bold text-primary">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{label.replace('{n}', String(count))}</span>
    </span>
  );
}
