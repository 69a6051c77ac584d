/**
 * Renders a Web API help page described as data into the flattened variants seen in the wild
 * (docs/formats/webapi.md §Flattened tables): leading pipes, no leading pipes, glued cells, collapsed
 * whitespace, and raw HTML. Used to check that every variant yields the same IR facts.
 */

export interface RowSpec {
  readonly name: string;
  readonly description?: string;
  readonly type: string;
  /** Annotation texts in page order, e.g. ['Required', 'Max length: 10']; [] prints `None.`. */
  readonly annotations: readonly string[];
}

export interface ModelSpec {
  /** Type text printed before the table (absent: the page prints none). */
  readonly typeText?: string;
  readonly doc?: readonly string[];
  readonly rows?: readonly RowSpec[];
}

export interface SampleSpec {
  readonly mediaTypes: string;
  readonly text: string | null;
}

export interface PageSpec {
  readonly heading: string;
  readonly description?: string;
  readonly uri: readonly RowSpec[];
  readonly body?: ModelSpec;
  readonly requestSamples: readonly SampleSpec[];
  readonly resource?: ModelSpec;
  readonly responseSamples: readonly SampleSpec[];
}

export type Variant = 'pipes' | 'no-leading-pipes' | 'glued' | 'collapsed' | 'html';

const ann = (r: RowSpec): string[] => (r.annotations.length ? [...r.annotations] : ['None.']);

function pipeTable(prefix: string, rows: readonly RowSpec[], leading: boolean): string[] {
  const out = [leading ? `${prefix}| Name | Description | Type | Additional information |` : `${prefix}Name | Description | Type | Additional information |`];
  out.push(leading ? '|---|---|---|---|' : '---|---|---|---|');
  rows.forEach((r, i) => {
    const lead = leading ? '| ' : '';
    if (r.description) out.push(`${lead}${r.name} |`, `${r.description} |`, `${r.type} |`, `${ann(r).join(' ')} |`);
    else out.push(`${lead}${r.name} | ${r.type} |`, `${ann(r).join(' ')} |`);
    if (leading && !r.description && i < rows.length - 1) out.push('|');
  });
  return out;
}

function gluedTable(prefix: string, rows: readonly RowSpec[]): string[] {
  const out = prefix ? [prefix] : [];
  out.push('NameDescriptionTypeAdditional information');
  for (const r of rows) {
    out.push(r.name, '');
    if (r.description) out.push(r.description, '');
    out.push(r.type, '');
    for (const a of ann(r)) out.push(a, '');
  }
  return out;
}

function modelText(m: ModelSpec | undefined, v: Variant): string[] {
  if (!m) return ['None.'];
  const doc = [...(m.doc ?? [])];
  if (!m.rows) return [...doc, ...(m.typeText ? [m.typeText] : ['None.'])];
  if (v === 'glued') return [...doc, ...gluedTable(m.typeText ?? '', m.rows)];
  return [...doc, ...pipeTable(m.typeText ?? '', m.rows, v !== 'no-leading-pipes')];
}

function samplesText(samples: readonly SampleSpec[]): string[] {
  return samples.flatMap((s) => [s.mediaTypes, 'Sample:', s.text ?? 'Sample not available.']);
}

/** Renders the page as copied text in one of the text variants. */
export function renderText(p: PageSpec, v: Exclude<Variant, 'html'>): string {
  const lines: string[] = ['https://example.test/Help/Api/X', p.heading];
  if (p.description) lines.push(p.description);
  lines.push('Request Information', 'URI Parameters');
  lines.push(...(p.uri.length ? (v === 'glued' ? gluedTable('', p.uri) : pipeTable('', p.uri, v !== 'no-leading-pipes')) : ['None.']));
  lines.push('Body Parameters', ...modelText(p.body, v));
  if (p.requestSamples.length) lines.push('Request Formats', ...samplesText(p.requestSamples));
  lines.push('Response Information', 'Resource Description', ...modelText(p.resource, v));
  if (p.responseSamples.length) lines.push('Response Formats', ...samplesText(p.responseSamples));
  const text = lines.join(v === 'glued' ? '\n\n' : '\n');
  return v === 'collapsed' ? collapse(text) : text;
}

/** Collapsed whitespace: no indentation or blank lines, each table body and each sample on one line. */
function collapse(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);
  const out: string[] = [];
  let mode: 'none' | 'table' | 'sample' = 'none';
  for (const l of lines) {
    const joinTable = mode === 'table' && l.includes('|');
    const joinSample = mode === 'sample' && !/^[\w.+-]+\/[\w.+-]+(, [\w.+-]+\/[\w.+-]+)*$/.test(l) && !/^(Response|Request) /.test(l);
    if (joinTable || joinSample) out[out.length - 1] += ' ' + l;
    else {
      out.push(l);
      mode = /^\|?-{3}/.test(l) ? 'none' : mode === 'table' ? 'none' : mode;
      if (mode === 'sample') mode = 'none';
    }
    if (/^\|?-{3}/.test(l)) {
      out.pop();
      out.push(l);
      out.push('');
      mode = 'table';
    } else if (l === 'Sample:') {
      out.push('');
      mode = 'sample';
    }
  }
  return out.map((l) => l.trim()).filter(Boolean).join('\n');
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function typeHtml(t: string): string {
  return /^[A-Z]\w*$/.test(t) && t !== 'Object' && t !== 'URI' ? `<a href="/Help/ResourceModel?modelName=${t}">${t}</a>` : esc(t);
}

function htmlTable(rows: readonly RowSpec[]): string {
  const body = rows
    .map(
      (r) =>
        `<tr>\n  <td class="parameter-name">${esc(r.name)}</td>\n  <td class="parameter-documentation">\n    <p>${esc(r.description ?? '')}</p>\n  </td>\n  <td class="parameter-type">\n    ${typeHtml(r.type)}\n  </td>\n  <td class="parameter-annotations">\n${ann(r)
          .map((a) => `    <p>${esc(a)}</p>`)
          .join('\n')}\n  </td>\n</tr>`,
    )
    .join('\n');
  return `<table class="help-page-table">\n<thead><tr><th>Name</th><th>Description</th><th>Type</th><th>Additional information</th></tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function htmlModel(m: ModelSpec | undefined): string {
  if (!m) return '<p>None.</p>';
  const doc = (m.doc ?? []).map((d) => `<p>${esc(d)}</p>`).join('\n');
  const link = m.typeText ? typeHtml(m.typeText) : '';
  return `${doc}\n${link}\n${m.rows ? htmlTable(m.rows) : m.typeText ? '' : '<p>None.</p>'}`;
}

function htmlSamples(samples: readonly SampleSpec[]): string {
  return samples
    .map(
      (s) =>
        `<div>\n<h4 class="sample-header">${esc(s.mediaTypes)}</h4>\n<div class="sample-content">\n<span><b>Sample:</b></span>\n${
          s.text === null ? '<p>Sample not available.</p>' : `<pre class="wrapped">${esc(s.text)}</pre>`
        }\n</div>\n</div>`,
    )
    .join('\n');
}

/** Renders the page as the HelpPage's HTML (Api.cshtml / HelpPageApiModel.cshtml structure). */
export function renderHtml(p: PageSpec): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8" /><title>${esc(p.heading)}</title><style>h1 { color: red; }</style></head>
<body>
<div id="body" class="help-page">
<section class="featured"><div class="content-wrapper"><p><a href="/Help">Help Page Home</a></p></div></section>
<section class="content-wrapper main-content clear-fix">
<h1>${esc(p.heading)}</h1>
<div>
<p>${esc(p.description ?? '')}</p>
<h2>Request Information</h2>
<h3>URI Parameters</h3>
${p.uri.length ? htmlTable(p.uri) : '<p>None.</p>'}
<h3>Body Parameters</h3>
${htmlModel(p.body)}
${p.requestSamples.length ? `<h3>Request Formats</h3>\n${htmlSamples(p.requestSamples)}` : ''}
<h2>Response Information</h2>
<h3>Resource Description</h3>
${htmlModel(p.resource)}
${p.responseSamples.length ? `<h3>Response Formats</h3>\n${htmlSamples(p.responseSamples)}` : ''}
</div>
</section>
</div>
</body>
</html>`;
}

/** Renders any variant. */
export function render(p: PageSpec, v: Variant): string {
  return v === 'html' ? renderHtml(p) : renderText(p, v);
}
