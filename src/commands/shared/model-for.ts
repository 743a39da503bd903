/**
 * The template variables for one contact, for `prep` and `draft` (not `questions`, which needs
 * no model and so does not load it or date-fns).
 */
import type { Context } from '../../context.js';
import { textModel, type ModelInput, type TextModel } from '../../render/text-model.js';
import type { StoredContact } from '../../domain/contact-fields.js';
import { introducerOf } from '../../store/introducer.js';

/** The template variables for one contact (reads the introducer's file for their name). */
export async function modelFor(ctx: Context, stored: StoredContact, extra: Pick<ModelInput, 'questions' | 'referral' | 'channel' | 'target'> = {}): Promise<TextModel> {
  const config = await ctx.config();
  const introducer = await introducerOf(ctx.store(), stored.contact.introducedBy);
  return textModel({ slug: stored.slug, contact: stored.contact, introducer, config, now: ctx.now, ...extra });
}

