import type { DepartmentShare, MonthCount } from '../compute.js';
import { monthName, percentText } from './format.js';
import { escapeHtml } from './html-escape.js';

/**
 * The report's charts as inline SVG: no script, no fonts, no network, so
 * the page works offline and prints. Each is an image with a text
 * alternative (role="img", aria-labelledby: WCAG 2.1 SC 1.1.1) and the
 * table beneath it holds the same numbers for anyone who cannot see it.
 */
const DONE = '#1d5f96';
const REST = '#dde3ea';
const GOAL = '#a1262c';
const INK = '#1b1f24';

export function overallBar(percent: number, threshold: number, labelId: string): string {
  const width = 600;
  const x = (p: number) => 10 + (p / 100) * (width - 20);
  return svg(labelId, width, 64, [
    `<rect x="10" y="10" width="${width - 20}" height="24" fill="${REST}"/>`,
    `<rect x="10" y="10" width="${(x(percent) - 10).toFixed(1)}" height="24" fill="${DONE}"/>`,
    goalLine(x(threshold), 4, 40),
    `<text x="${x(threshold).toFixed(1)}" y="56" text-anchor="middle" font-size="12" fill="${GOAL}">goal ${threshold} %</text>`,
  ]);
}

export function departmentBars(departments: readonly DepartmentShare[], threshold: number, labelId: string): string {
  const rowHeight = 26;
  const labelWidth = 190;
  const width = 600;
  const barWidth = width - labelWidth - 70;
  const x = (p: number) => labelWidth + (p / 100) * barWidth;
  const rows = departments.map((d, i) => {
    const y = 8 + i * rowHeight;
    return [
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" font-size="12" fill="${INK}">${escapeHtml(shorten(d.name, 28))}</text>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="16" fill="${REST}"/>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${(x(d.percent) - labelWidth).toFixed(1)}" height="16" fill="${DONE}"/>`,
      `<text x="${labelWidth + barWidth + 8}" y="${y + 15}" font-size="12" fill="${INK}">${percentText(d.percent)}</text>`,
    ].join('');
  });
  const height = 16 + departments.length * rowHeight;
  return svg(labelId, width, height + 16, [...rows, goalLine(x(threshold), 2, height), `<text x="${x(threshold).toFixed(1)}" y="${height + 12}" text-anchor="middle" font-size="12" fill="${GOAL}">goal ${threshold} %</text>`]);
}

export function cumulativeColumns(months: readonly MonthCount[], threshold: number, labelId: string): string {
  const width = 600;
  const height = 200;
  const left = 40;
  const plot = width - left - 10;
  const step = plot / Math.max(months.length, 1);
  const y = (p: number) => 10 + (1 - p / 100) * (height - 40);
  const every = Math.ceil(months.length / 8);
  const parts = [0, 50, 100].map((p) => `<text x="${left - 6}" y="${y(p) + 4}" text-anchor="end" font-size="11" fill="${INK}">${p} %</text>`);
  months.forEach((month, i) => {
    const top = y(month.percent);
    parts.push(`<rect x="${(left + i * step + step * 0.15).toFixed(1)}" y="${top.toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${(y(0) - top).toFixed(1)}" fill="${DONE}"/>`);
    if (i % every === 0) parts.push(`<text x="${(left + i * step + step / 2).toFixed(1)}" y="${height - 12}" text-anchor="middle" font-size="11" fill="${INK}">${monthName(month.month)}</text>`);
  });
  parts.push(`<line x1="${left}" x2="${width - 10}" y1="${y(0)}" y2="${y(0)}" stroke="${INK}"/>`);
  parts.push(`<line x1="${left}" x2="${width - 10}" y1="${y(threshold).toFixed(1)}" y2="${y(threshold).toFixed(1)}" stroke="${GOAL}" stroke-width="2" stroke-dasharray="6 4"/>`);
  parts.push(`<text x="${width - 12}" y="${(y(threshold) - 5).toFixed(1)}" text-anchor="end" font-size="12" fill="${GOAL}">goal ${threshold} %</text>`);
  return svg(labelId, width, height, parts);
}

function svg(labelId: string, width: number, height: number, parts: string[]): string {
  return `<svg role="img" aria-labelledby="${labelId}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

function goalLine(x: number, y1: number, y2: number): string {
  return `<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${y1}" y2="${y2}" stroke="${GOAL}" stroke-width="3"/>`;
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
