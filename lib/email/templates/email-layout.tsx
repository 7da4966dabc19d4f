import { Body, Button, Container, Head, Hr, Html, Img, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

export type EmailBranding = {
  councilName: string;
  primary: string;
  onPrimary: string;
  logoUrl: string | null;
  footer: string;
  locale: string;
};

/** The council's branded frame around every email. */
export function EmailLayout({ branding, preview, children }: { branding: EmailBranding; preview: string; children: ReactNode }) {
  return (
    <Html lang={branding.locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f4f4f5', fontFamily: 'Arial, Helvetica, sans-serif', margin: 0, padding: '24px 0' }}>
        <Container style={{ backgroundColor: '#ffffff', maxWidth: 560, borderRadius: 8, overflow: 'hidden' }}>
          <Section style={{ backgroundColor: branding.primary, color: branding.onPrimary, padding: '16px 24px' }}>
            {branding.logoUrl ? (
              <Img src={branding.logoUrl} alt={branding.councilName} height="48" style={{ display: 'inline-block', verticalAlign: 'middle' }} />
            ) : null}
            <Text style={{ color: branding.onPrimary, fontSize: 20, fontWeight: 700, margin: 0, display: 'inline-block', paddingLeft: 12 }}>
              {branding.councilName}
            </Text>
          </Section>
          <Section style={{ padding: '8px 24px 16px', fontSize: 17, lineHeight: '26px', color: '#18181b' }}>{children}</Section>
          <Hr style={{ borderColor: '#e4e4e7', margin: 0 }} />
          <Section style={{ padding: '12px 24px' }}>
            <Text style={{ fontSize: 13, color: '#52525b', margin: 0 }}>{branding.footer}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

/** The one big button of an email, in the council's colours. */
export function EmailButton({ href, branding, children }: { href: string; branding: EmailBranding; children: ReactNode }) {
  return (
    <Button
      href={href}
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
      {children}
    </Button>
  );
}
