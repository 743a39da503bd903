/** `infoview network [contact]`: the referral tree, each person with their status. */
import type { Context } from '../context.js';
import { branchOf, buildNetwork } from '../domain/network.js';
import { deriveStatus } from '../domain/status.js';
import { drawBranch, drawNetwork, type NetworkStyle } from '../render/network.js';
import { findContact } from '../store/lookup.js';
import { warnProblems } from './shared/common.js';

export async function run(ctx: Context, query: string | undefined): Promise<void> {
  const store = ctx.store();
  const focus = query ? (await findContact(store, query)).contact.slug : undefined;
  const { contacts, problems } = await store.readAll();
  warnProblems(ctx, problems);
  const { meetingMinutes } = (await ctx.config()).defaults;
  const forest = buildNetwork(
    contacts.map(({ slug, facts, contact }) => ({
      slug,
      name: facts.name,
      status: deriveStatus(facts, ctx.now, meetingMinutes),
      introducedBy: contact.introducedBy,
    })),
  );
  const { paint } = ctx;
  const style: NetworkStyle = { name: paint.bold, dim: paint.dim, status: paint.cyan, warn: paint.yellow };
  if (focus) {
    const found = branchOf(forest, focus);
    // Unreachable in practice (every contact is in the forest), but never crash on it.
    ctx.out(found ? drawBranch(found.node, found.above, style) : `${focus} is not in the network`);
    return;
  }
  if (!contacts.length) {
    ctx.out('No contacts yet. Add the first: infoview add contact "Full Name"');
    return;
  }
  ctx.out(drawNetwork(forest, style));
  if (!forest.some((root) => root.children.length)) {
    ctx.out(paint.dim('No referral links yet: `infoview add contact "Name" --introduced-by <contact>` records one.'));
  }
}
