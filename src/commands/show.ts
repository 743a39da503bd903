/** `infoview show <contact>`: profile, timeline and what is due. */
import type { Context } from '../context.js';
import { nextStepFor } from '../domain/next-step.js';
import { contactCard } from '../render/contact-card.js';
import { contactJson, toJson } from '../render/contact-json.js';
import { findContact } from '../store/lookup.js';
import { statusOf, warnTypos } from './common.js';

export async function run(ctx: Context, query: string, options: { json?: boolean }): Promise<void> {
  const store = ctx.store();
  const { contact: stored } = await findContact(store, query);
  const status = await statusOf(ctx, stored);
  if (options.json) {
    ctx.io.stdout.write(toJson(contactJson(stored, status)));
    return;
  }
  warnTypos(ctx, [stored]);
  const introducedBy = stored.contact.introducedBy;
  let introducerName: string | undefined;
  if (introducedBy && store.exists(introducedBy)) {
    try {
      introducerName = (await store.read(introducedBy)).contact.name;
    } catch {
      introducerName = undefined; // the introducer's file is broken; show the slug alone
    }
  }
  ctx.out(
    contactCard(
      {
        slug: stored.slug,
        contact: stored.contact,
        status,
        introducerName,
        due: [nextStepFor(status, stored.slug)],
        now: ctx.now,
        defaultMinutes: (await ctx.config()).defaults.meetingMinutes,
      },
      ctx.paint,
    ),
  );
}
