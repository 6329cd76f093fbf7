#!/usr/bin/env python3
"""Re-adds every table of the human-checked golden transcriptions and lists the candidate inconsistencies.

Usage: readd_tables.py [--rounding] GOLDEN_DIR [DOC ...]   (GOLDEN_DIR = libs/extraction/src/test/resources/golden-pdf)
       --rounding prints the rounding-only differences as answer-keys/rounding-only.tsv holds them

Checks, with interval arithmetic (a figure printed with d decimals stands for v ± 0.5·10^-d, a blank cell for 0):
  ROW   a 合计/总计 row without code = the sum of the top-level coded rows
  HIER  类 = Σ 款, 款 = Σ 项 (by code prefix: 3 → 5 → 7 digits, economic 3 → 5)
  COL   a 合计/小计/总计 column = its sibling columns as the header paths state ("其中" columns are breakdowns)
  SUM   a two-sided summary: （n） lines add to their 一、 line, 本年…合计 = Σ numbered lines, 总计 = 合计 + the rest,
        income 总计 = expenditure 总计
  XTAB  收入总表 合计 = 收支总表 收入总计; 支出总表 合计 = 收支总表 本年支出合计; each 类 of 收支总表 = 支出总表's class row
Every candidate is only a candidate: look at the rendered page before it goes into an answer key.
A difference rounding explains is printed as ROUNDING (never a key entry).
"""
import os, re, sys
from decimal import Decimal

NUM = re.compile(r'^-?[\d,]*\.?\d+$')
CN_TOP = re.compile(r'^[一二三四五六七八九十]+、')
CN_SUB = re.compile(r'^[（(][一二三四五六七八九十]+[）)]')


def norm(s):
    return re.sub(r'\s+', '', s or '')


def figure(cell):
    c = cell.strip().replace('，', ',')
    if not c or c in ('-', '—', '－'):
        return None
    if not NUM.match(c):
        return 'text'
    v = Decimal(c.replace(',', ''))
    d = len(c.split('.')[1]) if '.' in c else 0
    h = Decimal(5) / Decimal(10) ** (d + 1)
    return (v, v - h, v + h)


ZERO = (Decimal(0), Decimal(0), Decimal(0))


def add(vals):
    v = lo = hi = Decimal(0)
    for x in vals:
        x = x or ZERO
        v, lo, hi = v + x[0], lo + x[1], hi + x[2]
    return (v, lo, hi)


class Section:
    def __init__(self, doc, header):
        parts = [p.strip() for p in header[3:].split('|')]
        self.doc, self.page, self.type, self.side, self.unit, self.title = doc, parts[0].replace('page ', ''), parts[1], parts[2], parts[3], parts[4]
        self.cols, self.rows = None, []


def parse(path):
    doc = os.path.basename(path)[:-3]
    sections, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('## page'):
            cur = Section(doc, line); sections.append(cur)
        elif line.startswith('|') and cur is not None:
            cells = [c.strip() for c in line.strip()[1:-1].split('|')]
            if cur.cols is None:
                cur.cols = cells[2:]
            else:
                cur.rows.append((cells[0], cells[1], [figure(c) for c in cells[2:]], cells[2:]))
    return sections


def compare(out, kind, sec, where, total, parts, raw_total, raw_parts):
    if total == 'text' or any(p == 'text' for p in parts):
        return
    t = total or ZERO
    s = add(parts)
    if t[0] == s[0]:
        return
    meet = not (s[2] < t[1] or t[2] < s[1])
    out.append(('ROUNDING' if meet else kind, sec.doc, sec.page, sec.unit, sec.title, where,
                raw_total or '(blank)', ' + '.join(p for p in raw_parts if p) or '(blank)', str(s[0]), str(s[0] - t[0])))


def col_groups(cols):
    """Yields (total column index, part column indexes) as the header paths state them."""
    paths = [[norm(p) for p in c.split('/')] for c in cols]
    is_total = lambda name: name in ('合计', '小计', '总计', '支出总计') or name.endswith('合计')

    def children(prefix):
        seen = []
        for i, p in enumerate(paths):
            if len(p) > len(prefix) and p[:len(prefix)] == prefix and p[len(prefix)] not in seen:
                seen.append(p[len(prefix)])
        return seen

    def value_columns(prefix):
        """The columns standing for the group: its own total, or its parts."""
        exact = [i for i, p in enumerate(paths) if p == prefix]
        if exact:
            return exact
        kids = children(prefix)
        tot = [k for k in kids if is_total(k)]
        if tot:
            return value_columns(prefix + [tot[0]])
        out = []
        for k in kids:
            if not k.startswith('其中'):
                out += value_columns(prefix + [k])
        return out

    def walk(prefix):
        kids = children(prefix)
        tot = [k for k in kids if is_total(k)]
        rest = [k for k in kids if not is_total(k)]
        if tot and rest:
            plain = [k for k in rest if not k.startswith('其中')]
            used = plain if plain else rest
            if not plain:  # "小计 | 其中：/基本支出 | 其中：/项目支出": the 其中 group is the split
                used = [rest[0] + '/' + c for c in children(prefix + [rest[0]])]
                parts = []
                for u in used:
                    parts += value_columns(prefix + u.split('/'))
            else:
                parts = []
                for k in used:
                    parts += value_columns(prefix + [k])
            t = value_columns(prefix + [tot[0]])
            if len(t) == 1 and parts:
                yield t[0], parts
        for k in rest:
            if not k.startswith('其中'):
                yield from walk(prefix + [k])
    if len(paths) > 1:
        yield from walk([])


def check_section(sec, out):
    rows = sec.rows
    ncol = len(sec.cols)
    coded = [r for r in rows if r[0].isdigit()]
    # HIER
    for r in coded:
        code = r[0]
        step = {3: 5, 5: 7}.get(len(code))
        if not step:
            continue
        # children are the rows that follow under the code's prefix: a table listing several budget units repeats codes
        kids = []
        for k in rows[rows.index(r) + 1:]:
            if not k[0].isdigit() or not k[0].startswith(code) or len(k[0]) <= len(code):
                break
            if len(k[0]) == step:
                kids.append(k)
        if not kids:
            continue
        for c in range(ncol):
            compare(out, 'HIER', sec, f'{code} {r[1]} [{sec.cols[c]}]', r[2][c], [k[2][c] for k in kids], r[3][c], [k[3][c] for k in kids])
    # ROW
    if coded:
        top = min(len(r[0]) for r in coded)
        tops = [r for r in coded if len(r[0]) == top]
        for r in rows:
            if not r[0] and re.search(r'合计|总计', norm(r[1])):
                for c in range(ncol):
                    compare(out, 'ROW', sec, f'{r[1]} [{sec.cols[c]}]', r[2][c], [k[2][c] for k in tops], r[3][c], [k[3][c] for k in tops])
    # COL
    for t, parts in col_groups(sec.cols):
        for r in rows:
            if all(x is None for x in r[2]):
                continue
            compare(out, 'COL', sec, f'{r[0]} {r[1]} [{sec.cols[t]} = {" + ".join(sec.cols[p] for p in parts)}]',
                    r[2][t], [r[2][p] for p in parts], r[3][t], [r[3][p] for p in parts])
    # SUM (two-sided summaries, one figure column)
    if sec.side in ('INCOME', 'EXPENDITURE') and ncol >= 1:
        labels = [norm(r[1]) for r in rows]
        c = 0
        top_idx = [i for i, l in enumerate(labels) if CN_TOP.match(l)]
        for i in top_idx:
            subs = []
            for j in range(i + 1, len(rows)):
                if CN_SUB.match(labels[j]):
                    subs.append(j)
                elif CN_TOP.match(labels[j]) or re.search('合计|总计', labels[j]):
                    break
            if subs:
                compare(out, 'SUM', sec, f'{rows[i][1]} = its （n） lines', rows[i][2][c], [rows[j][2][c] for j in subs], rows[i][3][c], [rows[j][3][c] for j in subs])
        hj = [i for i, l in enumerate(labels) if '合计' in l]
        zj = [i for i, l in enumerate(labels) if '总计' in l]
        if hj:
            parts = [i for i in top_idx if i < hj[0]]
            if parts:
                compare(out, 'SUM', sec, f'{rows[hj[0]][1]} = Σ numbered lines', rows[hj[0]][2][c], [rows[j][2][c] for j in parts], rows[hj[0]][3][c], [rows[j][3][c] for j in parts])
            if zj and zj[0] > hj[0]:
                parts = [i for i in range(hj[0], zj[0]) if not CN_SUB.match(labels[i]) and not labels[i].startswith('其中')]
                compare(out, 'SUM', sec, f'{rows[zj[0]][1]} = 合计 + the rest', rows[zj[0]][2][c], [rows[j][2][c] for j in parts], rows[zj[0]][3][c], [rows[j][3][c] for j in parts])
        elif zj and top_idx:
            parts = [i for i in top_idx if i < zj[0]]
            compare(out, 'SUM', sec, f'{rows[zj[0]][1]} = Σ numbered lines', rows[zj[0]][2][c], [rows[j][2][c] for j in parts], rows[zj[0]][3][c], [rows[j][3][c] for j in parts])


def find_line(sec, pattern):
    for r in sec.rows:
        if re.search(pattern, norm(r[1])):
            return r
    return None


def check_cross(sections, out):
    by = lambda t, side=None: [s for s in sections if s.type == t and (side is None or s.side == side)]
    summ_in, summ_out = by('REVENUE_EXPENDITURE_SUMMARY', 'INCOME'), by('REVENUE_EXPENDITURE_SUMMARY', 'EXPENDITURE')
    incomes = [s for s in summ_in if s.page == min(x.page for x in summ_in)] if summ_in else []
    for si, so in zip(incomes, summ_out):
        zi, zo = find_line(si, '总计'), find_line(so, '总计')
        if zi and zo:
            compare(out, 'XTAB', so, f'收入总计 {si.page} = 支出总计', zi[2][0], [zo[2][0]], zi[3][0], [zo[3][0]])
        for rs in by('REVENUE_SUMMARY'):
            tot = [r for r in rs.rows if re.search('合计|总计', norm(r[1])) and not r[0]] or rs.rows[:1]
            if zi and tot:
                compare(out, 'XTAB', rs, f'收入总表 合计 = 收支总表 收入总计 {zi[3][0]}', tot[0][2][0], [zi[2][0]], tot[0][3][0], [zi[3][0]])
        for es in by('EXPENDITURE_SUMMARY'):
            tot = [r for r in es.rows if re.search('合计|总计', norm(r[1])) and not r[0]]
            hj = find_line(so, '本年支出合计') or find_line(so, '支出合计')
            if hj and tot:
                compare(out, 'XTAB', es, f'支出总表 合计 = 收支总表 本年支出合计 {hj[3][0]}', tot[0][2][0], [hj[2][0]], tot[0][3][0], [hj[3][0]])
            for r in so.rows:
                m = CN_TOP.sub('', norm(r[1]))
                # a table listing several budget units prints each class once per unit: the class is their sum
                same = [cr for cr in es.rows if len(cr[0]) == 3 and norm(cr[1]) == m and cr[2][0] != 'text']
                if same and r[2][0] not in (None, 'text'):
                    compare(out, 'XTAB', es, f'{same[0][0]} {same[0][1]} = 收支总表 {r[1]} {r[3][0]}', r[2][0],
                            [cr[2][0] for cr in same], r[3][0], [cr[3][0] for cr in same])


def main():
    args = sys.argv[1:]
    rounding_only = args[:1] == ['--rounding']
    args = args[1:] if rounding_only else args
    root = args[0]
    docs = args[1:] or sorted(f[:-3] for f in os.listdir(root) if f.endswith('.md'))
    rounding = 0
    for d in docs:
        sections = parse(os.path.join(root, d + '.md'))
        out = []
        for s in sections:
            if s.cols is not None:
                check_section(s, out)
        check_cross(sections, out)
        for o in out:
            if o[0] == 'ROUNDING':
                rounding += 1
                if rounding_only:
                    print('\t'.join((o[1], o[2], o[6], o[8])))
            elif not rounding_only:
                print('\t'.join(o))
    print(f'# rounding-only differences: {rounding}', file=sys.stderr)


if __name__ == '__main__':
    main()
