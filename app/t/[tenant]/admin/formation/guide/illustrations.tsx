import type { ReactNode } from 'react';
import type { Messages } from '@/lib/i18n/fr';
import type { GuideKey } from '@/lib/staff/training-guides';

/**
 * Annotated sketches of the console's screens for the staff guide (A8), drawn inline: no
 * external image, the labels in the reader's language, numbered marks matching the steps.
 */
const W = 520;

function Screen({ title, height, children }: { title: string; height: number; children: ReactNode }) {
  return (
    <>
      <rect x="1" y="1" width={W - 2} height={height - 2} rx="10" fill="#ffffff" stroke="#52525b" strokeWidth="2" />
      <rect x="1" y="1" width={W - 2} height="34" rx="10" fill="var(--color-primary)" />
      <rect x="1" y="24" width={W - 2} height="11" fill="var(--color-primary)" />
      <text x="16" y="24" fontSize="15" fontWeight="700" fill="var(--color-on-primary)">
        {title}
      </text>
      {children}
    </>
  );
}

function Mark({ n, x, y }: { n: number; x: number; y: number }) {
  return (
    <g>
      <circle cx={x} cy={y} r="13" fill="#9a3412" stroke="#ffffff" strokeWidth="2" />
      <text x={x} y={y + 5} fontSize="14" fontWeight="700" fill="#ffffff" textAnchor="middle">
        {n}
      </text>
    </g>
  );
}

function Field({ x, y, w, label }: { x: number; y: number; w: number; label: string }) {
  return (
    <g>
      <text x={x} y={y} fontSize="13" fontWeight="600" fill="#18181b">
        {label}
      </text>
      <rect x={x} y={y + 6} width={w} height="26" rx="4" fill="#ffffff" stroke="#71717a" strokeWidth="2" />
    </g>
  );
}

function Button({ x, y, w, label, filled = true }: { x: number; y: number; w: number; label: string; filled?: boolean }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height="30" rx="6" fill={filled ? 'var(--color-primary)' : '#ffffff'} stroke="var(--color-primary)" strokeWidth="2" />
      <text x={x + w / 2} y={y + 20} fontSize="13" fontWeight="700" fill={filled ? 'var(--color-on-primary)' : 'var(--color-primary)'} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

function Moderate({ f, title }: { f: Messages['training']['guide']['moderate']['figure']; title: string }) {
  return (
    <Screen title={title} height={300}>
      <text x="20" y="66" fontSize="16" fontWeight="700" fill="#18181b">
        {f.queue}
      </text>
      <Mark n={1} x={W - 36} y={60} />
      <rect x="20" y="80" width={W - 40} height="200" rx="8" fill="#fafafa" stroke="#a1a1aa" />
      <text x="34" y="106" fontSize="14" fontWeight="700" fill="#18181b">
        {f.post}
      </text>
      <rect x="34" y="116" width="120" height="22" rx="11" fill="#fee2e2" stroke="#991b1b" />
      <text x="94" y="131" fontSize="12" fontWeight="600" fill="#7f1d1d" textAnchor="middle">
        {f.reports}
      </text>
      <Mark n={2} x={W - 36} y={112} />
      <Field x={34} y={162} w={W - 110} label={f.reason} />
      <Mark n={4} x={W - 36} y={180} />
      <Button x={34} y={232} w={130} label={f.approve} />
      <Button x={180} y={232} w={130} label={f.hide} filled={false} />
      <Mark n={3} x={150} y={228} />
    </Screen>
  );
}

function Assisted({ f, title }: { f: Messages['training']['guide']['assisted']['figure']; title: string }) {
  return (
    <Screen title={title} height={380}>
      <rect x="20" y="48" width={W - 40} height="150" rx="8" fill="#fffbeb" stroke="#b45309" strokeWidth="2" />
      <text x="34" y="70" fontSize="14" fontWeight="700" fill="#18181b">
        {f.person}
      </text>
      <Field x={34} y={92} w={200} label={f.name} />
      <Field x={250} y={92} w={200} label={f.phone} />
      <Field x={34} y={146} w={416} label={f.address} />
      <Mark n={2} x={W - 36} y={100} />
      <Mark n={3} x={W - 36} y={164} />
      <rect x="20" y="210" width={W - 40} height="44" rx="8" fill="#ffffff" stroke="#a1a1aa" />
      <rect x="34" y="222" width="20" height="20" rx="3" fill="var(--color-primary)" />
      <path d="M38 232 l5 5 l8 -10" stroke="#ffffff" strokeWidth="3" fill="none" />
      <text x="64" y="237" fontSize="13" fontWeight="600" fill="#18181b">
        {f.consent}
      </text>
      <Mark n={4} x={W - 36} y={232} />
      <rect x="20" y="266" width={W - 40} height="60" rx="8" fill="#ffffff" stroke="#a1a1aa" />
      <text x="34" y="288" fontSize="14" fontWeight="700" fill="#18181b">
        {f.need}
      </text>
      <rect x="34" y="296" width={W - 110} height="20" rx="4" fill="#f4f4f5" stroke="#a1a1aa" />
      <Button x={20} y={338} w={190} label={f.publish} />
      <Mark n={5} x={226} y={353} />
    </Screen>
  );
}

function Announcement({ f, title }: { f: Messages['training']['guide']['announcement']['figure']; title: string }) {
  return (
    <Screen title={title} height={320}>
      <rect x="20" y="46" width={W - 40} height="30" rx="6" fill="var(--color-accent)" />
      <text x="34" y="66" fontSize="13" fontWeight="700" fill="var(--color-on-accent)">
        {f.banner}
      </text>
      <Mark n={5} x={W - 36} y={61} />
      <text x="20" y="104" fontSize="15" fontWeight="700" fill="#18181b">
        {f.form}
      </text>
      <Field x={20} y={126} w={W - 100} label={f.titleField} />
      <Field x={20} y={178} w={W - 100} label={f.body} />
      <Mark n={2} x={W - 50} y={150} />
      <text x="20" y="236" fontSize="13" fontWeight="600" fill="#18181b">
        {f.email}
      </text>
      <circle cx="30" cy="254" r="7" fill="#ffffff" stroke="#52525b" strokeWidth="2" />
      <circle cx="30" cy="254" r="3" fill="var(--color-primary)" />
      <rect x="44" y="248" width="160" height="12" rx="3" fill="#e4e4e7" />
      <Mark n={4} x={W - 50} y={246} />
      <Button x={20} y={276} w={200} label={f.publish} />
    </Screen>
  );
}

function Crisis({ f, title }: { f: Messages['training']['guide']['crisis']['figure']; title: string }) {
  return (
    <Screen title={title} height={340}>
      <rect x="20" y="46" width={W - 40} height="30" rx="6" fill="#7f1d1d" />
      <text x="34" y="66" fontSize="13" fontWeight="700" fill="#ffffff">
        {f.alert}
      </text>
      <Mark n={4} x={W - 36} y={61} />
      <text x="20" y="102" fontSize="14" fontWeight="600" fill="#18181b">
        {f.standby}
      </text>
      <text x="20" y="132" fontSize="15" fontWeight="700" fill="#18181b">
        {f.plan}
      </text>
      <Field x={20} y={152} w={W - 100} label={f.banner} />
      <Mark n={1} x={W - 50} y={174} />
      <Button x={20} y={206} w={220} label={f.activate} />
      <Mark n={3} x={256} y={221} />
      <rect x="150" y="250" width="350" height="76" rx="10" fill="#ffffff" stroke="#18181b" strokeWidth="2" />
      <rect x="150" y="250" width="6" height="76" fill="#7f1d1d" />
      <Button x={170} y={282} w={250} label={f.confirm} />
      <Mark n={3} x={470} y={297} />
    </Screen>
  );
}

export function GuideIllustration({ guide, m }: { guide: GuideKey; m: Messages }) {
  const g = m.training.guide[guide];
  const sections = m.admin.sections;
  const heights = { moderate: 300, assisted: 380, announcement: 320, crisis: 340 };
  const id = `illustration-${guide}`;
  return (
    <svg role="img" aria-labelledby={id} viewBox={`0 0 ${W} ${heights[guide]}`} className="h-auto w-full max-w-2xl">
      <title id={id}>{`${m.training.guide.figureLabel} : ${g.title}`}</title>
      {guide === 'moderate' ? <Moderate f={m.training.guide.moderate.figure} title={sections.moderation} /> : null}
      {guide === 'assisted' ? <Assisted f={m.training.guide.assisted.figure} title={sections.assisted} /> : null}
      {guide === 'announcement' ? <Announcement f={m.training.guide.announcement.figure} title={sections.announcements} /> : null}
      {guide === 'crisis' ? <Crisis f={m.training.guide.crisis.figure} title={sections.crisis} /> : null}
    </svg>
  );
}
