import { render } from '@react-email/render';
import { describe, expect, it } from 'vitest';
import DrawAlert from '@/emails/draw-alert';
import { alertProps, renderAlert, type AlertToRender } from './render';

const round = { number: '274', date: '2023-12-08', name: 'STEM occupations (Version 1)', categoryVersion: '2023-1', cutoff: 481, invitations: 5900, tieBreakAt: '2023-09-07T09:24:49.000Z' };
const detail = { programs: ['fsw', 'cec'], noc: '21300', months: 13, categoryVersion: '2023-1', submittedAt: null, pointsShort: null };

const alerts: [string, AlertToRender][] = [
  ['invited above the cutoff', { userId: 'user-a', email: 'a@example.test', kind: 'INVITED', crs: 496, detail, round }],
  ['invited at the cutoff inside the tie-break', { userId: 'user-b', email: 'b@example.test', kind: 'INVITED', crs: 481, detail: { ...detail, noc: '21310', months: 30, submittedAt: '2023-08-01T10:00:00.000Z' }, round }],
  ['tie', { userId: 'user-c', email: 'c@example.test', kind: 'TIE', crs: 481, detail: { ...detail, programs: ['fsw'] }, round }],
  ['near miss by one point', { userId: 'user-d', email: 'd@example.test', kind: 'NEAR_MISS', crs: 480, detail: { ...detail, pointsShort: 1 }, round }],
  ['near miss by 23 points', { userId: 'user-e', email: 'e@example.test', kind: 'NEAR_MISS', crs: 458, detail: { ...detail, months: 7, pointsShort: 23 }, round }],
  ['a general round (no occupation)', { userId: 'user-f', email: 'f@example.test', kind: 'INVITED', crs: 530, detail: { ...detail, noc: null, months: null, categoryVersion: null }, round: { ...round, name: 'Canadian Experience Class', categoryVersion: null } }],
];

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('renderAlert', () => {
  it.each(alerts)('%s: the same email as rendering the template directly', async (_name, alert) => {
    // Warm the shape cache with another user of the same shape, so the fill-in path is what runs.
    await renderAlert({ ...alert, userId: 'someone-else', crs: alert.crs === 481 ? 481 : alert.crs + 7 });
    const email = await renderAlert(alert);
    const element = DrawAlert(alertProps(alert));
    expect(email.html).toBe(await render(element));
    expect(words(email.text)).toBe(words(await render(element, { plainText: true })));
  });

  it.each([
    ['invited above the cutoff', 0, 'Round #274: your CRS 496 meets the cutoff of 481'],
    ['tie', 2, 'Round #274: your CRS 481 equals the cutoff - check the tie-break'],
    ['near miss by one point', 3, 'Round #274: you were 1 point short of the cutoff'],
    ['near miss by 23 points', 4, 'Round #274: you were 23 points short of the cutoff'],
  ] as const)('subject for %s', async (_name, index, subject) => {
    expect((await renderAlert(alerts[index][1])).subject).toBe(subject);
  });

  it.each([
    ['at the cutoff inside the tie-break', 1, 'Your CRS of 481 equals the cutoff, and your Express Entry profile was submitted on August 1, 2023 at 10:00:00 UTC, no later than the tie-break time of September 7, 2023 at 09:24:49 UTC.'],
    ['tie', 2, 'What "tie" means: your CRS equals the cutoff.'],
    ['near miss by 23 points', 4, 'your CRS of 458 was 23 points below the cutoff of 481'],
    ['two programs and months', 0, 'Program: Federal Skilled Worker Program, Canadian Experience Class'],
  ] as const)('explains %s', async (_name, index, sentence) => {
    expect(words((await renderAlert(alerts[index][1])).text)).toContain(sentence);
  });
});
