/**
 * The demo workspace: the same five people as `examples/workspace`, dated from the day it is
 * written, so a first look always shows something current: a coffee tomorrow, a thank-you due
 * today, a nudge due, a fresh referral and someone already thanked.
 */
import { addBusinessDaysMs } from './days.js';
import { localIso } from './iso.js';

export interface DemoFile {
  /** Relative to the data folder. */
  path: string;
  text: string;
}

/** Wall-clock `hh:mm` on the local day `days` from `now` (negative: before). */
function dayAt(now: Date, days: number, time: string): Date {
  const [h, m] = time.split(':').map(Number);
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, h ?? 0, m ?? 0);
}

/** `hh:mm` on the business day `days` before `now` (Monday to Friday). */
function businessDayAt(now: Date, days: number, time: string): Date {
  const day = new Date(addBusinessDaysMs(dayAt(now, 0, '12:00').getTime(), -days));
  return dayAt(day, 0, time);
}

/** The demo's files, with every time written in the local zone as infoview writes them. */
export function demoWorkspace(now: Date): DemoFile[] {
  const at = (days: number, time: string) => localIso(dayAt(now, days, time));
  const businessAt = (days: number, time: string) => localIso(businessDayAt(now, days, time));
  return [
    {
      path: 'config.yaml',
      text: `# A demo workspace made by \`infoview demo\`: the people are made up, the dates start today.
me:
  name: Alex Doe
  stage: graduate
  studies: psychology
  school: Lakeside University
  graduation: 2025
  field: UX research
  pitch: >-
    I studied psychology at Lakeside University and spent two years running
    studies in a memory lab. I'm exploring UX research because I want to use
    those methods on products people use every day.
  email: alex.doe@example.com
  signature: |
    Alex Doe
    alex.doe@example.com
`,
    },
    {
      path: 'contacts/maya-chen.yaml',
      text: `# Sam's referral. Alumna of Lakeside.
name: Maya Chen
role: Senior UX Researcher
company: Northwind Health
field: UX research
email: maya.chen@example.com
source: referral
introducedBy: sam-rivera
hook: I enjoyed your talk on diary studies at the October meetup
tags: [healthcare]
outreach:
  - at: ${at(-7, '09:30')}
    channel: email
    note: Mentioned Sam and her diary-studies talk
    repliedAt: ${at(-6, '08:10')}
meetings:
  # She suggested the place; I'm paying.
  - at: ${at(1, '15:00')}
    minutes: 30
    medium: coffee
    place: Blue Bottle, 5th Ave
`,
    },
    {
      path: 'contacts/jose-nunez.yaml',
      text: `name: José Núñez
role: UX Research Manager
company: Contoso Travel
field: UX research
source: alumni
tags: [travel, management]
outreach:
  - at: ${at(-14, '11:00')}
    channel: linkedin
    note: Alumni group message
    repliedAt: ${at(-13, '09:00')}
meetings:
  - at: ${at(-1, '16:00')}
    minutes: 20
    medium: call
    notes: |
      Hires researchers who can tell a story with small samples.
    takeaways:
      - A portfolio of two honest case studies beats five polished ones
    referrals: [Priya Natarajan]
`,
    },
    {
      path: 'contacts/dana-ortiz.yaml',
      text: `# Sam's other referral. Agency side.
name: Dana Ortiz
role: Design Researcher
company: Fathom & Co
field: service design
email: dana@example.com
source: referral
introducedBy: sam-rivera
tags: [agency]
outreach:
  - at: ${businessAt(9, '10:00')}
    channel: email
    note: Used Sam's name in the subject line
`,
    },
    {
      path: 'contacts/priya-natarajan.yaml',
      text: `name: Priya Natarajan
role: Principal Researcher
company: Tailwind Bank
field: fintech research
source: referral
introducedBy: jose-nunez
tags: [fintech]
`,
    },
    {
      path: 'contacts/sam-rivera.yaml',
      text: `# Former lab-mate, now a research ops lead. The first person I asked.
name: Sam Rivera
role: Research Operations Lead
company: Brightline Labs
field: UX research
email: sam.rivera@example.com
source: coworker
tags: [research-ops]
outreach:
  - at: ${at(-50, '10:15')}
    channel: email
    note: Short catch-up note, asked for 20 minutes
    repliedAt: ${at(-50, '18:40')}
meetings:
  - at: ${at(-43, '12:30')}
    minutes: 30
    medium: video
    takeaways:
      - Recruiting participants well is half the job
      - Agencies teach breadth fast, in-house teaches depth
    referrals: [Maya Chen, Dana Ortiz]
    thankYouSentAt: ${at(-43, '20:05')}
`,
    },
  ];
}
