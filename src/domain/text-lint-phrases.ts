/**
 * The phrase lists of the text lint: what reads as asking for a job, and what claims a connection
 * the data does not record. Pure patterns, kept apart so the rules in text-lint.ts stay readable.
 * Each pattern is narrow on purpose: "position", "job" and "opening" are ordinary words too
 * ("in your position", "half the job", "an opening line", "the hiring process"), so only the
 * asking uses are listed.
 */

/** Phrases that ask for (or about) a job, an opening, a referral for a role. Case-insensitive. */
export const JOB_REQUEST: RegExp[] = [
  /\bjobs?\s+(?:openings?|opportunit\w*|offers?|applications?|postings?|search\w*|hunt\w*|vacanc\w*|leads?)\b/i,
  /\b(?:looking|searching|applying|asking|hoping)\s+for\s+(?:a\s+|an\s+|any\s+)?(?:job|role|position|internship|employment|vacancy)\b/i,
  /\b(?:a|any|an)\s+(?:job|jobs|vacanc\w+|internships?)\b(?!\s+interview)/i,
  /\bopenings\b|\b(?:an|any|job)\s+opening\b|\bopening\s+(?:at|on|in|for|with)\s+(?:your|the)\b/i,
  /\b(?:open|available|vacant)\s+(?:positions?|roles?)\b|\bpositions?\s+(?:open|available)\b/i,
  /\b(?:a|any|the)\s+(?:position|role)\s+(?:at|with|on|in)\s+(?:your|the)\s+(?:team|company|firm|organi[sz]ation)\b/i,
  /\bapply(?:ing)?\s+(?:for|to)\s+(?:a|an|the|your|any)?\s*(?:position|role|job|opening)/i,
  // "hiring" alone can be innocent ("what the hiring process taught you"): only asking about it counts.
  /\b(?:are|is)\s+(?:you|your\s+\w+|\w+)\s+(?:currently\s+|still\s+)?hiring\b|\bhiring\s+(?:for|now|right\s+now|at\s+the\s+moment|soon)\b|\bthe\s+hiring\s+manager\b/i,
  /\breferrals?\s+for\s+(?:a|an|the)?\s*(?:role|job|position|opening)/i,
  /\brefer\s+me\b|\bput\s+in\s+a\s+(?:good\s+)?word\b/i,
  /\bpass\s+(?:along|on)\s+my\s+(?:r[ée]sum[ée]|cv)\b|\b(?:attached|enclosed)\s+(?:is\s+)?my\s+(?:r[ée]sum[ée]|cv)\b/i,
  /\bjoin(?:ing)?\s+your\s+(?:team|company)\b/i,
];

/** Connection claims that are only true when the data says so; `needs` names what would make them true. */
export interface ClaimPattern {
  pattern: RegExp;
  /** meeting: a meeting is recorded; introducer: someone introduced you, or the source is a referral or a friend; never: only the contact's own hook may say it. */
  needs: 'meeting' | 'introducer' | 'never';
}

export const CONNECTION_CLAIMS: ClaimPattern[] = [
  { pattern: /\bcrossed\s+paths\b/i, needs: 'never' },
  { pattern: /\b(?:a|the|our)\s+recent\s+(?:event|meetup|conference|panel)\b/i, needs: 'never' },
  { pattern: /\b(?:enjoyed|loved|read|saw|heard)\s+your\s+(?:talk|post|article|presentation|panel|session|podcast|keynote)\b/i, needs: 'never' },
  { pattern: /\b(?:great|nice|lovely|good)\s+(?:to\s+)?(?:meet|meeting|see|seeing|talk|talking|chat|chatting)\s+(?:to\s+|with\s+)?you\b/i, needs: 'meeting' },
  { pattern: /\bwhen\s+we\s+(?:met|spoke|talked)\b|\bwe\s+met\b|\bas\s+we\s+discussed\b/i, needs: 'meeting' },
  { pattern: /\bour\s+(?:recent\s+|last\s+)?(?:conversation|chat|call|meeting|coffee)\b/i, needs: 'meeting' },
  { pattern: /\b(?:our|a)\s+mutual\s+(?:friend|contact|connection)\b/i, needs: 'introducer' },
];

/** Words that are placeholders when a template or the data left a gap. */
export const PLACEHOLDERS: RegExp[] = [
  /\{\{|\}\}|\{%|%\}/,
  /\bTODO\b|\bTBD\b|\bFIXME\b|\bXXX\b/,
  /\bundefined\b|\bNaN\b|\[object Object\]|\bInvalid Date\b/,
  // "null" is a word in research ("the null hypothesis"): only a bare null is a gap.
  /\bnull\b(?!\s+(?:hypothes[ie]s|results?|findings?|models?))/,
];

/** A bracketed blank, like "[Name one thing you learned.]"; a Markdown link "[text](url)" is not one. */
export const BRACKETED_BLANK = /\[[^\]\n]{1,200}\](?!\()/;
