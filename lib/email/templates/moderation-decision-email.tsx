import { Button, Text } from '@react-email/components';
import { EmailLayout, type EmailBranding } from './email-layout';

export type ModerationDecisionEmailProps = {
  branding: EmailBranding;
  preview: string;
  greeting: string;
  decision: string;
  /** The moderator's reason, quoted as written; absent when none was given. */
  reason: { label: string; text: string } | null;
  help: string;
  action: { label: string; url: string } | null;
};

/**
 * A moderation decision told to the person concerned (A4). A service message about their own
 * post or account, so it has no unsubscribe link: it is not a notification they chose.
 */
export function ModerationDecisionEmail({ branding, preview, greeting, decision, reason, help, action }: ModerationDecisionEmailProps) {
  return (
    <EmailLayout branding={branding} preview={preview}>
      <Text>{greeting}</Text>
      <Text>{decision}</Text>
      {reason ? (
        <Text style={{ borderLeft: `4px solid ${branding.primary}`, paddingLeft: 12, whiteSpace: 'pre-line' }}>
          <strong>{reason.label}</strong>
          <br />
          {reason.text}
        </Text>
      ) : null}
      <Text>{help}</Text>
      {action ? (
        <Button
          href={action.url}
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
          {action.label}
        </Button>
      ) : null}
    </EmailLayout>
  );
}
