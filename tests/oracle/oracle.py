#!/usr/bin/env python3
"""Independent oracle for the Lantian core (engineer H10), written from
/work/shared/reference/standards.md alone, without reading the TypeScript code.

Input: the hourly station CSVs of the UCI "Beijing Multi-Site Air-Quality Data"
(PRSA_Data_<Station>_20130301-20170228.csv; CO in ug/m3, 'NA' for missing).
Output (stdout): one JSON document with every day's city values, AQI, category,
primary pollutants, and per calendar year the day counts, annual statistics and
the composite index, all under the 2012 edition (GB 3095-2012, HJ 633-2012,
HJ 663-2013), since the data end in 2017.

Standard library only.  All arithmetic is exact: hourly values are read as
integers in units of 1e-4 (the files have at most 4 decimals), every mean,
percentile and IAQI is a fractions.Fraction, and rounding is GB/T 8170 round
half to even on that exact value (decimal.ROUND_HALF_EVEN).  No binary float
is used for any computed figure.

Rules (standards.md section in brackets):
  - station daily mean: mean of the valid hourly values of hours 0..23, valid
    with >= 20 hours [1.5, 8 "natural day"]; CO converted ug/m3 -> mg/m3;
  - O3 daily max 1-h (2012 daily AQI only): max hourly value, valid with >= 20
    hours [2.4, 8];
  - O3 MDA8: 17 windows over hours h-7..h, h = 7..23, each the mean of its
    valid hours when it has >= 6; the day valid with >= 14 valid windows, or
    with fewer when the maximum (as published, an integer) exceeds the 8-h limit 160 [1.5, 8];
  - city daily value: mean of the valid station daily values [8];
  - daily AQI (HJ 633-2012 5.1.2, 7 indicators): the city values rounded half
    even to integers (CO 1 decimal) [2.3, 8], IAQI by formula (1) exactly,
    ceiling [2.3], capped at 500 above the top breakpoint [2.5]; O3 IAQI = max
    of the 1-h and 8-h IAQI; MDA8 > 800 -> the 8-h IAQI is not computed [2.1 (b)];
  - a day counts (valid AQI) if all 7 indicators are present, or if the AQI of
    the present ones exceeds 100 [2.7, 8];
  - category by AQI [2.5]; primary pollutant(s): AQI > 50, every pollutant
    whose (integer) IAQI equals the AQI [2.6];
  - per year: valid days, good (AQI <= 100), heavy (AQI > 200), category and
    primary-pollutant days (ties count for each) [3.4];
  - annual mean of the valid daily values, HJ 663 percentile k = 1 + (n-1)p
    (SO2/NO2 98, PM10/PM2.5/CO 95, O3 MDA8 90) [3.1, 3.2], published rounded
    half even (integers, CO 1 decimal) [3.3, 8];
  - composite index: sum of C_i / S_i from the rounded C_i, S_i = 60, 40, 70,
    35, 4, 160, 2 decimals half even [4.1, 8].

Usage: python3 oracle.py DIR_OR_FILES... [--years 2014,2015,2016]
       python3 oracle.py --selftest
"""
import csv
import glob
import json
import math
import os
import sys
from decimal import Decimal, ROUND_HALF_EVEN
from fractions import Fraction

SCALE = 10_000  # hourly values held as integers of 1e-4 units
DAILY = ('SO2', 'NO2', 'PM10', 'PM2.5', 'CO')  # 24-h means
INDICATORS = DAILY + ('O3_1h', 'O3_8h')        # the 7 daily indicators of HJ 633-2012

# HJ 633-2012 Table 1, daily report columns (standards.md 2.1). CO in mg/m3.
IAQI_STEPS = (0, 50, 100, 150, 200, 300, 400, 500)
BREAKPOINTS = {
    'SO2':   (0, 50, 150, 475, 800, 1600, 2100, 2620),
    'NO2':   (0, 40, 80, 180, 280, 565, 750, 940),
    'PM10':  (0, 50, 150, 250, 350, 420, 500, 600),
    'CO':    (0, 2, 4, 14, 24, 36, 48, 60),
    'O3_1h': (0, 160, 200, 300, 400, 800, 1000, 1200),
    'O3_8h': (0, 100, 160, 215, 265, 800),  # (b): above 800 not computed
    'PM2.5': (0, 35, 75, 115, 150, 250, 350, 500),
}
O3_8H_LIMIT = 160  # GB 3095-2012 class 2, daily max 8-h
CATEGORIES = ((50, 'excellent'), (100, 'good'), (150, 'light'), (200, 'moderate'), (300, 'heavy'))
PERCENTILE = {'SO2': 98, 'NO2': 98, 'PM10': 95, 'PM2.5': 95, 'CO': 95, 'O3_8h': 90}
COMPOSITE_LIMIT = {'SO2': 60, 'NO2': 40, 'PM10': 70, 'PM2.5': 35, 'CO': 4, 'O3_8h': 160}
# GB 3095-2012 Table 1 (standards.md 1.1): (annual mean limit or None, 24-h / 8-h limit for the percentile)
CLASS_LIMITS = {
    1: {'SO2': (20, 50), 'NO2': (40, 80), 'PM10': (40, 50), 'PM2.5': (15, 35), 'CO': (None, 4), 'O3_8h': (None, 100)},
    2: {'SO2': (60, 150), 'NO2': (40, 80), 'PM10': (70, 150), 'PM2.5': (35, 75), 'CO': (None, 4), 'O3_8h': (None, 160)},
}
ANNUAL_RULE = ('SO2', 'NO2', 'PM10', 'PM2.5')  # GB 3095 Table 4 annual row (NOx not in the data)
COMPOSITE_STAT = {'SO2': 'mean', 'NO2': 'mean', 'PM10': 'mean', 'PM2.5': 'mean', 'CO': 'p95', 'O3_8h': 'p90'}


def parse_scaled(text):
    """'36.2712' -> 362712 (units of 1e-4), exactly; 'NA' or '' -> None."""
    text = text.strip()
    if text in ('', 'NA'):
        return None
    whole, _, frac = text.partition('.')
    if len(frac) > 4:
        raise ValueError(f'more than 4 decimals: {text}')
    neg = whole.startswith('-')
    n = int(whole.lstrip('-') or '0') * SCALE + int((frac + '0000')[:4])
    return -n if neg else n


def round_half_even(x, decimals):
    """GB/T 8170 rounding of an exact Fraction, via decimal: returns a Decimal."""
    q = Decimal(1).scaleb(-decimals)
    # Exact: scale to an integer part and a remainder, compare the remainder with 1/2.
    scaled = x * (10 ** decimals)
    floor = math.floor(scaled)
    rest = scaled - floor
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and floor % 2 == 1):
        floor += 1
    return (Decimal(floor) * q).quantize(q, rounding=ROUND_HALF_EVEN)


def published(pollutant, x):
    """Published concentration: integer ug/m3, CO 1 decimal mg/m3 (standards.md 3.3, 8)."""
    return round_half_even(x, 1 if pollutant == 'CO' else 0)


def iaqi(pollutant, conc):
    """HJ 633-2012 formula (1) on the rounded concentration (a Decimal), exact, ceiling, cap 500.
    Returns None for O3 8-h above 800 (footnote (b))."""
    bp = BREAKPOINTS[pollutant]
    c = Fraction(conc)
    if c > bp[-1]:
        return None if pollutant == 'O3_8h' else 500
    for i in range(1, len(bp)):
        if c <= bp[i]:
            lo, hi = bp[i - 1], bp[i]
            value = Fraction(IAQI_STEPS[i] - IAQI_STEPS[i - 1], hi - lo) * (c - lo) + IAQI_STEPS[i - 1]
            return math.ceil(value)
    raise AssertionError('unreachable')


def category(aqi):
    for top, name in CATEGORIES:
        if aqi <= top:
            return name
    return 'severe'


def hj663_percentile(values, p):
    """HJ 663 Appendix A: k = 1 + (n-1)p%, linear between X(s) and X(s+1)."""
    xs = sorted(values)
    n = len(xs)
    k = 1 + Fraction(n - 1) * Fraction(p, 100)
    s = math.floor(k)
    lo = xs[s - 1]
    if s >= n:
        return lo
    return lo + (xs[s] - lo) * (k - s)


def read_station(path):
    """{date: {pollutant: [24 scaled ints or None]}} for one station file; date as (y, m, d)."""
    days = {}
    with open(path, newline='', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            date = (int(row['year']), int(row['month']), int(row['day']))
            hour = int(row['hour'])
            day = days.get(date)
            if day is None:
                day = days[date] = {p: [None] * 24 for p in ('SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3')}
            for p in day:
                v = parse_scaled(row[p])
                if day[p][hour] is not None and v is not None and day[p][hour] != v:
                    raise ValueError(f'{path}: conflicting duplicate {date} {hour} {p}')
                if v is not None:
                    day[p][hour] = v
    return days


def station_daily(hours):
    """Valid daily values of one station-day, as exact Fractions in ug/m3 (CO mg/m3)."""
    out = {}
    for p in DAILY:
        vals = [v for v in hours[p] if v is not None]
        if len(vals) >= 20:
            unit = SCALE * (1000 if p == 'CO' else 1)  # CO ug/m3 -> mg/m3
            out[p] = Fraction(sum(vals), len(vals) * unit)
    o3 = hours['O3']
    present = [v for v in o3 if v is not None]
    if len(present) >= 20:
        out['O3_1h'] = Fraction(max(present), SCALE)
    windows = []
    for h in range(7, 24):
        vals = [v for v in o3[h - 7:h + 1] if v is not None]
        if len(vals) >= 6:
            windows.append(Fraction(sum(vals), len(vals) * SCALE))
    if windows:
        m = max(windows)
        # "exceeds the limit" judged on the value as published (integer, GB/T 8170), like every limit
        # comparison; on the UCI files no short day has a maximum in (160, 160.5], so exact > 160 agrees.
        if len(windows) >= 14 or round_half_even(m, 0) > O3_8H_LIMIT:
            out['O3_8h'] = m
    return out


def day_result(city):
    """AQI, category, primary for one city-day (HJ 633-2012 daily report), or None when not valid."""
    rounded = {p: published('CO' if p == 'CO' else p, v) for p, v in city.items()}
    sub = {}
    for p in ('SO2', 'NO2', 'PM10', 'PM2.5', 'CO'):
        if p in rounded:
            sub[p] = iaqi(p, rounded[p])
    o3 = []
    if 'O3_1h' in rounded:
        o3.append(iaqi('O3_1h', rounded['O3_1h']))
    if 'O3_8h' in rounded:
        v = iaqi('O3_8h', rounded['O3_8h'])
        if v is not None:
            o3.append(v)
    if o3:
        sub['O3'] = max(o3)
    if not sub:
        return None, rounded, sub
    aqi = max(sub.values())
    complete = all(p in city for p in INDICATORS)
    if not complete and aqi <= 100:
        return None, rounded, sub
    primary = sorted(p for p, v in sub.items() if v == aqi) if aqi > 50 else []
    return {'aqi': aqi, 'category': category(aqi), 'primary': primary}, rounded, sub


def selftest():
    """The hand-worked vectors of standards.md section 6 (2012 column) and 3.2, and GB/T 8170 examples."""
    D = Decimal
    cases = [
        (iaqi('PM2.5', D(35)), 50), (iaqi('PM2.5', D(36)), 52), (iaqi('PM2.5', D(60)), 82),
        (iaqi('PM2.5', D(75)), 100), (iaqi('PM2.5', D(115)), 150), (iaqi('PM10', D(150)), 100),
        (iaqi('CO', D('1.1')), 28), (iaqi('CO', D('2.2')), 55), (iaqi('CO', D('3.0')), 75),
        (iaqi('O3_8h', D(161)), 101), (iaqi('O3_8h', D(265)), 200), (iaqi('O3_8h', D(850)), None),
        (iaqi('SO2', D(200)), 108), (iaqi('PM2.5', D(501)), 500),
        (hj663_percentile([3, 4, 8, 2, 5, 4], 90), Fraction(13, 2)),
        (round_half_even(Fraction(345, 10), 0), D(34)), (round_half_even(Fraction(355, 10), 0), D(36)),
        (round_half_even(Fraction(3451, 100), 0), D(35)), (round_half_even(Fraction(125, 100), 1), D('1.2')),
        (category(100), 'good'), (category(101), 'light'), (category(200), 'moderate'), (category(201), 'heavy'),
        (category(300), 'heavy'), (category(301), 'severe'),
        # composite example of standards.md 6: 21/35 + 39/70 + 9/60 + 15/40 + 192/160 + 0.7/4 = 3.057 -> 3.06
        (round_half_even(Fraction(21, 35) + Fraction(39, 70) + Fraction(9, 60) + Fraction(15, 40)
                         + Fraction(192, 160) + Fraction(7, 40), 2), D('3.06')),
    ]
    bad = [(i, got, want) for i, (got, want) in enumerate(cases) if got != want]
    if bad:
        sys.exit('selftest failed: %r' % bad)
    print('selftest ok: %d cases' % len(cases))


def main(argv):
    if argv[:1] == ['--selftest']:
        selftest()
        return
    years = [2014, 2015, 2016]
    paths = []
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == '--years':
            years = [int(y) for y in args.pop(0).split(',')]
        elif os.path.isdir(a):
            paths.extend(sorted(glob.glob(os.path.join(a, '*.csv'))))
        else:
            paths.append(a)
    if not paths:
        sys.exit('usage: oracle.py DIR_OR_FILES... [--years 2014,2015,2016]')

    # station daily values, then city = mean of the valid station values per indicator
    per_day = {}  # date -> indicator -> [station values]
    for path in paths:
        for date, hours in read_station(path).items():
            slot = per_day.setdefault(date, {})
            for p, v in station_daily(hours).items():
                slot.setdefault(p, []).append(v)

    daily = []
    for date in sorted(per_day):
        vals = per_day[date]
        city = {p: sum(vs, Fraction(0)) / len(vs) for p, vs in vals.items()}
        res, rounded, sub = day_result(city)
        row = {'date': '%04d-%02d-%02d' % date, 'valid': res is not None,
               'aqi': res['aqi'] if res else None,
               'category': res['category'] if res else None,
               'primary': res['primary'] if res else [],
               'iaqi': sub}
        for p in INDICATORS:
            row[p] = str(rounded[p]) if p in rounded else None
        row['_exact'] = city
        daily.append(row)

    out_years = []
    for year in years:
        rows = [r for r in daily if r['date'].startswith('%04d-' % year)]
        valid = [r for r in rows if r['valid']]
        cats = {name: 0 for _, name in CATEGORIES}
        cats['severe'] = 0
        primary = {}
        for r in valid:
            cats[r['category']] += 1
            for p in r['primary']:
                primary[p] = primary.get(p, 0) + 1
        stats = {}
        for p, pct in PERCENTILE.items():
            xs = [r['_exact'][p] for r in rows if p in r['_exact']]
            dec = 1 if p == 'CO' else 0
            mean = sum(xs, Fraction(0)) / len(xs)
            perc = hj663_percentile(xs, pct)
            stats[p] = {'n': len(xs), 'mean': str(round_half_even(mean, dec)),
                        'p%d' % pct: str(round_half_even(perc, dec)),
                        'meanExact': '%d/%d' % (mean.numerator, mean.denominator)}
        # GB 3095 Table 4 annual rule: >= 324 daily values, >= 27 in each month (25 in February)
        sufficient = {}
        for p in PERCENTILE:
            months = [0] * 13
            for r in rows:
                if p in r['_exact']:
                    months[int(r['date'][5:7])] += 1
            sufficient[p] = stats[p]['n'] >= 324 and all(
                months[m] >= (25 if m == 2 else 27) for m in range(1, 13))
        # class evaluation (standards.md 3.1): published mean <= annual limit AND published percentile <= 24-h limit
        classes = {}
        for cls, limits in CLASS_LIMITS.items():
            classes[cls] = {}
            for p, (mean_limit, pct_limit) in limits.items():
                st = stats[p]
                mean_met = None if mean_limit is None else Decimal(st['mean']) <= mean_limit
                pct_met = Decimal(st['p%d' % PERCENTILE[p]]) <= pct_limit
                classes[cls][p] = {'meanMet': mean_met, 'percentileMet': pct_met,
                                   'met': pct_met and mean_met is not False}
        # exceeding pollutant (HJ 633-2012): IAQI > 100 (O3: the larger of the 1-h and 8-h IAQI)
        exceed = {}
        for r in valid:
            for p, v in r['iaqi'].items():
                if v > 100:
                    exceed[p] = exceed.get(p, 0) + 1
        composite = Fraction(0)
        for p, s in COMPOSITE_LIMIT.items():
            c = Fraction(Decimal(stats[p][COMPOSITE_STAT[p]]))
            composite += c / s
        good = cats['excellent'] + cats['good']
        out_years.append({
            'year': year, 'daysWithData': len([r for r in rows if r['_exact']]),
            'validDays': len(valid), 'goodDays': good,
            'goodDayRatio': str(round_half_even(Fraction(good, len(valid)), 4)) if valid else None,
            'goodDayPercent': str(round_half_even(Fraction(100 * good, len(valid)), 1)) if valid else None,
            'heavyDays': cats['heavy'] + cats['severe'],
            'categoryDays': cats, 'primaryDays': primary, 'stats': stats,
            'compositeIndex': str(round_half_even(composite, 2)),
            'dataSufficient': sufficient, 'class1': classes[1], 'class2': classes[2], 'exceedanceDays': exceed,
        })

    for r in daily:
        del r['_exact']
    json.dump({'oracle': 'lantian-h10-python', 'files': len(paths), 'years': out_years, 'daily': daily},
              sys.stdout, ensure_ascii=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main(sys.argv[1:])
