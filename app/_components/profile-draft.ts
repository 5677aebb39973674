// The profile editor's working copy: every input as typed (strings for numbers and dates), so a
// value the schema refuses is never lost, and the conversions to and from the interchange format.
import type { Profile } from '@/lib/schemas/profile';

export type CredentialDraft = { level: string; completedOn: string; canadian: boolean; eca: boolean };
export type TestDraft = { test: string; date: string; listening: string; reading: string; writing: string; speaking: string; scale: string };
export type JobDraft = {
  noc: string;
  title: string;
  country: string;
  start: string;
  /** Empty: still working there. */
  end: string;
  hoursPerWeek: string;
  paid: boolean;
  selfEmployed: boolean;
  fullTimeStudent: boolean;
  authorized: boolean;
};
export type SpouseDraft = {
  accompanying: boolean;
  canadianCitizenOrPR: boolean;
  education: CredentialDraft[];
  languageTests: TestDraft[];
  workHistory: JobDraft[];
};
export type ProfileDraft = {
  dateOfBirth: string;
  maritalStatus: string;
  dependentChildren: string;
  spouse: SpouseDraft;
  education: CredentialDraft[];
  languageTests: TestDraft[];
  firstOfficialLanguage: string;
  workHistory: JobDraft[];
  hasCertificate: boolean;
  certificate: { trade: string; province: string };
  hasJobOffer: boolean;
  jobOffer: { noc: string; lmiaOrExempt: boolean; startedOn: string };
  hasNomination: boolean;
  nomination: { province: string; nominatedOn: string };
  siblingInCanada: boolean;
  relativeInCanada: boolean;
  proofOfFundsCad: string;
  /** "YYYY-MM-DDTHH:MM" in UTC (a datetime-local input read as UTC), or empty. */
  expressEntrySubmittedAt: string;
};

export const newCredential = (): CredentialDraft => ({ level: '', completedOn: '', canadian: false, eca: true });
export const newTest = (): TestDraft => ({ test: '', date: '', listening: '', reading: '', writing: '', speaking: '', scale: 'legacy' });
export const newJob = (): JobDraft => ({
  noc: '', title: '', country: 'CA', start: '', end: '', hoursPerWeek: '40',
  paid: true, selfEmployed: false, fullTimeStudent: false, authorized: true,
});

export function emptyDraft(): ProfileDraft {
  return {
    dateOfBirth: '',
    maritalStatus: 'single',
    dependentChildren: '0',
    spouse: { accompanying: true, canadianCitizenOrPR: false, education: [], languageTests: [], workHistory: [] },
    education: [],
    languageTests: [],
    firstOfficialLanguage: '',
    workHistory: [],
    hasCertificate: false,
    certificate: { trade: '', province: '' },
    hasJobOffer: false,
    jobOffer: { noc: '', lmiaOrExempt: true, startedOn: '' },
    hasNomination: false,
    nomination: { province: '', nominatedOn: '' },
    siblingInCanada: false,
    relativeInCanada: false,
    proofOfFundsCad: '',
    expressEntrySubmittedAt: '',
  };
}

// ---- draft -> interchange format (the schema then judges it) ------------------------------------

/** "" -> undefined (the schema says "is required"); anything else -> a number (NaN when not one). */
function num(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

function credential(draft: CredentialDraft) {
  return { level: draft.level || undefined, completedOn: draft.completedOn || undefined, canadian: draft.canadian, eca: draft.eca };
}

function test(draft: TestDraft) {
  return {
    test: draft.test || undefined,
    date: draft.date || undefined,
    listening: num(draft.listening),
    reading: num(draft.reading),
    writing: num(draft.writing),
    speaking: num(draft.speaking),
    ...(draft.test === 'tef_canada' ? { scale: draft.scale || undefined } : {}),
  };
}

function job(draft: JobDraft) {
  return {
    noc: draft.noc.trim() || undefined,
    ...(draft.title.trim() ? { title: draft.title.trim() } : {}),
    country: draft.country.trim().toUpperCase() || undefined,
    start: draft.start || undefined,
    end: draft.end || null,
    hoursPerWeek: num(draft.hoursPerWeek),
    paid: draft.paid,
    selfEmployed: draft.selfEmployed,
    fullTimeStudent: draft.fullTimeStudent,
    authorized: draft.authorized,
  };
}

function instantFromInput(value: string): string | null {
  if (value === '') return null;
  return `${value.length === 16 ? `${value}:00` : value}Z`;
}

export function isCouple(maritalStatus: string): boolean {
  return maritalStatus === 'married' || maritalStatus === 'common_law';
}

/** The interchange-format object the draft stands for (not yet validated). */
export function draftToProfile(draft: ProfileDraft): unknown {
  const submittedAt = instantFromInput(draft.expressEntrySubmittedAt);
  return {
    version: 1,
    dateOfBirth: draft.dateOfBirth || undefined,
    maritalStatus: draft.maritalStatus || undefined,
    spouse: isCouple(draft.maritalStatus)
      ? {
          accompanying: draft.spouse.accompanying,
          canadianCitizenOrPR: draft.spouse.canadianCitizenOrPR,
          education: draft.spouse.education.map(credential),
          languageTests: draft.spouse.languageTests.map(test),
          workHistory: draft.spouse.workHistory.map(job),
        }
      : null,
    dependentChildren: num(draft.dependentChildren),
    education: draft.education.map(credential),
    languageTests: draft.languageTests.map(test),
    firstOfficialLanguage: draft.firstOfficialLanguage || null,
    workHistory: draft.workHistory.map(job),
    certificateOfQualification: draft.hasCertificate
      ? { trade: draft.certificate.trade.trim() || undefined, province: draft.certificate.province || undefined }
      : null,
    jobOffer: draft.hasJobOffer
      ? { noc: draft.jobOffer.noc.trim() || undefined, lmiaOrExempt: draft.jobOffer.lmiaOrExempt, startedOn: draft.jobOffer.startedOn || null }
      : null,
    provincialNomination: draft.hasNomination
      ? { province: draft.nomination.province || undefined, nominatedOn: draft.nomination.nominatedOn || undefined }
      : null,
    siblingInCanada: draft.siblingInCanada,
    relativeInCanada: draft.relativeInCanada,
    // "30,000" and "30 000" are amounts as people write them.
    proofOfFundsCad: draft.proofOfFundsCad.trim() === '' ? null : Number(draft.proofOfFundsCad.replace(/[,\s]/g, '')),
    expressEntry: submittedAt ? { submittedAt } : null,
  };
}

// ---- interchange format (possibly an imported, unchecked file) -> draft --------------------------

type Loose = Record<string, unknown>;

function obj(value: unknown): Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
}
function list(value: unknown): Loose[] {
  return Array.isArray(value) ? value.map(obj) : [];
}
function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}
function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function credentialDraft(value: Loose): CredentialDraft {
  return { level: text(value.level), completedOn: text(value.completedOn), canadian: flag(value.canadian, false), eca: flag(value.eca, false) };
}
function testDraft(value: Loose): TestDraft {
  return {
    test: text(value.test), date: text(value.date), listening: text(value.listening), reading: text(value.reading),
    writing: text(value.writing), speaking: text(value.speaking), scale: text(value.scale) || 'legacy',
  };
}
function jobDraft(value: Loose): JobDraft {
  return {
    noc: text(value.noc), title: text(value.title), country: text(value.country), start: text(value.start), end: text(value.end),
    hoursPerWeek: text(value.hoursPerWeek), paid: flag(value.paid, true), selfEmployed: flag(value.selfEmployed, false),
    fullTimeStudent: flag(value.fullTimeStudent, false), authorized: flag(value.authorized, true),
  };
}

/** "2024-01-15T14:03:00Z" -> "2024-01-15T14:03" (UTC), for the datetime-local input. */
function inputFromInstant(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 16);
}

/** A draft from a profile or an imported file: every known field copied as text, the rest ignored. */
export function profileToDraft(input: Profile | unknown): ProfileDraft {
  const p = obj(input);
  const spouse = obj(p.spouse);
  const certificate = obj(p.certificateOfQualification);
  const offer = obj(p.jobOffer);
  const nomination = obj(p.provincialNomination);
  return {
    dateOfBirth: text(p.dateOfBirth),
    maritalStatus: text(p.maritalStatus) || 'single',
    dependentChildren: text(p.dependentChildren),
    spouse: {
      accompanying: flag(spouse.accompanying, true),
      canadianCitizenOrPR: flag(spouse.canadianCitizenOrPR, false),
      education: list(spouse.education).map(credentialDraft),
      languageTests: list(spouse.languageTests).map(testDraft),
      workHistory: list(spouse.workHistory).map(jobDraft),
    },
    education: list(p.education).map(credentialDraft),
    languageTests: list(p.languageTests).map(testDraft),
    firstOfficialLanguage: text(p.firstOfficialLanguage),
    workHistory: list(p.workHistory).map(jobDraft),
    hasCertificate: Boolean(p.certificateOfQualification),
    certificate: { trade: text(certificate.trade), province: text(certificate.province) },
    hasJobOffer: Boolean(p.jobOffer),
    jobOffer: { noc: text(offer.noc), lmiaOrExempt: flag(offer.lmiaOrExempt, true), startedOn: text(offer.startedOn) },
    hasNomination: Boolean(p.provincialNomination),
    nomination: { province: text(nomination.province), nominatedOn: text(nomination.nominatedOn) },
    siblingInCanada: flag(p.siblingInCanada, false),
    relativeInCanada: flag(p.relativeInCanada, false),
    proofOfFundsCad: text(p.proofOfFundsCad),
    expressEntrySubmittedAt: inputFromInstant(obj(p.expressEntry).submittedAt),
  };
}
