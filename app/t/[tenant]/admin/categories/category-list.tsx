'use client';

import { useActionState, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { ButtonForm } from '../_components/button-form';
import { FormError } from '../_components/form-error';
import { moveCategoryAction, removeCategoryAction, reorderCategoriesAction, setCategoryOfferedAction } from './actions';

export type ListedCategory = { id: string; label: string; description: string; usage: string; badges: string[]; icon: ReactNode };

type Labels = { moveUp: string; moveDown: string; disable: string; remove: string; removeHint: string; dragHint: string };

/**
 * The categories offered, in order (A3). Each can be moved with its Monter / Descendre buttons
 * (plain forms: keyboard and no-JavaScript friendly); with a mouse, a category can also be
 * dragged to its place, which sends the whole new order at once.
 */
export function CategoryList({ items, labels }: { items: ListedCategory[]; labels: Labels }) {
  const [order, setOrder] = useState(items.map((c) => c.id));
  const [dragged, setDragged] = useState<string | null>(null);
  // Read in the drop handler: the state may not have re-rendered between dragstart and drop.
  const draggedRef = useRef<string | null>(null);
  const [state, reorder] = useActionState<FormState, FormData>(reorderCategoriesAction, {});
  const form = useRef<HTMLFormElement>(null);
  const orderInput = useRef<HTMLInputElement>(null);
  const byId = new Map(items.map((c) => [c.id, c]));
  // A server render with another set of categories (after an action) replaces the local order.
  const key = items.map((c) => c.id).join(',');
  const [seen, setSeen] = useState(key);
  if (seen !== key) {
    setSeen(key);
    setOrder(items.map((c) => c.id));
  }

  const drop = (target: string) => (e: DragEvent) => {
    e.preventDefault();
    const moving = draggedRef.current;
    draggedRef.current = null;
    setDragged(null);
    if (!moving || moving === target) return;
    const next = order.filter((id) => id !== moving);
    next.splice(next.indexOf(target) + (order.indexOf(moving) < order.indexOf(target) ? 1 : 0), 0, moving);
    setOrder(next);
    orderInput.current!.value = next.join(',');
    form.current!.requestSubmit();
  };

  return (
    <div className="flex flex-col gap-3">
      <p className="text-base text-zinc-700">{labels.dragHint}</p>
      <form ref={form} action={reorder} className="contents">
        <input ref={orderInput} type="hidden" name="order" defaultValue={order.join(',')} />
      </form>
      <FormError message={state.message} />
      <ol className="flex flex-col gap-3">
        {order.map((id, index) => {
          const c = byId.get(id)!;
          return (
            <li
              key={id}
              id={`categorie-${id}`}
              draggable
              onDragStart={(e) => {
                draggedRef.current = id;
                setDragged(id);
                e.dataTransfer.setData('text/plain', id);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => e.preventDefault()}
              onDragEnd={() => setDragged(null)}
              onDrop={drop(id)}
              className={`flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300 ${dragged === id ? 'opacity-60' : ''}`}
              data-testid="category-row"
            >
              <div className="flex items-start gap-3">
                <span aria-hidden="true" className="hidden cursor-grab select-none text-2xl text-zinc-500 sm:block">
                  ⠿
                </span>
                <span className="self-start rounded-lg bg-primary p-2 text-on-primary">{c.icon}</span>
                <div className="min-w-0 flex-1">
                  <p className="text-lg font-semibold">{c.label}</p>
                  {c.description ? <p className="text-base text-zinc-700">{c.description}</p> : null}
                  <p className="text-base text-zinc-700">{c.usage}</p>
                  {c.badges.map((b) => (
                    <p key={b} className="text-base font-semibold text-zinc-800">
                      {b}
                    </p>
                  ))}
                </div>
              </div>
              <div className="flex flex-wrap gap-2">
                {index > 0 ? (
                  <ButtonForm action={moveCategoryAction} hidden={{ categoryId: id, direction: 'up' }} label={labels.moveUp} srSuffix={c.label} />
                ) : null}
                {index < order.length - 1 ? (
                  <ButtonForm action={moveCategoryAction} hidden={{ categoryId: id, direction: 'down' }} label={labels.moveDown} srSuffix={c.label} />
                ) : null}
                <ButtonForm action={setCategoryOfferedAction} hidden={{ categoryId: id, offered: '0' }} label={labels.disable} srSuffix={c.label} />
                <ButtonForm action={removeCategoryAction} hidden={{ categoryId: id }} label={labels.remove} srSuffix={c.label} variant="danger" />
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
