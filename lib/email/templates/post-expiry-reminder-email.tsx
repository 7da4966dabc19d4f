import { Link, Text } from '@react-email/components';
import { EmailButton, EmailLayout, type EmailBranding } from './email-layout';

export type PostExpiryReminderText = {
  preview: string;
  hello: string;
  body: string;
  still: string;
  button: string;
  done: string;
  mine: string;
};

/** "Your post expires in 3 days": one big button renews it, even signed out. */
export function PostExpiryReminderEmail({
  branding,
  renewUrl,
  myPostsUrl,
  text,
}: {
  branding: EmailBranding;
  renewUrl: string;
  myPostsUrl: string;
  text: PostExpiryReminderText;
}) {
  return (
    <EmailLayout branding={branding} preview={text.preview}>
      <Text>{text.hello}</Text>
      <Text>{text.body}</Text>
      <Text>{text.still}</Text>
      <EmailButton href={renewUrl} branding={branding}>
        {text.button}
      </EmailButton>
      <Text>{text.done}</Text>
      <Text>
        <Link href={myPostsUrl} style={{ color: '#18181b', textDecoration: 'underline' }}>
          {text.mine}
        </Link>
      </Text>
    </EmailLayout>
  );
}
