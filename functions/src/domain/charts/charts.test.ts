import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { barChart } from './bar-chart.js';
import { CHART_COLOURS, CHART_WIDTH, type ChartInput } from './chart-frame.js';
import { monthChart } from './month-chart.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function parse(svg: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  return parser.parse(svg).svg;
}

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const regions: ChartInput = {
  id: 'by-region',
  title: 'Звернення за областями',
  description: 'Найбільше звернень надійшло з Дніпропетровської області',
  headers: ['Область', 'Звернень'],
  data: [
    { label: 'Дніпропетровська область', value: 1200 },
    { label: 'м. Київ', value: 600 },
    { label: 'Закарпатська <область> & «ще»', value: 0 },
  ],
};

describe('the bar chart', () => {
  const chart = barChart(regions);
  const svg = parse(chart.svg);

  it('is an accessible image named by its title and description', () => {
    expect(svg.role).toBe('img');
    expect(svg['aria-labelledby']).toBe('by-region-title by-region-desc');
    expect(svg.title).toMatchObject({ id: 'by-region-title', '#text': regions.title });
    expect(svg.desc).toMatchObject({ id: 'by-region-desc', '#text': regions.description });
    expect(svg.viewBox).toBe(`0 0 ${CHART_WIDTH} ${chart.height}`);
    expect(svg.width).toBe('100%');
  });

  it('draws one bar per category, in proportion, with labels escaped', () => {
    const bars = asArray(svg.rect).slice(1); // the first is the background
    expect(bars.map((b: { width: string }) => Number(b.width))).toEqual([
      CHART_WIDTH - 64,
      (CHART_WIDTH - 64) / 2,
      0,
    ]);
    const texts = asArray(svg.text).map((t: { '#text': string | number }) => String(t['#text']));
    expect(texts).toContain('Закарпатська <область> & «ще»');
    expect(texts).toContain('1\u00a0200');
  });

  it('grows with the data and stays within a phone’s width', () => {
    const taller = barChart({ ...regions, data: [...regions.data, ...regions.data] });
    expect(taller.height).toBeGreaterThan(chart.height);
    expect(chart.width).toBeLessThanOrEqual(390);
  });

  it('gives its numbers as the rows of the accessible table', () => {
    expect(chart.table).toEqual({
      caption: regions.title,
      headers: ['Область', 'Звернень'],
      rows: [
        ['Дніпропетровська область', '1\u00a0200'],
        ['м. Київ', '600'],
        ['Закарпатська <область> & «ще»', '0'],
      ],
    });
  });

  it('draws an empty chart when every value is zero or there is no data', () => {
    const empty = barChart({ ...regions, data: [] });
    expect(XMLValidator.validate(empty.svg)).toBe(true);
    expect(empty.table.rows).toEqual([]);
    const zeros = parse(barChart({ ...regions, data: [{ label: 'а', value: 0 }] }).svg);
    expect(
      asArray(zeros.rect)
        .slice(1)
        .map((b: { width: string }) => b.width),
    ).toEqual(['0']);
  });

  it('uses colours legible on white', () => {
    expect(contrast(CHART_COLOURS.text, CHART_COLOURS.background)).toBeGreaterThanOrEqual(7);
    expect(contrast(CHART_COLOURS.bar, CHART_COLOURS.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(CHART_COLOURS.axis, CHART_COLOURS.background)).toBeGreaterThanOrEqual(3);
  });
});

describe('the chart by month', () => {
  const months = [
    'січ',
    'лют',
    'бер',
    'кві',
    'тра',
    'чер',
    'лип',
    'сер',
    'вер',
    'жов',
    'лис',
    'гру',
  ];
  const input: ChartInput = {
    id: 'by-month',
    title: 'Звернення за місяцями 2026 року',
    description: 'Найбільше — у березні',
    headers: ['Місяць', 'Звернень'],
    data: months.map((label, i) => ({ label, value: i === 2 ? 40 : i * 2 })),
  };

  it('draws twelve columns, the tallest for the largest value, all on one baseline', () => {
    const chart = monthChart(input);
    const svg = parse(chart.svg);
    const columns = asArray(svg.rect).slice(1) as { y: string; height: string; x: string }[];
    expect(columns).toHaveLength(12);
    const heights = columns.map((c) => Number(c.height));
    expect(heights.indexOf(Math.max(...heights))).toBe(2);
    expect(new Set(columns.map((c) => Number(c.y) + Number(c.height))).size).toBe(1);
    expect(Math.max(...columns.map((c) => Number(c.x)))).toBeLessThan(CHART_WIDTH);
    expect(chart.table.rows[2]).toEqual(['бер', '40']);
  });

  it('draws a line through a point per month when asked', () => {
    const svg = parse(monthChart({ ...input, style: 'line' }).svg);
    expect(asArray(svg.circle)).toHaveLength(12);
    expect(svg.polyline.points.split(' ')).toHaveLength(12);
    expect(asArray(svg.rect)).toHaveLength(1);
  });
});
