import { escapeXml } from '../text/xml.js';
import {
  CHART_COLOURS,
  CHART_WIDTH,
  chartTable,
  defaultFormat,
  px,
  svgDocument,
  type Chart,
  type ChartInput,
} from './chart-frame.js';

/**
 * Values by month (reports received), as columns or as a line with its points, with the
 * value above each and the caller's short month names below. Twelve months fit 360 wide.
 */
const PLOT_TOP = 24;
const PLOT_HEIGHT = 150;
const LABEL_SPACE = 24;
const SIDE = 4;

export function monthChart(input: ChartInput & { style?: 'columns' | 'line' }): Chart {
  const format = input.format ?? defaultFormat;
  const count = Math.max(1, input.data.length);
  const slot = (CHART_WIDTH - 2 * SIDE) / count;
  const max = Math.max(0, ...input.data.map((d) => d.value));
  const baseline = PLOT_TOP + PLOT_HEIGHT;
  const yOf = (value: number) =>
    px(baseline - (max > 0 ? (Math.max(0, value) / max) * PLOT_HEIGHT : 0));
  const centre = (i: number) => px(SIDE + slot * (i + 0.5));
  const fontSize = slot < 30 ? 11 : 13;
  const marks =
    input.style === 'line'
      ? [
          `<polyline points="${input.data.map((d, i) => `${centre(i)},${yOf(d.value)}`).join(' ')}" fill="none" stroke="${CHART_COLOURS.bar}" stroke-width="2"/>`,
          ...input.data.map(
            (d, i) =>
              `<circle cx="${centre(i)}" cy="${yOf(d.value)}" r="3" fill="${CHART_COLOURS.bar}"/>`,
          ),
        ]
      : input.data.map((d, i) => {
          const top = yOf(d.value);
          return `<rect x="${px(centre(i) - slot * 0.35)}" y="${top}" width="${px(slot * 0.7)}" height="${px(baseline - top)}" fill="${CHART_COLOURS.bar}"/>`;
        });
  const texts = input.data.flatMap((d, i) => [
    `<text x="${centre(i)}" y="${px(yOf(d.value) - 6)}" text-anchor="middle" font-size="${fontSize}" fill="${CHART_COLOURS.text}">${escapeXml(format(d.value))}</text>`,
    `<text x="${centre(i)}" y="${baseline + 18}" text-anchor="middle" font-size="${fontSize}" fill="${CHART_COLOURS.text}">${escapeXml(d.label)}</text>`,
  ]);
  const axis = `<line x1="${SIDE}" y1="${baseline}" x2="${CHART_WIDTH - SIDE}" y2="${baseline}" stroke="${CHART_COLOURS.axis}"/>`;
  const height = baseline + LABEL_SPACE;
  return {
    svg: svgDocument(input, height, [axis, ...marks, ...texts]),
    width: CHART_WIDTH,
    height,
    table: chartTable(input),
  };
}
