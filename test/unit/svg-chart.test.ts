import { describe, expect, it } from 'vitest';
import { esc } from '../../src/render/html-escape.js';
import { funnelSvg, groupedBarsSvg } from '../../src/render/svg-chart.js';

const attr = (svg: string, name: string) => [...svg.matchAll(new RegExp(` ${name}="([^"]*)"`, 'g'))].map((m) => m[1] as string);
const rects = (svg: string) => [...svg.matchAll(/<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"[^>]*class="bar-(\d)"/g)].map((m) => m.slice(1).map(Number));

describe('esc', () => {
  const cases = [
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['</style><script>', '&lt;/style&gt;&lt;script&gt;'],
    ['a "quoted" & \'single\'', 'a &quot;quoted&quot; &amp; &#39;single&#39;'],
    ['bell\u0007 esc\u001b[31m c1\u009b', 'bell esc[31m c1'],
    ['José\tNúñez', 'José\tNúñez'],
  ] as const;
  for (const [input, output] of cases) it(JSON.stringify(input), () => expect(esc(input)).toBe(output));
});

describe('funnelSvg', () => {
  it('one bar per step, as long as its share of the first, with the share of the step before', () => {
    const svg = funnelSvg([{ label: 'contacted', value: 4 }, { label: 'replied', value: 2 }, { label: 'met', value: 1 }, { label: 'thanked', value: 0 }], 'Funnel', { width: 490 });
    const bars = rects(svg);
    expect(bars.map(([, , width]) => width)).toEqual([290, 145, 73, 2]);
    expect(svg).toContain('>2 (50 %)<');
    expect(svg).toContain('>0 (0 %)<');
    expect(attr(svg, 'height')[0]).toBe(String(4 * 34 + 6));
  });

  it('a band over one step, as shares of the step before: the usual reply rate', () => {
    const band = { step: 1, from: 0.2, to: 0.4, label: 'usual <20–40 %>' };
    const svg = funnelSvg([{ label: 'contacted', value: 2 }, { label: 'replied', value: 1 }], 'Funnel', { band, width: 490 });
    // The first bar is 290 long from x 90: the band covers 58 to 116 of it, on the second row.
    expect(svg).toContain('<rect x="148" y="37" width="58" height="30" class="band"><title>usual &lt;20–40 %&gt;</title></rect>');
    expect(funnelSvg([{ label: 'a', value: 1 }], 'F', { band })).not.toContain('class="band"');
  });

  it('all zero: thin bars, "—" for the shares, no NaN', () => {
    const svg = funnelSvg([{ label: 'contacted', value: 0 }, { label: 'replied', value: 0 }], 'Funnel');
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg).toContain('>0 (—)<');
    expect(rects(svg).map(([, , width]) => width)).toEqual([2, 2]);
  });

  it('labels and the title are escaped', () => {
    const svg = funnelSvg([{ label: '<script>x</script>', value: 1 }], '"><img src=x>');
    expect(svg).not.toMatch(/<script|<img/);
    expect(svg).toContain('aria-label="&quot;&gt;&lt;img src=x&gt;"');
  });
});

describe('groupedBarsSvg', () => {
  it('one bar per value above zero, scaled to the largest, inside the plot', () => {
    const svg = groupedBarsSvg([{ label: 'w1', values: [2, 0] }, { label: 'w2', values: [1, 1] }], ['outreach', 'meetings'], 'Weeks', 428);
    const bars = rects(svg);
    // The legend's two swatches, then the bars: heights 168 (max) and 84.
    expect(bars.slice(2).map(([, y, , h]) => [y, h])).toEqual([[28, 168], [112, 84], [112, 84]]);
    for (const [x, y, w, h] of bars) {
      expect(x! + w!).toBeLessThanOrEqual(428);
      expect(y! + h!).toBeLessThanOrEqual(220);
    }
    expect(svg).toContain('<title>w2: 1 meetings</title>');
  });

  it('no data or all zero: no bars, no NaN', () => {
    for (const groups of [[], [{ label: 'w', values: [0, 0] }]]) {
      const svg = groupedBarsSvg(groups, ['a', 'b'], 'Weeks');
      expect(svg).not.toMatch(/NaN|Infinity/);
      expect(rects(svg)).toHaveLength(2);
    }
  });

  it('many weeks: at most about eight labels below, so they never overlap', () => {
    const groups = Array.from({ length: 52 }, (_, i) => ({ label: `w${i}`, values: [i % 3, 1] }));
    const svg = groupedBarsSvg(groups, ['a', 'b'], 'Weeks');
    expect(svg.match(/class="label">w\d+</g)?.length).toBeLessThanOrEqual(9);
    expect(svg).not.toMatch(/NaN/);
  });
});
