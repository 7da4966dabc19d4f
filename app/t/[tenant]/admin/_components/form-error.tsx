/** The sentence that says what went wrong with a form, read out at once. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
      {message}
    </p>
  );
}
