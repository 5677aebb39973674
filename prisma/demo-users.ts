// Demo candidates for development: a dozen varied, realistic profiles to explore the dashboard,
// the rounds and the alerts with. `npm run db:seed` creates or updates them (by email) outside
// production only; they share one password, printed in the seed log, and are marked isDemo.
import type { Profile } from '../lib/schemas/profile';

export const DEMO_EMAIL_DOMAIN = 'demo.drawalerts.local';
export const DEMO_PASSWORD = 'draw-alerts-demo';

/** Fixed instants, so a second seed writes the same values. */
const VERIFIED_AT = new Date('2026-01-05T15:00:00Z');
const CONSENTED_AT = new Date('2026-01-05T15:02:00Z');

export type DemoUser = {
  email: string;
  name: string;
  /** What the profile shows off, for the seed log. */
  story: string;
  alertConsentAt: Date | null;
  emailVerified: Date;
  profile: Profile;
};

type Job = Profile['workHistory'][number];

function job(noc: string, title: string, country: string, start: string, end: string | null, hoursPerWeek = 40): Job {
  return { noc, title, country, start, end, hoursPerWeek, paid: true, selfEmployed: false, fullTimeStudent: false, authorized: true };
}

const base = {
  version: 1,
  maritalStatus: 'single',
  spouse: null,
  dependentChildren: 0,
  firstOfficialLanguage: 'english',
  certificateOfQualification: null,
  jobOffer: null,
  provincialNomination: null,
  siblingInCanada: false,
  relativeInCanada: false,
} as const;

function demo(local: string, name: string, story: string, consent: boolean, profile: Profile): DemoUser {
  return {
    email: `${local}@${DEMO_EMAIL_DOMAIN}`,
    name,
    story,
    alertConsentAt: consent ? CONSENTED_AT : null,
    emailVerified: VERIFIED_AT,
    profile,
  };
}

export const DEMO_USERS: readonly DemoUser[] = [
  demo('amara.okafor', 'Amara Okafor', 'civil engineer (21300, STEM) abroad, master\'s, CLB 9: FSW', true, {
    ...base,
    dateOfBirth: '1995-03-14',
    education: [{ level: 'masters', completedOn: '2019-11-30', canadian: false, eca: true }],
    languageTests: [{ test: 'ielts_general', date: '2026-02-21', listening: 8, reading: 7, writing: 7, speaking: 7 }],
    workHistory: [job('21300', 'Civil engineer', 'NG', '2019-01-07', null)],
    proofOfFundsCad: 21000,
    expressEntry: { submittedAt: '2026-03-10T18:22:00Z' },
  }),
  demo('wei.chen', 'Wei Chen', 'electrical engineer (21310) in Canada, accompanying spouse: CEC', true, {
    ...base,
    dateOfBirth: '1992-08-02',
    maritalStatus: 'married',
    spouse: {
      accompanying: true,
      canadianCitizenOrPR: false,
      education: [{ level: 'bachelors', completedOn: '2015-07-01', canadian: false, eca: true }],
      languageTests: [{ test: 'celpip_general', date: '2025-10-18', listening: 7, reading: 6, writing: 6, speaking: 7 }],
      workHistory: [job('13110', 'Administrative assistant', 'CA', '2024-09-03', null, 25)],
    },
    dependentChildren: 1,
    education: [
      { level: 'bachelors', completedOn: '2014-06-30', canadian: false, eca: true },
      { level: 'masters', completedOn: '2023-04-28', canadian: true },
    ],
    languageTests: [{ test: 'celpip_general', date: '2025-10-18', listening: 10, reading: 9, writing: 9, speaking: 9 }],
    workHistory: [
      job('21310', 'Electrical engineer', 'CN', '2014-08-01', '2021-07-31'),
      job('21310', 'Electrical engineer', 'CA', '2023-06-12', null),
    ],
    proofOfFundsCad: 32000,
    expressEntry: { submittedAt: '2026-01-20T14:05:00Z' },
  }),
  demo('priya.sharma', 'Priya Sharma', 'software developer (21232: 2023 STEM list only) in Canada: CEC', true, {
    ...base,
    dateOfBirth: '1997-11-23',
    education: [{ level: 'bachelors', completedOn: '2019-05-31', canadian: false, eca: true }],
    languageTests: [{ test: 'ielts_general', date: '2025-06-14', listening: 8.5, reading: 8, writing: 7, speaking: 7.5 }],
    workHistory: [
      job('21232', 'Software developer', 'IN', '2019-07-01', '2022-08-31'),
      job('21232', 'Software developer', 'CA', '2022-10-03', null),
    ],
    proofOfFundsCad: 18000,
    expressEntry: { submittedAt: '2026-02-02T16:40:00Z' },
  }),
  demo('grace.mensah', 'Grace Mensah', 'registered nurse (31301, healthcare), common-law partner is a Canadian PR', false, {
    ...base,
    dateOfBirth: '1990-04-09',
    maritalStatus: 'common_law',
    spouse: { accompanying: false, canadianCitizenOrPR: true },
    education: [{ level: 'bachelors', completedOn: '2012-07-15', canadian: false, eca: true }],
    languageTests: [{ test: 'ielts_general', date: '2025-11-29', listening: 7.5, reading: 6.5, writing: 6.5, speaking: 7 }],
    workHistory: [
      job('31301', 'Registered nurse', 'GH', '2013-01-14', '2023-12-22', 37.5),
      job('31301', 'Registered nurse', 'CA', '2024-04-02', null, 37.5),
    ],
    proofOfFundsCad: null,
    expressEntry: { submittedAt: '2026-05-11T13:15:00Z' },
  }),
  demo('marco.rossi', 'Marco Rossi', 'electrician (72200, trade) with an Ontario certificate of qualification: FST', true, {
    ...base,
    dateOfBirth: '1988-09-30',
    education: [{ level: 'two_year', completedOn: '2009-06-20', canadian: false, eca: true }],
    languageTests: [{ test: 'celpip_general', date: '2025-04-05', listening: 6, reading: 5, writing: 5, speaking: 6 }],
    workHistory: [
      job('72200', 'Industrial electrician', 'IT', '2010-02-01', '2023-03-31'),
      job('72200', 'Electrician', 'CA', '2023-05-15', null),
    ],
    certificateOfQualification: { trade: '72200', province: 'ON' },
    jobOffer: { noc: '72200', lmiaOrExempt: true, startedOn: '2023-05-15' },
    proofOfFundsCad: 15000,
    expressEntry: { submittedAt: '2026-04-01T12:00:00Z' },
  }),
  demo('rajesh.singh', 'Rajesh Singh', 'truck driver (73300) working part time in Canada, accompanying spouse: CEC', false, {
    ...base,
    dateOfBirth: '1991-01-17',
    maritalStatus: 'married',
    spouse: {
      accompanying: true,
      canadianCitizenOrPR: false,
      education: [{ level: 'secondary', completedOn: '2010-03-31', canadian: false, eca: true }],
      languageTests: [],
      workHistory: [],
    },
    dependentChildren: 2,
    education: [{ level: 'one_year', completedOn: '2012-04-30', canadian: false, eca: true }],
    languageTests: [{ test: 'ielts_general', date: '2025-08-09', listening: 6, reading: 5.5, writing: 6, speaking: 6 }],
    workHistory: [
      job('73300', 'Long-haul truck driver', 'IN', '2013-01-01', '2023-10-31', 48),
      job('73300', 'Truck driver (part time)', 'CA', '2024-01-08', null, 20),
    ],
    proofOfFundsCad: 27000,
    expressEntry: null,
  }),
  demo('sophie.tremblay', 'Sophie Tremblay', 'secondary school teacher (41220, education), French TEF Canada NCLC 9 + English', true, {
    ...base,
    dateOfBirth: '1993-06-05',
    firstOfficialLanguage: 'french',
    education: [{ level: 'masters', completedOn: '2017-06-30', canadian: false, eca: true }],
    languageTests: [
      { test: 'tef_canada', scale: 'current', date: '2025-09-12', listening: 560, reading: 530, writing: 500, speaking: 520 },
      { test: 'ielts_general', date: '2025-10-04', listening: 6, reading: 6, writing: 5.5, speaking: 6 },
    ],
    workHistory: [job('41220', 'Secondary school teacher', 'FR', '2017-09-01', null, 35)],
    proofOfFundsCad: 24000,
    expressEntry: { submittedAt: '2026-06-18T09:30:00Z' },
  }),
  demo('youssef.benali', 'Youssef Benali', 'data scientist (21211, STEM), French TCF Canada NCLC 7 and English CLB 8', false, {
    ...base,
    dateOfBirth: '1996-12-12',
    firstOfficialLanguage: null,
    education: [{ level: 'masters', completedOn: '2020-09-30', canadian: false, eca: true }],
    languageTests: [
      { test: 'tcf_canada', date: '2026-03-07', listening: 470, reading: 460, writing: 10, speaking: 11 },
      { test: 'celpip_general', date: '2026-01-24', listening: 8, reading: 8, writing: 8, speaking: 8 },
    ],
    workHistory: [job('21211', 'Data scientist', 'MA', '2020-11-02', null)],
    proofOfFundsCad: 20000,
    expressEntry: { submittedAt: '2026-04-22T11:11:00Z' },
  }),
  demo('olga.petrenko', 'Olga Petrenko', 'mechanical engineer (21301) whose only language test expired in 2025', true, {
    ...base,
    dateOfBirth: '1989-02-26',
    maritalStatus: 'divorced',
    dependentChildren: 1,
    education: [{ level: 'masters', completedOn: '2013-06-30', canadian: false, eca: true }],
    languageTests: [{ test: 'ielts_general', date: '2023-05-20', listening: 8, reading: 7.5, writing: 7, speaking: 7 }],
    workHistory: [job('21301', 'Mechanical engineer', 'UA', '2013-09-02', null)],
    proofOfFundsCad: 30000,
    expressEntry: { submittedAt: '2025-11-14T10:00:00Z' },
  }),
  demo('kwame.asante', 'Kwame Asante', 'accountant (11100) abroad with a provincial nomination from Saskatchewan: FSW', true, {
    ...base,
    dateOfBirth: '1986-10-19',
    maritalStatus: 'married',
    spouse: {
      accompanying: true,
      canadianCitizenOrPR: false,
      education: [{ level: 'two_year', completedOn: '2009-12-15', canadian: false, eca: true }],
      languageTests: [{ test: 'ielts_general', date: '2025-12-06', listening: 6, reading: 5, writing: 5.5, speaking: 6 }],
      workHistory: [],
    },
    dependentChildren: 2,
    education: [{ level: 'bachelors', completedOn: '2008-07-31', canadian: false, eca: true }],
    languageTests: [{ test: 'ielts_general', date: '2025-12-06', listening: 7.5, reading: 6.5, writing: 6.5, speaking: 6.5 }],
    workHistory: [job('11100', 'Accountant', 'GH', '2009-01-05', null)],
    provincialNomination: { province: 'SK', nominatedOn: '2026-09-15' },
    proofOfFundsCad: 36000,
    expressEntry: { submittedAt: '2026-09-20T20:45:00Z' },
  }),
  demo('elena.garcia', 'Elena García', 'financial analyst (11101) with 2 years in Canada after a Canadian diploma: CEC', false, {
    ...base,
    dateOfBirth: '1998-07-08',
    education: [
      { level: 'bachelors', completedOn: '2020-06-30', canadian: false, eca: true },
      { level: 'one_year', completedOn: '2023-04-21', canadian: true },
    ],
    languageTests: [{ test: 'celpip_general', date: '2026-05-16', listening: 9, reading: 8, writing: 8, speaking: 9 }],
    workHistory: [
      { ...job('64100', 'Retail sales associate', 'CA', '2022-01-10', '2023-04-21', 20), fullTimeStudent: true },
      job('11101', 'Financial analyst', 'CA', '2023-06-05', null),
    ],
    siblingInCanada: true,
    proofOfFundsCad: null,
    expressEntry: { submittedAt: '2026-07-03T15:30:00Z' },
  }),
  demo('tom.nguyen', 'Tom Nguyen', 'retail salesperson (64100, TEER 4) abroad: no program yet', false, {
    ...base,
    dateOfBirth: '2000-02-11',
    education: [{ level: 'secondary', completedOn: '2018-06-15', canadian: false, eca: false }],
    languageTests: [{ test: 'ielts_general', date: '2026-08-22', listening: 5.5, reading: 5, writing: 5, speaking: 5.5 }],
    workHistory: [job('64100', 'Retail salesperson', 'VN', '2019-03-01', null)],
    proofOfFundsCad: 8000,
    expressEntry: null,
  }),
];

/** Demo accounts are for development and tests only: never in production. */
export function shouldSeedDemoUsers(nodeEnv: string): boolean {
  return nodeEnv !== 'production';
}
