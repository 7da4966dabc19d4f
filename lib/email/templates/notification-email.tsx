import { Link, Text } from '@react-email/components';
import { EmailButton, EmailLayout, type EmailBranding } from './email-layout';

export type NotificationEmailProps = {
  branding: EmailBranding;
  preview: string;
  greeting: string;
  paragraphs: string[];
  /** Lines of a digest: each a title and an absolute link. */
  items?: { title: string; url: string }[];
  action?: { label: string; url: string };
  unsubscribe: { text: string; label: string; url: string };
};

/** Every notification (response, message, match, digest, announcement): one branded frame. */
export function NotificationEmail({ branding, preview, greeting, paragraphs, items, action, unsubscribe }: NotificationEmailProps) {
  return (
    <EmailLayout branding={branding} preview={preview}>
      <Text>{greeting}</Text>
      {paragraphs.map((p) => (
        <Text key={p}>{p}</Text>
      ))}
      {items?.length ? (
        <ul style={{ paddingLeft: 20 }}>
          {items.map((item) => (
            <li key={item.url} style={{ marginBottom: 8 }}>
              <Link href={item.url} style={{ color: branding.primary, fontWeight: 700 }}>
                {item.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {action ? (
        <EmailButton href={action.url} branding={branding}>
          {action.label}
        </EmailButton>
      ) : null}
      <Text style={{ fontSize: 13, color: '#52525b', marginTop: 24 }}>
        {unsubscribe.text}{' '}
        <Link href={unsubscribe.url} style={{ color: '#3f3f46' }}>
          {unsubscribe.label}
        </Link>
      </Text>
    </EmailLayout>
  );
}
