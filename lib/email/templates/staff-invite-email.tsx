import { Button, Text } from '@react-email/components';
import { EmailLayout, type EmailBranding } from './email-layout';

export type StaffInviteEmailText = { preview: string; hello: string; body: string; button: string; expiry: string; ignore: string };

/** The invitation to join a council's staff: one button that signs the person in on the council's site. */
export function StaffInviteEmail({ branding, url, text }: { branding: EmailBranding; url: string; text: StaffInviteEmailText }) {
  return (
    <EmailLayout branding={branding} preview={text.preview}>
      <Text>{text.hello}</Text>
      <Text>{text.body}</Text>
      <Button
        href={url}
        style={{
          backgroundColor: branding.primary,
          color: branding.onPrimary,
          padding: '14px 24px',
          borderRadius: 6,
          fontSize: 18,
          fontWeight: 700,
          textDecoration: 'none',
        }}
      >
        {text.button}
      </Button>
      <Text style={{ wordBreak: 'break-all', fontSize: 14, color: '#52525b' }}>{url}</Text>
      <Text>{text.expiry}</Text>
      <Text style={{ fontSize: 14, color: '#52525b' }}>{text.ignore}</Text>
    </EmailLayout>
  );
}
