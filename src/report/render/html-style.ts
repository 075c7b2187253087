/**
 * The page's only styles. Contrast at least 4.5:1 (WCAG 2.1 SC 1.4.3), text
 * that reflows at 320 px (SC 1.4.10); for print no page size is forced, so
 * A4 and Letter both fit, and no table or chart is split across pages.
 */
export const REPORT_CSS = `
:root { color: #1b1f24; background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #c9d1d9; }
.source { color: #4a5560; margin: 0 0 1rem; overflow-wrap: anywhere; }
.answer { font-size: 1.3rem; margin: .5rem 0; }
.met { color: #1a6333; font-weight: 600; }
.unmet { color: #a1262c; font-weight: 600; }
figure { margin: 1rem 0; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .25rem; }
svg { display: block; max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; break-inside: auto; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid #c9d1d9; padding: .3rem .5rem; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
ul { padding-left: 1.25rem; }
@media (max-width: 30rem) {
  main { padding: 1rem .5rem 2rem; }
  table { font-size: .8rem; }
  th, td { padding: .25rem .2rem; overflow-wrap: anywhere; }
}
footer { color: #4a5560; font-size: .9rem; margin-top: 2rem; }
@media print {
  :root { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
@page { margin: 15mm; }
`;
