/** The one next thing to do with a contact, as a short phrase for `list` and `show`. */
import type { Status } from './enums.js';

export function nextStepFor(status: Status, slug: string): string {
  switch (status) {
    case 'new':
      return `reach out: infoview draft ${slug}`;
    case 'contacted':
      return 'wait for a reply (see infoview followup)';
    case 'replied':
      return `schedule: infoview add meeting ${slug} --at …`;
    case 'scheduled':
      return `prepare: infoview prep ${slug}`;
    case 'met':
      return `thank them: infoview draft ${slug} --kind thankyou`;
    case 'thanked':
      return 'stay in touch';
  }
}
