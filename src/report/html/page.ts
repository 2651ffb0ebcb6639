/**
 * The report page: one self-contained HTML file (inline CSS, charts as inline SVG, no
 * script, nothing fetched), readable on screen and on A4 paper.
 *
 * Text never becomes markup by accident: pieces of markup are {@link Html} values, and
 * the {@link html} template tag escapes every interpolated value that is not one. Names
 * and descriptions from workload files are therefore always escaped; only the SVG that
 * Vega rendered (which escapes the text it draws) enters as {@link trusted} markup.
 */

/** A piece of markup, safe to insert as is. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What may be interpolated into {@link html}: text (escaped), numbers, markup, or lists of those. */
export type HtmlValue = string | number | Html | readonly HtmlValue[];

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Markup from a trusted source (Vega's SVG), inserted without escaping. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** Template tag: the literal parts are markup; every value is escaped unless it is {@link Html}. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.markup;
  if (typeof value === 'number') return escapeHtml(String(value));
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(render).join('');
}

/** A chart as a figure: its SVG, labelled for screen readers by its title. */
export function figure(svg: string, label: string): Html {
  return html`<figure class="chart" aria-label="${label}">${trusted(svg)}</figure>\n`;
}

/** A table cell: text (escaped) or markup. */
export type Cell = string | Html;

/**
 * A table: the first `labels` columns are left-aligned labels, the others right-aligned
 * figures. Cells stay on one line, except in the `wrap` columns (text that may be long:
 * local times, notes), which are left-aligned text that wraps to keep the table within
 * the page.
 *
 * @param labels - Label columns. @default 1
 * @param wrap - Indices of the text columns whose cells may wrap. @default none
 */
export function table(header: readonly string[], rows: readonly (readonly Cell[])[], labels = 1, wrap: readonly number[] = []): Html {
  const classes = (c: number): string => (wrap.includes(c) ? 'w' : c < labels ? '' : 'n');
  const th = (text: string, c: number): Html => (classes(c) === '' ? html`<th>${text}</th>` : html`<th class="${classes(c)}">${text}</th>`);
  const td = (cell: Cell, c: number): Html => (classes(c) === '' ? html`<td>${cell}</td>` : html`<td class="${classes(c)}">${cell}</td>`);
  return html`<table>
<thead><tr>${header.map(th)}</tr></thead>
<tbody>
${rows.map((row) => html`<tr>${row.map(td)}</tr>\n`)}</tbody>
</table>\n`;
}

/** Paragraphs of text (escaped) or markup. */
export function paragraphs(lines: readonly (string | Html)[], className?: string): Html {
  const body = lines.map((line) => html`<p>${line}</p>\n`);
  return className === undefined ? html`${body}` : html`<div class="${className}">\n${body}</div>\n`;
}

const STYLE = `
:root { color-scheme: light; }
body { font: 14px/1.45 Helvetica, Arial, "Liberation Sans", sans-serif; color: #222; background: #fff;
  max-width: 780px; margin: 24px auto; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #ddd; }
h3 { font-size: 15px; margin: 20px 0 6px; }
h4 { font-size: 13px; margin: 14px 0 4px; }
.meta, footer { color: #555; font-size: 12px; }
.headline { background: #f4f7fa; border-left: 4px solid #4e79a7; padding: 4px 14px; margin: 12px 0; }
.headline p { margin: 6px 0; }
figure.chart { margin: 12px 0; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 12px; margin: 8px 0; break-inside: avoid; }
th, td { padding: 3px 8px; border-bottom: 1px solid #e3e3e3; text-align: left; white-space: nowrap; }
th { border-bottom: 1px solid #999; white-space: normal; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
td.w, th.w { white-space: normal; min-width: 9em; }
.warnings { background: #fdf6e3; border-left: 4px solid #e15759; padding: 4px 14px; margin: 12px 0; }
.warnings h2 { font-size: 15px; margin: 8px 0 4px; padding: 0; border: 0; }
.warnings ul, ul.inputs, ul.quiet { margin: 6px 0; padding-left: 20px; }
.note { color: #444; }
abbr.rule { text-decoration: none; border-bottom: 1px dotted #888; }
nav ul { margin: 4px 0; }
a { color: #2a5d8f; }
@page { size: A4; margin: 14mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  section.scenario + section.scenario { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  .warnings { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * The whole document. Its Content-Security-Policy allows inline styles and nothing
 * else: no script runs and nothing is fetched, whatever the page contains.
 *
 * @param title - The document's title (text).
 * @param body - Its content.
 */
export function page(title: string, body: Html): string {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
${body}</body>
</html>
`.markup;
}
