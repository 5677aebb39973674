import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

// The frame of every email: a preview line, the content in a white card, and the sender's
// identification CASL requires (name, postal address and one other contact method).

export type SenderIdentity = { postalAddress: string; contact: string };

const styles = {
  body: { backgroundColor: '#f1f5f9', fontFamily: 'Helvetica, Arial, sans-serif', margin: 0, padding: '24px 0' },
  container: { backgroundColor: '#ffffff', borderRadius: '12px', margin: '0 auto', maxWidth: '560px', padding: '32px' },
  brand: { color: '#0f172a', fontSize: '16px', fontWeight: 700, margin: '0 0 24px' },
  footer: { color: '#64748b', fontSize: '12px', lineHeight: '18px', margin: '0' },
} as const;

export function EmailLayout({ preview, sender, children, footer }: { preview: string; sender: SenderIdentity; children: ReactNode; footer?: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Draw Alerts</Text>
          {children}
          <Hr style={{ borderColor: '#e2e8f0', margin: '32px 0 16px' }} />
          <Section>
            {footer}
            <Text style={styles.footer}>Sent by {sender.postalAddress}. Contact: {sender.contact}.</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export const emailText = {
  heading: { color: '#0f172a', fontSize: '22px', fontWeight: 600, margin: '0 0 16px' },
  paragraph: { color: '#334155', fontSize: '15px', lineHeight: '24px', margin: '0 0 16px' },
  button: { backgroundColor: '#1d4ed8', borderRadius: '8px', color: '#ffffff', display: 'inline-block', fontSize: '15px', fontWeight: 600, padding: '12px 20px', textDecoration: 'none' },
  small: { color: '#64748b', fontSize: '13px', lineHeight: '20px', margin: '16px 0 0', overflowWrap: 'anywhere' },
} as const;
