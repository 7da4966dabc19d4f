/** The result of the last action, announced politely to screen readers. */
export function Flash({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3 text-lg font-semibold text-green-900">
      {text}
    </p>
  );
}
