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
 * Horizontal bars, one per category (regions, areas, response forms, measure types): the label
 * above its bar, so long Ukrainian names need no truncation on a phone, and the value after
 * the bar. The height grows with the number of bars.
 */
const ROW = 44;
const LABEL_BASELINE = 16;
const BAR_TOP = 22;
const BAR_HEIGHT = 16;
const VALUE_SPACE = 64;

export function barChart(input: ChartInput): Chart {
  const format = input.format ?? defaultFormat;
  const max = Math.max(0, ...input.data.map((d) => d.value));
  const scale = max > 0 ? (CHART_WIDTH - VALUE_SPACE) / max : 0;
  const height = Math.max(ROW, input.data.length * ROW + 4);
  const body = input.data.flatMap((datum, i) => {
    const top = i * ROW;
    const width = px(Math.max(0, datum.value) * scale);
    return [
      `<text x="0" y="${top + LABEL_BASELINE}" fill="${CHART_COLOURS.text}">${escapeXml(datum.label)}</text>`,
      `<rect x="0" y="${top + BAR_TOP}" width="${width}" height="${BAR_HEIGHT}" fill="${CHART_COLOURS.bar}"/>`,
      `<text x="${px(width + 6)}" y="${top + BAR_TOP + 13}" fill="${CHART_COLOURS.text}">${escapeXml(format(datum.value))}</text>`,
    ];
  });
  return {
    svg: svgDocument(input, height, body),
    width: CHART_WIDTH,
    height,
    table: chartTable(input),
  };
}
