import { Button, Heading, Text } from '@react-email/components';
import { EmailLayout, emailText, type SenderIdentity } from './components/layout';

export type VerifyEmailProps = { url: string; sender: SenderIdentity };

export const verifyEmailSubject = 'Confirm your email for Draw Alerts';

export default function VerifyEmail({ url, sender }: VerifyEmailProps) {
  return (
    <EmailLayout preview="Confirm your email address to finish setting up Draw Alerts." sender={sender}>
      <Heading as="h1" style={emailText.heading}>Confirm your email address</Heading>
      <Text style={emailText.paragraph}>
        Thanks for creating a Draw Alerts account. Confirm this address so we can send you draw alerts and
        password reset links.
      </Text>
      <Button href={url} style={emailText.button}>Confirm my email</Button>
      <Text style={emailText.small}>The link works once and expires in 24 hours. If the button does not work, open: {url}</Text>
      <Text style={emailText.small}>If you did not create an account, ignore this email.</Text>
    </EmailLayout>
  );
}

VerifyEmail.PreviewProps = {
  url: 'http://localhost:3000/verify-email?token=example-token',
  sender: { postalAddress: 'Draw Alerts, 100 Example Street, Suite 200, Ottawa ON K1A 0A1, Canada', contact: 'support@drawalerts.local' },
} satisfies VerifyEmailProps;
