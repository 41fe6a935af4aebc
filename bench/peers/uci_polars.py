"""An idiomatic polars script (lazy scan, all cores) doing the report CLI's job on the UCI files
(bench/peers, issue 11); the same steps as uci_pandas.py. Prints a JSON summary."""
import glob, json, os, sys
import numpy as np
import polars as pl
sys.path.insert(0, os.path.dirname(__file__))
from common import IAQI, BREAKPOINTS, POLLUTANTS

folder = sys.argv[1]
files = sorted(glob.glob(os.path.join(folder, "*.csv")))
lf = pl.scan_csv(files, null_values=["NA"], schema_overrides={p: pl.Float64 for p in POLLUTANTS}).select(
    "year", "month", "day", "hour", "station", *POLLUTANTS
).with_columns(
    (pl.col("CO") / 1000.0).alias("CO"),
    pl.date(pl.col("year"), pl.col("month"), pl.col("day")).alias("date"),
).sort("station", "date", "hour").with_columns(
    # (every station has all 24 hours of each day: a window ending at hour ≥ 7 is inside the day)
    pl.when(pl.col("hour") >= 7).then(
        pl.col("O3").rolling_mean(8, min_samples=6).over("station")
    ).alias("O3_8")
)
station_daily = lf.group_by("station", "date").agg(
    *[pl.when(pl.col(p).count() >= 20).then(pl.col(p).mean()).alias(p) for p in ["PM2.5", "PM10", "SO2", "NO2", "CO"]],
    pl.when(pl.col("O3_8").count() >= 14).then(pl.col("O3_8").max()).alias("O3_8h"),
)
area = station_daily.group_by("date").agg(pl.all().exclude("station", "date").mean()).with_columns(
    pl.col("CO").round(1), *[pl.col(c).round(0) for c in ["PM2.5", "PM10", "SO2", "NO2", "O3_8h"]]
).sort("date").collect()
iaqi = np.column_stack([
    np.where(np.isnan(v := area[p].fill_null(np.nan).to_numpy()), np.nan, np.ceil(np.interp(v, BREAKPOINTS[p], IAQI)))
    for p in BREAKPOINTS
])
with np.errstate(all="ignore"):
    aqi = np.where(np.all(np.isnan(iaqi), axis=1), np.nan, np.nanmax(np.where(np.isnan(iaqi), -1, iaqi), axis=1))
area = area.with_columns(pl.Series("AQI", aqi).fill_nan(None), pl.col("date").dt.year().alias("y"))
summary = area.group_by("y").agg(
    pl.col("AQI").count().alias("validDays"),
    (pl.col("AQI") <= 100).sum().alias("goodDays"),
    (pl.col("AQI") > 200).sum().alias("heavyDays"),
    *[pl.col(p).mean().round(0).alias(f"{p}_mean") for p in ["PM2.5", "PM10", "NO2", "SO2"]],
    pl.col("CO").quantile(0.95, "linear").round(1).alias("CO_p95"),
    pl.col("O3_8h").quantile(0.90, "linear").round(0).alias("O3_p90"),
    pl.col("PM2.5").quantile(0.95, "linear").round(0).alias("PM2.5_p95"),
).sort("y")
out = {int(r["y"]): {k: v for k, v in r.items() if k != "y"} for r in summary.iter_rows(named=True)}
json.dump(out, sys.stdout, indent=1)
print()
