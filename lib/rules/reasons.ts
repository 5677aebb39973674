// Why a verdict is negative: literal UPPER_SNAKE codes, and the plain-English sentence for each
// (the UI and the emails show the sentence; the code is stable).

const REASONS = {
  LANGUAGE_TEST_MISSING: 'No valid language test result was entered for that date.',
  LANGUAGE_TEST_EXPIRED: 'Your language test results are more than 2 years old, so they no longer count.',
  // A caveat on a result, not a verdict (Evaluation.notices).
  TEF_699_SCALE_MAY_DIFFER:
    "Your TEF Canada result was entered as scores out of 699; IRCC's Express Entry system reads the 'Équivalence ancien score' column of your certificate, so your levels and points there may differ.",

  FSW_LANGUAGE_BELOW_CLB7: 'Federal Skilled Worker needs CLB/NCLC 7 or higher in all four abilities of your first official language.',
  FSW_WORK_EXPERIENCE_UNDER_1_YEAR:
    'Federal Skilled Worker needs 1 year (1,560 hours) of continuous paid skilled work (TEER 0-3) in one occupation within the last 10 years.',
  FSW_EDUCATION_NOT_ASSESSED:
    'Federal Skilled Worker needs a Canadian credential or a foreign credential with an Educational Credential Assessment.',
  FSW_POINTS_BELOW_67: 'Your Federal Skilled Worker selection score is below the pass mark of 67 out of 100.',
  FSW_PROOF_OF_FUNDS_UNKNOWN: 'Federal Skilled Worker needs proof of settlement funds; enter the funds you have.',
  FSW_PROOF_OF_FUNDS_INSUFFICIENT: 'Your settlement funds are below what Federal Skilled Worker requires for your family size.',

  CEC_CANADIAN_EXPERIENCE_UNDER_1_YEAR:
    'Canadian Experience Class needs 1 year (1,560 hours) of authorized, paid skilled work in Canada (TEER 0-3) in the last 3 years, not self-employed and not while a full-time student.',
  CEC_LANGUAGE_BELOW_CLB7: 'Canadian Experience Class needs CLB/NCLC 7 in all four abilities when your experience relies on TEER 0 or 1 work.',
  CEC_LANGUAGE_BELOW_CLB5: 'Canadian Experience Class needs CLB/NCLC 5 in all four abilities for TEER 2 or 3 work.',

  FST_NO_TRADE_EXPERIENCE: 'Federal Skilled Trades needs paid work in an eligible skilled trade; none is in your work history.',
  FST_TRADE_EXPERIENCE_UNDER_2_YEARS:
    'Federal Skilled Trades needs 2 years (3,120 hours) of paid work in one skilled trade within the last 5 years.',
  FST_NO_JOB_OFFER_OR_CERTIFICATE:
    'Federal Skilled Trades needs a job offer or a Canadian certificate of qualification in your skilled trade.',
  FST_LANGUAGE_BELOW_MINIMUM: 'Federal Skilled Trades needs CLB/NCLC 5 in speaking and listening and 4 in reading and writing.',
  FST_PROOF_OF_FUNDS_UNKNOWN: 'Federal Skilled Trades needs proof of settlement funds; enter the funds you have.',
  FST_PROOF_OF_FUNDS_INSUFFICIENT: 'Your settlement funds are below what Federal Skilled Trades requires for your family size.',

  CATEGORY_NOT_IN_FORCE: 'This category did not exist on that date.',
  CATEGORY_NOC_NOT_ON_LIST: 'None of your occupations is on the category list in force on that date.',
  CATEGORY_EXPERIENCE_UNDER_6_MONTHS:
    'The category needs 6 months of continuous full-time work (or the same amount part-time) in one listed occupation within the last 3 years.',
  CATEGORY_EXPERIENCE_NOT_CONTINUOUS:
    'You have enough work in a listed occupation, but not 6 continuous months of it, which the category required before 2026-02-18.',
  CATEGORY_EXPERIENCE_UNDER_12_MONTHS:
    'The category needs 12 months (1,560 hours) of full-time or equivalent work in one listed occupation within the last 3 years.',
  CATEGORY_CANADIAN_EXPERIENCE_REQUIRED: 'This category only counts work experience in Canada.',
  CATEGORY_FRENCH_BELOW_NCLC7: 'The French category needs a valid French test with NCLC 7 or higher in all four abilities.',
  CATEGORY_NO_CAF_JOB_OFFER: 'The military category needs a job offer from the Canadian Armed Forces in a listed occupation.',

  ROUND_NO_ELIGIBLE_PROGRAM: 'You were not eligible for any program this round was open to.',
  ROUND_NO_PROVINCIAL_NOMINATION: 'This round was only for candidates with a provincial nomination.',
  ROUND_CATEGORY_NOT_MET: "You did not meet this round's category requirements.",
  ROUND_CRS_BELOW_CUTOFF: 'Your CRS score was below the cut-off of this round.',
  ROUND_SUBMITTED_AFTER_TIE_BREAK:
    'Your score equalled the cut-off, but your profile was submitted after the tie-break time of this round.',
  ROUND_TIE_SUBMISSION_TIME_UNKNOWN:
    'Your score equalled the cut-off; whether you were invited depends on when you submitted your profile, which is not recorded.',
  ROUND_TIE_BREAK_TIME_UNKNOWN:
    'Your score equalled the cut-off, and this round has no published tie-break time to compare with.',
  PROFILE_SUBMITTED_AFTER_ROUND: 'Your Express Entry profile was submitted after this round.',
  PROFILE_EXPIRED: 'Your Express Entry profile had expired (profiles stay in the pool for 12 months).',
} as const;

export type ReasonCode = keyof typeof REASONS;

export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

/** The plain-English sentence of a reason code. */
export function reasonText(code: ReasonCode): string {
  return REASONS[code];
}
