import { Button, Heading, Text } from '@react-email/components';
import { EmailLayout, emailText, type SenderIdentity } from './components/layout';

export type ResetPasswordProps = { url: string; sender: SenderIdentity };

export const resetPasswordSubject = 'Reset your Draw Alerts password';

export default function ResetPassword({ url, sender }: ResetPasswordProps) {
  return (
    <EmailLayout preview="A link to choose a new Draw Alerts password." sender={sender}>
      <Heading as="h1" style={emailText.heading}>Reset your password</Heading>
      <Text style={emailText.paragraph}>Someone asked to reset the password of the Draw Alerts account for this email address.</Text>
      <Button href={url} style={emailText.button}>Choose a new password</Button>
      <Text style={emailText.small}>The link works once and expires in 1 hour. If the button does not work, open: {url}</Text>
      <Text style={emailText.small}>If you did not ask for this, ignore this email: your password stays the same.</Text>
    </EmailLayout>
  );
}

ResetPassword.PreviewProps = {
  url: 'http://localhost:3000/reset-password?token=example-token',
  sender: { postalAddress: 'Draw Alerts, 100 Example Street, Suite 200, Ottawa ON K1A 0A1, Canada', contact: 'support@drawalerts.local' },
} satisfies ResetPasswordProps;
