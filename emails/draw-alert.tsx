import { Button, Heading, Link, Section, Text } from '@react-email/components';
import { formatIrccDate, formatUtc } from '@/lib/rounds/format';
import { EmailLayout, emailText, type SenderIdentity } from './components/layout';

// The draw alert: one email per (round, user). Three variants: invited, "tie" (the score equals the
// cutoff and we do not know when the profile was submitted), and near miss (opt-in).

export type DrawAlertKind = 'INVITED' | 'TIE' | 'NEAR_MISS';

export type DrawAlertProps = {
  kind: DrawAlertKind;
  round: {
    number: string;
    /** YYYY-MM-DD, as IRCC publishes it. */
    date: string;
    /** The round's name, e.g. "STEM occupations (Version 1)". */
    name: string;
    /** The category's occupation-list version, or null for a round open to every occupation. */
    categoryVersion: string | null;
    cutoff: number;
    invitations: number;
    /** ISO instant (UTC), or null when not recorded. */
    tieBreakAt: string | null;
  };
  crs: number;
  /** Program names the candidate is eligible for among those the round covers. */
  programs: string[];
  occupation: { noc: string; title: string | null; months: number | null } | null;
  /** When the candidate's Express Entry profile was submitted (ISO instant), when known. */
  submittedAt: string | null;
  pointsShort: number | null;
  dashboardUrl: string;
  unsubscribeUrl: string;
  sender: SenderIdentity;
};

const number = new Intl.NumberFormat('en-CA');

export function drawAlertSubject({ kind, round, crs, pointsShort }: Pick<DrawAlertProps, 'kind' | 'round' | 'crs' | 'pointsShort'>): string {
  if (kind === 'INVITED') return `Round #${round.number}: your CRS ${crs} meets the cutoff of ${round.cutoff}`;
  if (kind === 'TIE') return `Round #${round.number}: your CRS ${crs} equals the cutoff - check the tie-break`;
  return `Round #${round.number}: you were ${pointsShort} ${pointsShort === 1 ? 'point' : 'points'} short of the cutoff`;
}

function headline({ kind, round, pointsShort }: DrawAlertProps): string {
  if (kind === 'INVITED') return `You would likely have been invited in round #${round.number}`;
  if (kind === 'TIE') return `You are at the cutoff of round #${round.number}`;
  return `Round #${round.number}: ${pointsShort} ${pointsShort === 1 ? 'point' : 'points'} short`;
}

const row = { color: '#334155', fontSize: '14px', lineHeight: '22px', margin: 0 } as const;
const label = { ...row, color: '#64748b' } as const;

function Fact({ name, value }: { name: string; value: string }) {
  return (
    <Text style={row}>
      <span style={label}>{name}: </span>
      {value}
    </Text>
  );
}

export default function DrawAlert(props: DrawAlertProps) {
  const { kind, round, crs, programs, occupation, submittedAt, pointsShort, dashboardUrl, unsubscribeUrl, sender } = props;
  const atCutoff = crs === round.cutoff;
  return (
    <EmailLayout
      preview={`${round.name}, ${formatIrccDate(round.date)}: CRS cutoff ${round.cutoff}, ${number.format(round.invitations)} invitations.`}
      sender={sender}
      footer={
        <Text style={{ color: '#64748b', fontSize: '12px', lineHeight: '18px', margin: '0 0 8px' }}>
          You get this email because you asked for draw alerts. Change which alerts you get in your settings, or{' '}
          <Link href={unsubscribeUrl} style={{ color: '#1d4ed8' }}>unsubscribe from draw alerts</Link> (one click, no sign-in).
        </Text>
      }
    >
      <Heading as="h1" style={emailText.heading}>{headline(props)}</Heading>

      <Section style={{ backgroundColor: '#f8fafc', borderRadius: '8px', margin: '0 0 16px', padding: '16px' }}>
        <Fact name="Round" value={`#${round.number} on ${formatIrccDate(round.date)}`} />
        <Fact name="Type" value={round.name} />
        {round.categoryVersion && <Fact name="Occupation list" value={`version ${round.categoryVersion}, in force on the round's date`} />}
        <Fact name="CRS cutoff" value={String(round.cutoff)} />
        <Fact name="Invitations" value={number.format(round.invitations)} />
        <Fact name="Tie-break time" value={round.tieBreakAt ? formatUtc(round.tieBreakAt) : 'not published'} />
        <Fact name={`Your CRS on ${formatIrccDate(round.date)}`} value={String(crs)} />
      </Section>

      {kind === 'NEAR_MISS' ? (
        <Text style={emailText.paragraph}>
          You meet this round&apos;s conditions, but your CRS of {crs} was {pointsShort} {pointsShort === 1 ? 'point' : 'points'} below
          the cutoff of {round.cutoff}. You asked us to tell you about near misses.
        </Text>
      ) : (
        <Text style={emailText.paragraph}>
          {kind === 'INVITED' && !atCutoff ? `Your CRS of ${crs} is above the cutoff of ${round.cutoff}. ` : null}
          {kind === 'INVITED' && atCutoff && submittedAt && round.tieBreakAt
            ? `Your CRS of ${crs} equals the cutoff, and your Express Entry profile was submitted on ${formatUtc(submittedAt)}, no later than the tie-break time of ${formatUtc(round.tieBreakAt)}. `
            : null}
          Based on your saved profile, you would likely have received an invitation to apply in this round.
        </Text>
      )}

      {kind === 'TIE' ? (
        <Text style={emailText.paragraph}>
          What &quot;tie&quot; means: your CRS equals the cutoff. When several candidates have the lowest score, IRCC invites only those
          who submitted their Express Entry profile no later than the tie-break time
          {round.tieBreakAt ? ` (${formatUtc(round.tieBreakAt)})` : ''}. Your saved profile does not say when you submitted yours,
          so we cannot tell which side of it you are on. Add the submission time to your profile to get a clear answer next time.
        </Text>
      ) : null}

      <Text style={{ ...emailText.paragraph, fontWeight: 600, margin: '0 0 8px' }}>Why you qualify</Text>
      <Text style={row}>Program: {programs.length > 0 ? programs.join(', ') : 'none of the round\u2019s programs'}</Text>
      {occupation ? (
        <Text style={row}>
          Occupation: NOC {occupation.noc}
          {occupation.title ? ` ${occupation.title}` : ''}
          {occupation.months !== null ? `, ${occupation.months} months of qualifying experience` : ''}
        </Text>
      ) : null}

      <Section style={{ margin: '24px 0' }}>
        <Button href={dashboardUrl} style={emailText.button}>Open my dashboard</Button>
      </Section>

      <Text style={emailText.small}>
        This is an estimate from the details in your saved profile, evaluated under the rules in force on {formatIrccDate(round.date)}. It is not
        advice, and the official Express Entry system governs: check your IRCC account. It can take up to 24 hours for an
        invitation to appear there.
      </Text>
    </EmailLayout>
  );
}

DrawAlert.PreviewProps = {
  kind: 'INVITED',
  round: {
    number: '274',
    date: '2023-12-08',
    name: 'STEM occupations (Version 1)',
    categoryVersion: '2023-1',
    cutoff: 481,
    invitations: 5900,
    tieBreakAt: '2023-09-07T09:24:49Z',
  },
  crs: 495,
  programs: ['Federal Skilled Worker Program'],
  occupation: { noc: '21300', title: 'Civil engineers', months: 36 },
  submittedAt: '2023-06-01T12:00:00Z',
  pointsShort: null,
  dashboardUrl: 'http://localhost:3000/dashboard',
  unsubscribeUrl: 'http://localhost:3000/unsubscribe?token=example',
  sender: { postalAddress: 'Draw Alerts, 100 Example Street, Suite 200, Ottawa ON K1A 0A1, Canada', contact: 'support@drawalerts.local' },
} satisfies DrawAlertProps;
