#!/usr/bin/env python3
"""Compute cyberindex's overall index for every (country, year) with DuckDB.

Usage: python scripts/duckdb_index.py FILE > out.csv

The reference implementation for scripts/bench-vs-duckdb.sh. It follows the
"Scoring" section of README.md:

    attainment   = score / max_score            (empty score: not assessed, excluded)
    weight       = 1 when empty
    pillar score = 100 * sum(weight * attainment) / sum(weight)
                   over the pillar's assessed rows; not scored (excluded) when
                   there is no assessed row or the weights sum to 0
    overall      = plain mean of the scored pillars of the country-year

Output: `country,year,overall` (full float precision; empty overall when no
pillar of that country-year is scored), ordered by country then year.

It reads the files that examples/gen.rs writes: comma-separated, `"` quotes,
a header row. Header names are matched case-insensitively (and `Max Score` /
`max-score` style spellings are accepted); columns are given explicit types
(text as VARCHAR, numbers as DOUBLE) so DuckDB does no type sniffing. It is
not a validator: `cyberindex check` is.
"""

import csv
import re
import sys

import duckdb


def norm(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().lstrip("\ufeff").lower())


NUMERIC = {"year": "INTEGER", "score": "DOUBLE", "max_score": "DOUBLE", "weight": "DOUBLE"}


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: duckdb_index.py FILE", file=sys.stderr)
        return 2
    path = sys.argv[1]

    # Only the header line is read here; DuckDB reads the data.
    with open(path, newline="", encoding="utf-8-sig") as f:
        header = next(csv.reader(f))
    names = [norm(h) for h in header]
    for required in ("year", "pillar", "score", "max_score"):
        if required not in names:
            print(f"{path}: missing column {required}", file=sys.stderr)
            return 1

    # Explicit column list and types: positional, so every column is named,
    # each column name is made unique in case of unknown duplicate headers.
    columns = {}
    for i, n in enumerate(names):
        key = n if n and n not in columns else f"_col{i}"
        columns[key] = NUMERIC.get(key, "VARCHAR")

    country = "country" if "country" in columns else "''"
    weight = "coalesce(weight, 1.0)" if "weight" in columns else "1.0"

    con = duckdb.connect()  # default threads
    con.execute("SET preserve_insertion_order = false")
    query = f"""
        WITH rows AS (
            SELECT {country} AS country, year, pillar,
                   score / max_score AS att, {weight} AS w
            FROM read_csv(?, header = true, delim = ',', quote = '"', escape = '"',
                          auto_detect = false, columns = ?)
        ),
        pillars AS (
            SELECT country, year, pillar,
                   sum(w * att) FILTER (WHERE att IS NOT NULL) AS num,
                   sum(w)       FILTER (WHERE att IS NOT NULL) AS den
            FROM rows
            GROUP BY country, year, pillar
        )
        SELECT country, year,
               avg(CASE WHEN den > 0 THEN 100.0 * num / den END) AS overall
        FROM pillars
        GROUP BY country, year
        ORDER BY country, year
    """
    result = con.execute(query, [path, columns]).fetchall()

    out = ["country,year,overall\n"]
    for c, y, overall in result:
        c = c or ""
        if any(ch in c for ch in ',"\n\r'):
            c = '"' + c.replace('"', '""') + '"'
        out.append(f"{c},{y},{'' if overall is None else repr(overall)}\n")
    sys.stdout.write("".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
