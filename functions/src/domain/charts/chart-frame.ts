import { escapeXml } from '../text/xml.js';

/**
 * What every chart returns: the SVG (drawn on the server, no script), and the same numbers as
 * rows of the accessible table shown beside it. Labels and headings come from the caller (the
 * i18n catalogue); numbers are formatted by the caller's formatter.
 */
export interface ChartTable {
  caption: string;
  headers: readonly [string, string];
  rows: [string, string][];
}

export interface Chart {
  svg: string;
  width: number;
  height: number;
  table: ChartTable;
}

export interface ChartDatum {
  label: string;
  value: number;
}

export interface ChartInput {
  /** Unique on the page: the ids of the title and description derive from it. */
  id: string;
  title: string;
  description: string;
  data: readonly ChartDatum[];
  headers: readonly [string, string];
  format?: (value: number) => string;
}

/** Dark blue bars (8.1:1), near-black text (17:1) and a grey axis (5.3:1) on white. */
export const CHART_COLOURS = {
  bar: '#1d4f91',
  text: '#1b1b1b',
  axis: '#6b6b6b',
  background: '#ffffff',
};

/** Drawn 360 wide and scaled to its box: legible on a 390 px phone, sharp on a wide screen. */
export const CHART_WIDTH = 360;

export const defaultFormat = (value: number) => new Intl.NumberFormat('uk-UA').format(value);

/**
 * No inline `style`: the pages' Content-Security-Policy allows only the stylesheet, which caps
 * the width (`.chart-image svg`).
 */
export function svgDocument(input: ChartInput, height: number, body: string[]): string {
  const id = escapeXml(input.id);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART_WIDTH} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, sans-serif" font-size="14">`,
    `<title id="${id}-title">${escapeXml(input.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(input.description)}</desc>`,
    `<rect width="${CHART_WIDTH}" height="${height}" fill="${CHART_COLOURS.background}"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

export function chartTable(input: ChartInput): ChartTable {
  const format = input.format ?? defaultFormat;
  return {
    caption: input.title,
    headers: input.headers,
    rows: input.data.map((d) => [d.label, format(d.value)]),
  };
}

/** Rounded to a tenth of a pixel, to keep the SVG short. */
export const px = (value: number) => Math.round(value * 10) / 10;
