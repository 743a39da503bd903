/** `infoview network [contact]`: the referral tree, each person with their status. */
import { Command } from '@commander-js/extra-typings';
import { examples } from './shared/define.js';
import type { Context } from '../context.js';
import type { NetworkStyle } from '../render/network.js';

export const definition = () =>
  new Command('network')
    .description('the referral tree: who introduced whom, each with their status')
    .argument('[contact]', 'show only this person\'s branch')
    .addHelpText('after', examples(['infoview network', 'infoview network sam      # Sam and everyone Sam led you to']));

export async function run(ctx: Context, query: string | undefined): Promise<void> {
  // Loaded when the command runs: --help reads this file's definition only.
  const [{ branchOf, buildNetwork }, { deriveStatus }, { drawBranch, drawNetwork }, { findContact }, { warnProblems }] = await Promise.all([
    import('../domain/network.js'),
    import('../domain/status.js'),
    import('../render/network.js'),
    import('../store/lookup.js'),
    import('./shared/common.js'),
  ]);
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
