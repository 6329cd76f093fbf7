#!/usr/bin/env python3
"""Recomputes the year-on-year changes and shares a disclosure's narrative states (pdftotext -layout output, or a
corpus .txt), printing each with its recomputation so that a person can judge it against the text and the tables.

Usage: narrative_figures.py FILE.txt
  YOY    "X 万元，比上年/比20xx年 增加/减少 C 万元，增长/下降 R%": prior = X ∓ C, R = C / prior
  SHARE  "X 万元，占 S%": S against X / W for the first amount W of the paragraph (the whole is a guess: judge it)
A flag (!) marks a stated figure outside the interval its recomputation allows (a figure with d decimals is ±0.5·10^-d).
"""
import re, sys
from decimal import Decimal

AMT = r'(\d[\d,]*(?:\.\d+)?)\s*(万元|元|亿元)'
YOY = re.compile(AMT + r'[^。；;]{0,30}?比[^。；;]{0,20}?(增加|减少|增长|下降)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元|亿元)[^。；;%]{0,12}?(增长|下降|增幅|降幅|增加|减少)\s*(\d+(?:\.\d+)?)\s*[%％]')
SHARE = re.compile(AMT + r'[，,、]?\s*占[^。；;%\d]{0,20}?(\d+(?:\.\d+)?)\s*[%％]')


def iv(s):
    s = s.replace(',', '')
    d = len(s.split('.')[1]) if '.' in s else 0
    v = Decimal(s)
    h = Decimal(5) / Decimal(10) ** (d + 1)
    return v, v - h, v + h


def main():
    text = open(sys.argv[1], encoding='utf-8').read()
    lines = text.split('\n')
    # paragraphs: join wrapped lines; keep the first line number of each
    paras, cur, start = [], [], 0
    for i, l in enumerate(lines, 1):
        if not l.strip():
            if cur:
                paras.append((start, ''.join(cur)))
            cur = []
        else:
            if not cur:
                start = i
            cur.append(re.sub(r'\s+', '', l))
    if cur:
        paras.append((start, ''.join(cur)))
    for start, p in paras:
        p = p.replace('<u>', '').replace('</u>', '').replace('_', '')
        for m in YOY.finditer(p):
            x, c, r = iv(m.group(1)), iv(m.group(4)), iv(m.group(7))
            up = m.group(3) in ('增加', '增长')
            prior = (x[0] - c[0]) if up else (x[0] + c[0])
            plo = (x[1] - c[2]) if up else (x[1] + c[1])
            phi = (x[2] - c[1]) if up else (x[2] + c[2])
            if prior == 0 or plo <= 0:
                print(f'YOY !\tline {start}\t{m.group(0)}\tprior {prior}: no rate can be stated')
                continue
            rate = c[0] / prior * 100
            rlo, rhi = c[1] / phi * 100, c[2] / plo * 100
            bad = r[2] < rlo or r[1] > rhi
            print(f'YOY {"!" if bad else " "}\tline {start}\t{m.group(0)}\tprior {prior}, rate {rate:.2f}%')
        first = re.search(AMT, p)
        for m in SHARE.finditer(p):
            if not first:
                break
            w, x, s = iv(first.group(1)), iv(m.group(1)), iv(m.group(3))
            if w[0] == 0 or m.start() == first.start():
                continue
            share = x[0] / w[0] * 100
            lo, hi = x[1] / w[2] * 100, x[2] / w[1] * 100
            bad = s[2] < lo or s[1] > hi
            print(f'SHARE {"!" if bad else " "}\tline {start}\t{m.group(0)}\tof {first.group(0)} = {share:.2f}%')


if __name__ == '__main__':
    main()
