"""A straightforward pandas script doing the report CLI's job on the UCI files (bench/peers, issue 11):
read every CSV, CO µg/m³ → mg/m³, station daily means (≥ 20 valid hours), O3 MDA8 (8-h means with
≥ 6 hours, ≥ 14 windows), the area's daily value as the mean of its stations, IAQI/AQI per day, and
per year the good-day ratio, annual means and percentiles. Prints a JSON summary."""
import glob, json, os, sys
import numpy as np
import pandas as pd
sys.path.insert(0, os.path.dirname(__file__))
from common import IAQI, BREAKPOINTS, POLLUTANTS

folder = sys.argv[1]
frames = [pd.read_csv(f, usecols=["year", "month", "day", "hour", "station", *POLLUTANTS]) for f in sorted(glob.glob(os.path.join(folder, "*.csv")))]
df = pd.concat(frames, ignore_index=True)
df["CO"] = df["CO"] / 1000.0
df["date"] = pd.to_datetime(df[["year", "month", "day"]])
df = df.sort_values(["station", "date", "hour"])

daily_vals = {}
g = df.groupby(["station", "date"])
for p in ["PM2.5", "PM10", "SO2", "NO2", "CO"]:
    mean = g[p].mean()
    n = g[p].count()
    daily_vals[p] = mean.where(n >= 20)
# O3 MDA8: 8-hour moving means ending at hours 7..23 of the day, ≥ 6 valid hours each, ≥ 14 windows
# (rows are sorted and every station has all 24 hours of each day: a window ending at hour ≥ 7 is inside the day)
roll = df.groupby("station")["O3"].rolling(8, min_periods=6).mean().reset_index(level=0, drop=True)
df["O3_8"] = roll.where(df["hour"] >= 7)
g8 = df.groupby(["station", "date"])["O3_8"]
daily_vals["O3_8h"] = g8.max().where(g8.count() >= 14)
station_daily = pd.DataFrame(daily_vals)
area = station_daily.groupby(level="date").mean()
area["CO"] = area["CO"].round(1)
for c in ["PM2.5", "PM10", "SO2", "NO2", "O3_8h"]:
    area[c] = area[c].round(0)
iaqi = pd.DataFrame({p: np.ceil(np.interp(area[p], BREAKPOINTS[p], IAQI)) for p in BREAKPOINTS}, index=area.index)
iaqi[area.isna()[list(BREAKPOINTS)]] = np.nan
area["AQI"] = iaqi.max(axis=1)
out = {}
for year, a in area.groupby(area.index.year):
    valid = a["AQI"].dropna()
    out[int(year)] = {
        "validDays": int(valid.size),
        "goodDays": int((valid <= 100).sum()),
        "heavyDays": int((valid > 200).sum()),
        "PM2.5_mean": float(np.round(a["PM2.5"].mean())),
        "PM10_mean": float(np.round(a["PM10"].mean())),
        "NO2_mean": float(np.round(a["NO2"].mean())),
        "SO2_mean": float(np.round(a["SO2"].mean())),
        "CO_p95": float(np.round(a["CO"].quantile(0.95), 1)),
        "O3_p90": float(np.round(a["O3_8h"].quantile(0.90))),
        "PM2.5_p95": float(np.round(a["PM2.5"].quantile(0.95))),
    }
json.dump(out, sys.stdout, indent=1)
print()
