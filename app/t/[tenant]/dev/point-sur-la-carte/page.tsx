import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MapPointPicker } from '@/app/_components/map-point-picker';
import { isDevMailboxEnabled } from '@/lib/env';
import { getRequestMessages } from '@/lib/i18n/locale';
import { pointPickerProps } from '@/lib/map/point-picker-props';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export const metadata: Metadata = { robots: { index: false } };

/**
 * A bench for the point picker, on the same terms as the development mailbox (never where
 * real residents are): the location page mounts the picker for real; this page lets the
 * end-to-end suite drive it on its own.
 */
export default async function PointPickerDemoPage({ params }: { params: Promise<{ tenant: string }> }) {
  if (!isDevMailboxEnabled()) notFound();
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  const { m } = await getRequestMessages();
  const props = await pointPickerProps(tenant.id, council, m);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{m.pointPicker.demoTitle}</h1>
      <p className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-lg text-amber-950">{m.pointPicker.demoIntro}</p>
      <form>
        <MapPointPicker {...props} inputNames={{ lat: 'lat', lng: 'lng' }} />
      </form>
    </div>
  );
}
