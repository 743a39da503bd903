/**
 * The referral network: who introduced whom, from each contact's `introducedBy`. Pure: takes the
 * people, returns a forest. Hand-edited files can point at a slug that no longer exists, or form a
 * loop (A introduced by B, B by A); both are shown as such instead of failing.
 */
import type { Status } from './enums.js';
import { fold } from './text.js';

/** One person as the network needs them. */
export interface NetworkPerson {
  slug: string;
  name: string;
  status: Status;
  introducedBy?: string | undefined;
}

/** A node of the drawn tree. `missing`: an `introducedBy` slug with no contact file. */
export interface NetworkNode {
  slug: string;
  name: string;
  status?: Status;
  missing?: boolean;
  /** Set on the person where a loop was cut: the slug that introduced them (and leads back here). */
  loopFrom?: string;
  children: NetworkNode[];
}

const byName = (a: NetworkNode, b: NetworkNode) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug);

/** The slug `introducedBy` points at: a slug, or (hand-written) the person's full name. */
function resolveParent(value: string | undefined, bySlug: Map<string, NetworkPerson>, byFoldedName: Map<string, string>): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (bySlug.has(v)) return v;
  return byFoldedName.get(fold(v)) ?? v;
}

/**
 * Build the referral forest. Roots are people nobody introduced, placeholders for missing
 * introducers, and one person per loop (the loop is cut there and marked). People with a
 * referral link come first; people standing alone follow, all sorted by name.
 */
export function buildNetwork(people: readonly NetworkPerson[]): NetworkNode[] {
  const bySlug = new Map(people.map((p) => [p.slug, p]));
  const byFoldedName = new Map(people.map((p) => [fold(p.name), p.slug]));
  const parent = new Map<string, string>();
  for (const p of people) {
    const to = resolveParent(p.introducedBy, bySlug, byFoldedName);
    if (to !== undefined) parent.set(p.slug, to);
  }

  // Cut every loop once, at its alphabetically first member, so the result is a forest.
  const cut = new Map<string, string>();
  for (const p of people) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: string | undefined = p.slug;
    while (at !== undefined && bySlug.has(at) && !onPath.has(at) && !cut.has(at)) {
      path.push(at);
      onPath.add(at);
      at = parent.get(at);
    }
    if (at !== undefined && onPath.has(at)) {
      const loop = path.slice(path.indexOf(at));
      const first = [...loop].sort()[0] as string;
      cut.set(first, parent.get(first) as string);
      parent.delete(first);
    }
  }

  const nodes = new Map<string, NetworkNode>(
    people.map((p) => [p.slug, { slug: p.slug, name: p.name, status: p.status, children: [] }]),
  );
  for (const [slug, from] of cut) (nodes.get(slug) as NetworkNode).loopFrom = from;
  const roots: NetworkNode[] = [];
  for (const p of people) {
    const node = nodes.get(p.slug) as NetworkNode;
    const to = parent.get(p.slug);
    if (to === undefined) {
      roots.push(node);
      continue;
    }
    let up = nodes.get(to);
    if (!up) {
      up = { slug: to, name: to, missing: true, children: [] };
      nodes.set(to, up);
      roots.push(up);
    }
    up.children.push(node);
  }
  for (const node of nodes.values()) node.children.sort(byName);
  const linked = roots.filter((r) => r.children.length > 0 || r.missing).sort(byName);
  const alone = roots.filter((r) => r.children.length === 0 && !r.missing).sort(byName);
  return [...linked, ...alone];
}

/** The branch under one person, and the chain of people above them (nearest last). */
export function branchOf(forest: readonly NetworkNode[], slug: string): { node: NetworkNode; above: NetworkNode[] } | undefined {
  const walk = (list: readonly NetworkNode[], above: NetworkNode[]): { node: NetworkNode; above: NetworkNode[] } | undefined => {
    for (const node of list) {
      if (node.slug === slug && !node.missing) return { node, above };
      const found = walk(node.children, [...above, node]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(forest, []);
}
