/**
 * An HTML rendition of a FactSheet, close to the `standard` template (header band, summary, numbered key
 * statements with ¶ references, quotes, figures table, timeline, entities, footer), for the Chromium route of
 * the comparison. It uses the same DejaVu family our PDFs embed, from the system fonts Chromium sees.
 */
import type { FactSheet } from '../functions/pipeline/factsheet.ts';

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #1d2733; line-height: 1.35; }
header { background: #12355b; color: #fff; padding: 10pt 12pt; border-radius: 3pt; }
header h1 { font-size: 17pt; margin: 0 0 4pt; }
header .meta { font-size: 8.5pt; opacity: .85; }
h2 { font-size: 10.5pt; color: #12355b; border-bottom: 1.2pt solid #c8a24a; padding-bottom: 2pt; margin: 12pt 0 5pt; break-after: avoid; }
ol { padding-left: 16pt; margin: 0; } li { margin-bottom: 3pt; }
.ref { color: #6b7785; font-size: 8pt; }
blockquote { margin: 0 0 6pt; padding: 4pt 8pt; border-left: 2.5pt solid #c8a24a; background: #f5f2ea; break-inside: avoid; }
blockquote .who { display: block; font-size: 8.5pt; color: #44505c; margin-top: 2pt; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
thead { display: table-header-group; }
th { text-align: left; background: #e6ebf1; padding: 3pt 4pt; }
td { padding: 3pt 4pt; border-bottom: .5pt solid #d5dbe2; vertical-align: top; }
.cols { display: flex; gap: 12pt; } .cols > div { flex: 1; }
footer { margin-top: 14pt; font-size: 7.5pt; color: #6b7785; border-top: .5pt solid #d5dbe2; padding-top: 4pt; }
`;

export function sheetToHtml(sheet: FactSheet): string {
  const section = (title: string, body: string, present: boolean): string => (present ? `<h2>${title}</h2>${body}` : '');
  const meta = [sheet.publisher, sheet.published, sheet.dateline].filter(Boolean).map((s) => escape(String(s))).join(' · ');
  const statements = sheet.keyStatements
    .map((k) => `<li>${escape(k.text)} <span class="ref">¶${k.paragraph + 1}</span></li>`)
    .join('');
  const quotes = sheet.quotes
    .slice(0, 8)
    .map(
      (q) =>
        `<blockquote>“${escape(q.text)}”<span class="who">— ${escape(q.speaker ?? 'unattributed')}${
          q.speakerMention && q.speakerMention !== q.speaker ? ` (“${escape(q.speakerMention)}”)` : ''
        } <span class="ref">¶${q.paragraph + 1}</span></span></blockquote>`,
    )
    .join('');
  const figures = sheet.figures
    .slice(0, 12)
    .map((f) => `<tr><td>${escape(f.text)}</td><td>${escape(f.context)}</td><td class="ref">¶${f.paragraph + 1}</td></tr>`)
    .join('');
  const dates = sheet.dates
    .slice(0, 10)
    .map((d) => `<tr><td>${escape(d.iso ?? d.text)}</td><td>${escape(d.context)}</td></tr>`)
    .join('');
  const entityList = (items: { name: string; mentions: number }[]): string =>
    items.slice(0, 10).map((e) => `${escape(e.name)} (${e.mentions})`).join(', ') || '—';
  const { people, organizations, places } = sheet.entities;
  return `<!doctype html><html lang="${escape(sheet.language)}"><head><meta charset="utf-8"><title>${escape(sheet.title)}</title>
<style>${STYLE}</style></head><body>
<header><h1>${escape(sheet.title)}</h1><div class="meta">${meta}</div></header>
${section('Summary', `<p>${escape(sheet.summary.text)}</p>`, sheet.summary.text.length > 0)}
${section('Key statements', `<ol>${statements}</ol>`, sheet.keyStatements.length > 0)}
${section('Quotes', quotes, sheet.quotes.length > 0)}
${section('Key figures', `<table><thead><tr><th>Figure</th><th>What it measures</th><th></th></tr></thead><tbody>${figures}</tbody></table>`, sheet.figures.length > 0)}
${section('Timeline', `<table><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>${dates}</tbody></table>`, sheet.dates.length > 0)}
<h2>Who and where</h2><div class="cols"><div><b>People</b><br>${entityList(people)}</div><div><b>Organisations</b><br>${entityList(
    organizations,
  )}</div><div><b>Places</b><br>${entityList(places)}</div></div>
<footer>Source: ${escape(sheet.input.key)} · sha256 ${sheet.input.sha256.slice(0, 12)} · factsheet ${escape(sheet.generator.version)}</footer>
</body></html>`;
}
