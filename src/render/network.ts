/** Draws the referral forest with box-drawing branches (├─ └─ │). Pure: returns the text. */
import type { NetworkNode } from '../domain/network.js';

export interface NetworkStyle {
  name(text: string): string;
  dim(text: string): string;
  status(text: string): string;
  warn(text: string): string;
}

const plain: NetworkStyle = { name: (s) => s, dim: (s) => s, status: (s) => s, warn: (s) => s };

function label(node: NetworkNode, style: NetworkStyle): string {
  if (node.missing) return `${style.warn(node.slug)} ${style.dim('(no such contact: named in introducedBy)')}`;
  const loop = node.loopFrom ? ` ${style.warn(`↺ introduced by ${node.loopFrom}, which loops back here`)}` : '';
  return `${style.name(node.name)} ${style.dim(`(${node.slug})`)} ${style.status(node.status ?? '')}${loop}`;
}

/** Each root at the left margin, its referrals below it. */
export function drawNetwork(roots: readonly NetworkNode[], style: NetworkStyle = plain): string {
  const lines: string[] = [];
  const draw = (node: NetworkNode, prefix: string, isLast: boolean, depth: number) => {
    lines.push(depth === 0 ? label(node, style) : `${prefix}${isLast ? '└─ ' : '├─ '}${label(node, style)}`);
    const childPrefix = depth === 0 ? '' : `${prefix}${isLast ? '   ' : '│  '}`;
    node.children.forEach((child, i) => draw(child, childPrefix, i === node.children.length - 1, depth + 1));
  };
  for (const root of roots) draw(root, '', true, 0);
  return lines.join('\n');
}

/** One person's branch, with the chain of introducers above them as a single line. */
export function drawBranch(node: NetworkNode, above: readonly NetworkNode[], style: NetworkStyle = plain): string {
  const chain = above.length ? `${style.dim('introduced through:')} ${above.map((n) => n.name).join(' → ')}\n` : '';
  return `${chain}${drawNetwork([node], style)}`;
}
