import { Text } from '@react-email/components';
import { EmailButton, EmailLayout, type EmailBranding } from './email-layout';

export type SignInEmailText = { preview: string; hello: string; body: string; button: string; expiry: string; ignore: string };

/** A one-use sign-in link: to sign in, or to accept an invitation to a council's staff (same email, other words). */
export function SignInEmail({ branding, url, text }: { branding: EmailBranding; url: string; text: SignInEmailText }) {
  return (
    <EmailLayout branding={branding} preview={text.preview}>
      <Text>{text.hello}</Text>
      <Text>{text.body}</Text>
      <EmailButton href={url} branding={branding}>
        {text.button}
      </EmailButton>
      <Text style={{ wordBreak: 'break-all', fontSize: 14, color: '#52525b' }}>{url}</Text>
      <Text>{text.expiry}</Text>
      <Text style={{ fontSize: 14, color: '#52525b' }}>{text.ignore}</Text>
    </EmailLayout>
  );
}
