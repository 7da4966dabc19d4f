import { notFound } from 'next/navigation';

/** middleware.ts rewrites every request on a host that is no council here. */
export default function UnknownHostPage() {
  notFound();
}
