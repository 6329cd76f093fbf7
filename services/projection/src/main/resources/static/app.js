'use strict';
// budgetwatch search page: plain JavaScript over the projection's API (/api/search, /api/documents/{id}).

const UNITS = { WAN_YUAN: '万元', YUAN: '元', YI_YUAN: '亿元', UNKNOWN: '' };
const FACET_NAMES = { year: '年度', province: '省份', city: '城市', district: '区县', kind: '文件类型', status: '核查结果', tableType: '表格', ruleId: '规则', severity: '严重程度' };
const TYPE_NAMES = { '': '全部', document: '文件', lineItem: '预算明细', discrepancy: '核查问题' };
const VALUE_NAMES = {
  DEPARTMENT_BUDGET: '部门预算', UNIT_BUDGET: '单位预算', DEPARTMENT_FINAL_ACCOUNTS: '部门决算', UNIT_FINAL_ACCOUNTS: '单位决算', UNKNOWN: '未说明',
  CLEAN: '未发现问题', DISCREPANCIES: '发现问题', INCOMPLETE: '表格不全', REJECTED: '无法读取', EXTRACTED: '待核查', RECEIVED: '已接收',
  ERROR: '错误', WARNING: '警示', INFO: '提示',
  REVENUE_EXPENDITURE_SUMMARY: '收支总表', REVENUE_SUMMARY: '收入总表', EXPENDITURE_SUMMARY: '支出总表', FISCAL_APPROPRIATION_SUMMARY: '财政拨款收支总表',
  GENERAL_BUDGET_EXPENDITURE: '一般公共预算支出表', GENERAL_BUDGET_BASIC_EXPENDITURE: '一般公共预算基本支出表', THREE_PUBLIC_COSTS: '“三公”经费表',
  GOVERNMENT_FUND_EXPENDITURE: '政府性基金预算支出表', STATE_CAPITAL_EXPENDITURE: '国有资本经营预算支出表', PROJECT_EXPENDITURE: '项目支出表',
  GOVERNMENT_PROCUREMENT: '政府采购表', PURCHASED_SERVICES: '政府购买服务表', PERFORMANCE_TARGETS: '绩效目标表', OTHER: '其他表格'
};
// Why a document could not be read, for the reader (the reason codes of disclosures.rejected.v1).
const REJECTION_REASONS = {
  UNKNOWN: '原因不明', EMPTY: '文件为空', UNSUPPORTED_FORMAT: '不支持的文件格式（支持 PDF、Word、Excel、HTML 和文本）',
  UNREADABLE: '文件已损坏或无法解析', NO_TEXT_LAYER: '扫描件：PDF 没有文字层，需要先做文字识别（OCR）', ENCRYPTED: '文件已加密',
  TOO_LARGE: '文件超出大小、页数或行数限制', NO_TABLES: '文件中没有找到预决算表格', CONTENT_MISSING: '找不到文件内容（大文件的存储已丢失）',
  TIMEOUT: '解析超时', INTERNAL_ERROR: '系统内部错误，已记录'
};
const REGION_LEVELS = ['province', 'city', 'district'];
const FILTERS = ['q', 'type', 'year', 'region', 'kind', 'status', 'tableType', 'ruleId', 'severity', 'code', 'page'];

const $ = (selector) => document.querySelector(selector);
const name = (value) => VALUE_NAMES[value] || value;

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value; else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function currentParams() {
  const hash = location.hash.replace(/^#/, '');
  const query = hash.startsWith('/search?') ? hash.slice('/search?'.length) : '';
  return new URLSearchParams(query);
}

function go(params) {
  for (const [key, value] of [...params.entries()]) if (!value) params.delete(key);
  location.hash = '/search?' + params.toString();
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message || ('HTTP ' + response.status));
  return body;
}

function rejectionText(reason) {
  return '无法读取：' + (REJECTION_REASONS[reason] || REJECTION_REASONS.UNKNOWN);
}

// A document's name for the reader: its title, department or file name; the 64-hex id only when there is nothing else.
function documentName(doc) {
  return doc.title || doc.department || doc.fileName || ('文件 ' + String(doc.documentId || '').slice(0, 12));
}

function amountText(text, unit) {
  return text === null || text === undefined ? '' : text + (UNITS[unit] ? ' ' + UNITS[unit] : '');
}

// A finding's value in its unit: 1,280.50 万元, 12.3%, 31.5566～31.5582%. The exact bounds of an interval carry sixteen
// decimals; four say as much to a reader (the API keeps them whole).
function valueText(text, unit) {
  if (text === null || text === undefined) return '—';
  const bounds = String(text).replace(/^\[|\]$/g, '').split(',').map((b) => shortDecimal(b.trim()));
  const shown = bounds.length === 2 && bounds[0] !== bounds[1] ? bounds.join('～') : bounds[0];
  return unit === 'PERCENT' ? shown + '%' : amountText(shown, unit);
}

function shortDecimal(decimal) {
  const match = /^(-?\d+)(?:\.(\d*))?$/.exec(decimal);
  if (!match || !match[2] || match[2].length <= 4) return decimal;
  const rounded = Number(decimal).toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
  return rounded === '-0' ? '0' : rounded;
}

// Where a finding stands in the source: the pages (PDF) or lines (text) of its locations, in order
function whereText(locations) {
  const pages = [...new Set((locations || []).map((l) => l.page).filter((p) => p !== null && p !== undefined))];
  if (pages.length) return '第 ' + pages.join('、') + ' 页';
  const lines = [...new Set((locations || []).map((l) => l.line).filter((n) => n !== null && n !== undefined))];
  return lines.length ? '第 ' + lines.join('、') + ' 行' : '';
}

// ---- search ----

// Each navigation gets a number; an answer that arrives after the reader has moved on is dropped.
let navigation = 0;

function show(section) {
  $('#search-view').hidden = section !== 'search';
  $('#document-view').hidden = section !== 'document';
  $('#rule-view').hidden = section !== 'rule';
}

async function showSearch(token) {
  const params = currentParams();
  $('#q').value = params.get('q') || '';
  const request = new URLSearchParams();
  for (const key of FILTERS) if (params.get(key)) request.set(key, params.get(key));
  request.set('size', '20');
  request.set('syntax', 'plain');
  // rules and severities are counted over findings: a disclosure's own entry carries every rule and severity of its report
  const findings = new URLSearchParams(request);
  findings.set('type', 'discrepancy');
  findings.set('size', '1');
  findings.delete('page');
  let page;
  let findingFacets;
  try {
    [page, findingFacets] = await Promise.all([api('/api/search?' + request.toString()),
      request.get('type') === 'discrepancy' ? null : api('/api/search?' + findings.toString()).then((f) => f.facets)]);
  } catch (error) {
    if (token !== navigation) return;
    show('search');
    $('#summary').textContent = '无法搜索：' + error.message;
    $('#results').replaceChildren();
    return;
  }
  if (token !== navigation) return;
  show('search');
  $('#results').dataset.query = params.get('q') || '';
  renderTypes(params, page.facets.type || []);
  renderFacets(params, findingFacets ? { ...page.facets, ruleId: findingFacets.ruleId, severity: findingFacets.severity } : page.facets);
  $('#summary').textContent = `共 ${page.total} 条结果`;
  $('#results').replaceChildren(...page.hits.map(renderHit));
  renderPager(params, page);
}

function renderTypes(params, counts) {
  const byType = Object.fromEntries(counts.map((c) => [c.value, c.count]));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  $('#types').replaceChildren(...Object.entries(TYPE_NAMES).map(([type, label]) => {
    const next = new URLSearchParams(params);
    next.set('type', type);
    next.delete('page');
    const count = type ? (byType[type] || 0) : total;
    return el('a', { href: '#/search?' + next.toString(), class: (params.get('type') || '') === type ? 'active' : null, 'data-type': type || 'all' },
      `${label} (${count})`);
  }));
}

function renderFacets(params, facets) {
  const blocks = [];
  for (const [dim, label] of Object.entries(FACET_NAMES)) {
    const values = facets[dim] || [];
    if (!values.length) continue;
    blocks.push(el('h3', {}, label));
    // the region's levels filter through region, which matches any of them
    const param = REGION_LEVELS.includes(dim) ? 'region' : dim;
    blocks.push(el('ul', { 'data-facet': dim }, values.map((v) => {
      const active = params.get(param) === v.value;
      const next = new URLSearchParams(params);
      if (active) next.delete(param); else next.set(param, v.value);
      next.delete('page');
      return el('li', {}, el('a', { href: '#/search?' + next.toString(), class: active ? 'active' : null },
        el('span', {}, name(v.value)), el('span', { class: 'count' }, v.count)));
    })));
  }
  $('#facets').replaceChildren(...blocks);
}

function documentLink(hit, text) {
  return el('a', { href: '#/doc/' + encodeURIComponent(hit.documentId), class: 'doc-link' }, text || documentName(hit));
}

function ruleLink(ruleId) {
  const rule = RULES.get(ruleId);
  return el('a', { href: '#/rule/' + encodeURIComponent(ruleId), class: 'rule-link', title: rule ? rule.checks : null }, ruleId);
}

function renderHit(hit) {
  const meta = el('div', { class: 'meta' }, [regionText(hit), hit.fiscalYear && hit.fiscalYear + ' 年', name(hit.kind)].filter(Boolean).join(' · '));
  if (hit.type === 'document') {
    return el('li', { class: 'hit-document' },
      el('span', { class: 'kind-label' }, '文件'), el('span', { class: 'hit-title' }, documentLink(hit)),
      el('span', { class: 'badge ' + hit.status }, name(hit.status)),
      meta,
      el('div', { class: 'meta' }, hit.status === 'REJECTED' || hit.rejectionReason ? rejectionText(hit.rejectionReason)
        : `${hit.tables ?? 0} 张表 · ${hit.errors ?? 0} 个错误 · ${hit.warnings ?? 0} 个警示`));
  }
  if (hit.type === 'lineItem') {
    const amounts = (hit.amounts || []).filter((a) => a.text).map((a) => `${a.column || ''} ${amountText(a.text, hit.unit)}`.trim());
    return el('li', { class: 'hit-line-item' },
      el('span', { class: 'kind-label' }, '明细'),
      el('span', { class: 'hit-title' }, [hit.code, hit.label].filter(Boolean).join(' ')),
      el('div', { class: 'meta' }, hit.tableTitle ? ['《', hit.tableTitle, '》', hit.page ? `第 ${hit.page} 页` : '', ' · '] : null, documentLink(hit)),
      el('div', { class: 'amounts' }, amounts.join('；')),
      meta);
  }
  return el('li', { class: 'hit-discrepancy' },
    el('span', { class: 'kind-label' }, '问题'), el('span', { class: 'badge ' + hit.severity }, name(hit.severity)), ' ',
    el('span', { class: 'hit-title' }, ruleLink(hit.ruleId)), el('div', {}, hit.messageZh || ''),
    el('div', { class: 'meta' }, whereText(hit.locations) ? whereText(hit.locations) + ' · ' : null, documentLink(hit)), meta);
}

function renderPager(params, page) {
  const links = [];
  const pages = Math.ceil(page.total / page.size);
  if (page.page > 0) links.push(pageLink(params, page.page - 1, '上一页'));
  if (page.page + 1 < pages && (page.page + 2) * page.size <= 10000) links.push(pageLink(params, page.page + 1, '下一页'));
  $('#pager').replaceChildren(...links);
}

function pageLink(params, number, label) {
  const next = new URLSearchParams(params);
  next.set('page', number);
  return el('a', { href: '#/search?' + next.toString() }, label);
}

// ---- one document ----

async function showDocument(id, token) {
  const view = $('#document-view');
  show('document');
  view.replaceChildren(el('p', {}, '加载中……'));
  let doc;
  try {
    doc = await api('/api/documents/' + encodeURIComponent(id));
  } catch (error) {
    if (token !== navigation) return;
    view.replaceChildren(el('p', {}, '找不到该文件：' + error.message));
    return;
  }
  if (token !== navigation) return;
  const status = doc.state === 'VALIDATED' ? doc.reportStatus : doc.state;
  const rejected = doc.state === 'REJECTED' || doc.rejectionReason;
  const header = el('div', { class: 'doc-header' },
    el('p', {}, el('a', { href: 'javascript:history.back()' }, '← 返回结果')),
    el('h1', {}, documentName(doc)),
    el('div', { class: 'meta' }, [doc.department, regionText(doc), doc.fiscalYear && doc.fiscalYear + ' 年', name(doc.kind), doc.fileName]
      .filter(Boolean).join(' · ')),
    el('p', {}, status ? el('span', { class: 'badge ' + status }, name(status)) : null,
      rejected ? ' ' + rejectionText(doc.rejectionReason)
        : doc.state === 'VALIDATED' ? ` ${doc.errors} 个错误，${doc.warnings} 个警示，${doc.infos} 个四舍五入提示` + (doc.rulesetVersion ? ` · 规则集 ${doc.rulesetVersion}` : '')
          : ' 核查中'),
    rejected && doc.rejectionMessage ? el('p', { class: 'rejection-detail' }, '详情：' + doc.rejectionMessage) : null);

  const findingsByTable = new Map();
  const elsewhere = [];
  for (const finding of doc.findings || []) {
    const tables = new Set((finding.locations || []).map((l) => l.tableIndex).filter((t) => t !== null && t !== undefined));
    if (!tables.size) elsewhere.push(finding);
    for (const table of tables) {
      if (!findingsByTable.has(table)) findingsByTable.set(table, []);
      findingsByTable.get(table).push(finding);
    }
  }
  const narrative = elsewhere.length ? el('section', { class: 'narrative-findings' }, el('h2', {}, '说明文字与完整性'),
    el('div', { class: 'notes' }, elsewhere.map(note))) : null;
  const tables = el('div', { class: 'doc-tables' }, (doc.tables || []).map((table) => renderTable(table, findingsByTable.get(table.index) || [])));
  // replaceChildren writes a null as the text "null": only the parts this document has
  view.replaceChildren(...[header, findingIndex(doc.findings || []), narrative, tables].filter(Boolean));
  window.scrollTo(0, 0);
}

// The document's findings, worst first, each a link to its note beside the table or sentence it concerns.
function findingIndex(findings) {
  if (!findings.length) return null;
  const sorted = [...findings].sort((a, b) => rank(b.severity) - rank(a.severity));
  return el('nav', { class: 'finding-index', id: 'finding-index' }, el('h2', {}, `本文件的核查结果（${findings.length}）`),
    el('ol', {}, sorted.map((finding) => el('li', {},
      el('span', { class: 'badge ' + finding.severity }, name(finding.severity)), ' ',
      el('a', { href: location.hash, class: 'jump', 'data-target': noteId(finding) }, finding.ruleId + '：' + (finding.messageZh || finding.messageEn || ''))))));
}

function noteId(finding) {
  return 'finding-' + (finding.fingerprint || finding.ruleId);
}

function note(finding) {
  const sentences = [...new Set((finding.locations || []).map((l) => l.sentence).filter(Boolean))];
  const evidence = [];
  if (finding.expected || finding.actual) {
    evidence.push(`应为 ${valueText(finding.expected, finding.unit)}，实为 ${valueText(finding.actual, finding.unit)}`
      + (finding.difference ? `，相差 ${valueText(finding.difference, finding.unit)}` : ''));
  }
  if ((finding.addends || []).length) evidence.push('相加各项：' + finding.addends.join(' + '));
  return el('div', { class: 'finding-note ' + finding.severity, 'data-rule': finding.ruleId, id: noteId(finding) },
    el('div', {}, el('span', { class: 'badge ' + finding.severity }, name(finding.severity)), ' ', ruleLink(finding.ruleId),
      whereText(finding.locations) ? el('span', { class: 'where' }, ' · ' + whereText(finding.locations)) : null),
    el('div', {}, finding.messageZh || finding.messageEn || ''),
    evidence.length ? el('div', { class: 'evidence' }, evidence.join('；')) : null,
    sentences.map((s) => el('blockquote', {}, '“' + s + '”')));
}

function renderTable(table, findings) {
  const marked = new Map();
  for (const finding of findings) {
    for (const l of finding.locations || []) {
      if (l.tableIndex !== table.index || l.rowIndex === null || l.rowIndex === undefined) continue;
      const key = l.rowIndex + ':' + (l.columnIndex ?? '*');
      const worst = marked.get(key);
      if (!worst || rank(finding.severity) > rank(worst.severity)) marked.set(key, finding);
    }
  }
  const columns = table.columns || [];
  const head = el('tr', {}, el('th', {}, '编码'), el('th', {}, '项目'), columns.map((c) => el('th', {}, c.path)));
  const rows = (table.rows || []).map((row) => {
    const cells = new Map((row.cells || []).map((c) => [c.column, c]));
    const rowFinding = marked.get(row.index + ':*');
    return el('tr', { class: row.total ? 'total' : null },
      el('td', {}, row.code || ''),
      el('td', { class: rowFinding ? 'finding ' + rowFinding.severity : null, title: rowFinding ? rowFinding.messageZh : null }, row.label),
      columns.map((column) => {
        const cell = cells.get(column.index);
        const finding = marked.get(row.index + ':' + column.index);
        return el('td', { class: 'num' + (finding ? ' finding ' + finding.severity : ''), title: finding ? finding.messageZh : null },
          cell && cell.text ? cell.text : '');
      }));
  });
  const unit = UNITS[table.unit] ? `（单位：${UNITS[table.unit]}）` : '';
  const page = table.page !== null && table.page !== undefined ? `（第 ${table.page} 页）` : '';
  return el('section', { class: 'table-block', 'data-table': table.index },
    el('div', {}, el('p', { class: 'caption' }, (table.title || name(table.type) || '表格') + unit + page),
      el('div', { class: 'table-wrap' }, el('table', {}, el('thead', {}, head), el('tbody', {}, rows)))),
    el('div', { class: 'notes' }, findings.map(note)));
}

function rank(severity) {
  return { ERROR: 3, WARNING: 2, INFO: 1 }[severity] || 0;
}

// 湖北省 · 武汉市 · 东西湖区 where the gazetteer placed the region, else the region as printed
function regionText(doc) {
  const levels = [doc.province, doc.city !== doc.province ? doc.city : null, doc.district].filter(Boolean);
  return levels.length ? levels.join(' ') : doc.region || '';
}

// ---- the rules, explained from docs/rules.md (served with the page) ----

const RULES = new Map();

async function loadRules() {
  try {
    const response = await fetch('rules.md');
    if (!response.ok) return;
    const text = await response.text();
    for (const line of text.split('\n')) {
      // a cell ends at a pipe that is not escaped: Markdown writes a pipe inside a cell as \|
      const cells = line.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
      // the id cell links to the rule's class: [NARR-YOY](../libs/validation/…/NarrYoyRule.java)
      const id = cells.length >= 6 ? cells[1].replace(/^\[([^\]]+)\]\([^)]*\)$/, '$1') : null;
      if (id && /^[A-Z]+(-[A-Z]+)+$/.test(id)) {
        RULES.set(id, { id, category: cells[2], severity: cells[3], checks: cells[4], examples: [] });
      }
    }
    for (const paragraph of text.split(/\n\s*\n/)) {
      const match = paragraph.match(/^\*\*([A-Z]+(?:-[A-Z]+)+)\.\*\*\s*([\s\S]*)$/);
      if (match && RULES.has(match[1])) RULES.get(match[1]).examples.push(match[2].replace(/\s*\n\s*/g, ' '));
    }
  } catch (error) {
    // without the catalogue the rule ids stay plain links to an empty explanation
  }
}

function showRule(id) {
  const rule = RULES.get(id);
  const view = $('#rule-view');
  show('rule');
  view.replaceChildren(...[
    el('p', {}, el('a', { href: 'javascript:history.back()' }, '← 返回')),
    el('h1', {}, '规则 ' + id),
    rule ? el('dl', {}, el('dt', {}, '类别'), el('dd', {}, rule.category), el('dt', {}, '严重程度'), el('dd', {}, rule.severity),
      el('dt', {}, '检查内容'), el('dd', { class: 'checks' }, rule.checks)) : el('p', {}, '规则目录中没有这条规则。'),
    rule && rule.examples.length ? [el('h2', {}, '语料中的例子'), rule.examples.map((e) => el('p', { class: 'example' }, e))] : null,
    el('p', { class: 'meta' }, el('a', { href: '#/search?ruleId=' + encodeURIComponent(id) }, '查看此规则的全部核查结果'))]
    .flat(Infinity).filter(Boolean));
  window.scrollTo(0, 0);
}

// ---- routing ----

function route() {
  const token = ++navigation;
  const hash = location.hash.replace(/^#/, '');
  if (hash.startsWith('/rule/')) {
    showRule(decodeURIComponent(hash.slice('/rule/'.length)));
  } else if (hash.startsWith('/doc/')) {
    showDocument(decodeURIComponent(hash.slice('/doc/'.length)), token);
  } else {
    showSearch(token);
  }
}

$('#search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const params = currentParams();
  params.set('q', $('#q').value.trim());
  params.delete('page');
  go(params);
});
document.addEventListener('click', (event) => {
  const jump = event.target.closest('a.jump');
  if (!jump) return;
  event.preventDefault();
  const target = document.getElementById(jump.dataset.target);
  if (!target) return;
  document.querySelectorAll('.finding-note.target').forEach((n) => n.classList.remove('target'));
  target.classList.add('target');
  target.scrollIntoView({ block: 'center' });
});
window.addEventListener('hashchange', route);
loadRules().then(route);
