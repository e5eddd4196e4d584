#!/usr/bin/env bash
# Reproducible comparison of `cyberindex report FILE --all --format csv` with the
# same index computed by DuckDB (scripts/duckdb_index.py), on a generated file.
#
# Usage: scripts/bench-vs-duckdb.sh [--verify] [ROWS] [PAIRS]
#   ROWS   rows to generate with examples/gen.rs (default 1000000)
#   PAIRS  timed pairs, DuckDB then cyberindex in each (default 7)
#   --verify  only build, generate and check that both tools agree; no timing
#
# Every run (with or without --verify) first checks correctness: DuckDB's overall
# index and cyberindex's must agree within 1e-3 for every (country, year) and the
# sets of (country, year) must be equal, else exit 1. That check also serves as
# the warm-up run of both tools.
#
# Needs: a Rust toolchain, python3 (with venv), GNU time at /usr/bin/time, and
# PyPI for the first run (DuckDB goes into target/bench-venv). Env overrides:
# PYTHON (interpreter that creates the venv), DUCKDB_VERSION (pinned version).
set -euo pipefail
export LC_ALL=C # '.' as decimal point in $EPOCHREALTIME, printf and awk

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

VERIFY_ONLY=0
ARGS=()
for a in "$@"; do
    case "$a" in
        --verify) VERIFY_ONLY=1 ;;
        -h | --help)
            sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        -*) echo "unknown option: $a" >&2; exit 2 ;;
        *) ARGS+=("$a") ;;
    esac
done
ROWS=${ARGS[0]:-1000000}
PAIRS=${ARGS[1]:-7}
if ! [[ $ROWS =~ ^[1-9][0-9]*$ && $PAIRS =~ ^[1-9][0-9]*$ ]] || ((${#ARGS[@]} > 2)); then
    echo "usage: $0 [--verify] [ROWS] [PAIRS]   (positive integers)" >&2
    exit 2
fi

DUCKDB_VERSION=${DUCKDB_VERSION:-2.0.0}
VENV=$ROOT/target/bench-venv
PY=$VENV/bin/python
BENCH=$ROOT/target/bench
FILE=$BENCH/big-$ROWS.csv
TIME=/usr/bin/time
mkdir -p "$BENCH"

log() { printf '==> %s\n' "$*" >&2; }

[[ -x $TIME ]] || { echo "GNU time not found at $TIME" >&2; exit 1; }

# 1. DuckDB in a local virtual environment, pinned.
if [[ ! -x $PY ]]; then
    log "creating $VENV"
    "${PYTHON:-python3}" -m venv "$VENV"
fi
if ! "$PY" -c "import duckdb, sys; sys.exit(duckdb.__version__ != '$DUCKDB_VERSION')" 2>/dev/null; then
    log "pip install duckdb==$DUCKDB_VERSION"
    "$PY" -m pip install --quiet --disable-pip-version-check "duckdb==$DUCKDB_VERSION"
fi
DUCK_VER=$("$PY" -c 'import duckdb; print(duckdb.__version__)')
PY_VER=$("$PY" -c 'import platform; print(platform.python_version())')
log "duckdb $DUCK_VER (Python $PY_VER)"

# 2. Builds and the data file.
log "cargo build --release --example gen"
cargo build --release --example gen
log "cargo build --release"
cargo build --release
# The other engineers may rebuild target/release/cyberindex while this runs:
# time one fixed copy of this build so all samples come from the same binary.
CYB=$BENCH/cyberindex-bench
cp -f target/release/cyberindex "$CYB.tmp" && mv -f "$CYB.tmp" "$CYB"
CYB_SHA=$(sha256sum "$CYB" | cut -c1-12)
CYB_BUILT=$(date -r target/release/cyberindex '+%Y-%m-%d %H:%M:%S %Z')

data_rows() { echo $(($(wc -l <"$1") - 1)); } # gen writes no newlines inside fields
if [[ -f $FILE ]] && [[ $(data_rows "$FILE") == "$ROWS" ]]; then
    log "reusing $FILE"
else
    log "generating $FILE"
    target/release/examples/gen "$ROWS" "$FILE.tmp"
    mv -f "$FILE.tmp" "$FILE"
    [[ $(data_rows "$FILE") == "$ROWS" ]] || { echo "generated $FILE has the wrong row count" >&2; exit 1; }
fi
FILE_BYTES=$(stat -c %s "$FILE")

# 3. Page cache.
cat "$FILE" >/dev/null

# Correctness: both tools on the same file, compared per (country, year).
log "verifying DuckDB against cyberindex on $FILE"
"$PY" scripts/duckdb_index.py "$FILE" >"$BENCH/verify-duckdb-$ROWS.csv"
"$CYB" report "$FILE" --all --format csv >"$BENCH/verify-cyberindex-$ROWS.csv"
"$PY" - "$BENCH/verify-duckdb-$ROWS.csv" "$BENCH/verify-cyberindex-$ROWS.csv" <<'EOF'
import csv, sys

def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        out = {}
        for row in r:
            key = (row["country"], int(row["year"]))
            if key in out:
                sys.exit(f"verify: {path}: duplicate row for {key}")
            v = row["overall"].strip()
            out[key] = float(v) if v else None
        return out

duck, cyb = load(sys.argv[1]), load(sys.argv[2])
ok = True
only_d, only_c = sorted(duck.keys() - cyb.keys()), sorted(cyb.keys() - duck.keys())
if only_d or only_c:
    ok = False
    print(f"verify: FAIL: (country, year) sets differ: {len(only_d)} only in DuckDB "
          f"(e.g. {only_d[:3]}), {len(only_c)} only in cyberindex (e.g. {only_c[:3]})")
max_diff, worst, unscored, mismatched_null = 0.0, None, 0, []
for key in duck.keys() & cyb.keys():
    d, c = duck[key], cyb[key]
    if d is None and c is None:
        unscored += 1
    elif d is None or c is None:
        mismatched_null.append(key)
    elif abs(d - c) > max_diff:
        max_diff, worst = abs(d - c), key
if mismatched_null:
    ok = False
    print(f"verify: FAIL: {len(mismatched_null)} country-years scored by one tool only, "
          f"e.g. {sorted(mismatched_null)[:3]}")
n = len(duck.keys() & cyb.keys())
where = f" at {worst[0]} {worst[1]} (DuckDB {duck[worst]!r}, cyberindex {cyb[worst]!r})" if worst else ""
print(f"verify: {n} country-years compared ({unscored} not scored by either), "
      f"max |DuckDB - cyberindex| = {max_diff:.3g}{where}")
if max_diff > 1e-3:
    ok = False
    print("verify: FAIL: difference above 1e-3")
print("verify: " + ("PASS" if ok else "FAIL"))
sys.exit(0 if ok else 1)
EOF

if ((VERIFY_ONLY)); then
    exit 0
fi

# 4. Paired runs, DuckDB first in each pair.
# measure OUTVAR command...: sets OUTVAR to "wall_s e_s maxrss_kib user_s sys_s".
measure() {
    local _out=$1 _tf=$BENCH/time.$$ _t0 _t1 _e _m _u _s
    shift
    _t0=$EPOCHREALTIME
    if ! "$TIME" -f '%e %M %U %S' -o "$_tf" "$@" >/dev/null; then
        echo "command failed: $*" >&2
        cat "$_tf" >&2
        exit 1
    fi
    _t1=$EPOCHREALTIME
    read -r _e _m _u _s <"$_tf"
    rm -f "$_tf"
    printf -v "$_out" '%s %s %s %s %s' \
        "$(awk -v a="$_t0" -v b="$_t1" 'BEGIN { printf "%.4f", b - a }')" "$_e" "$_m" "$_u" "$_s"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date '+%Y-%m-%d %H:%M:%S %Z')
SAMPLES=$BENCH/samples-$ROWS.txt
: >"$SAMPLES"
for ((i = 1; i <= PAIRS; i++)); do
    log "pair $i/$PAIRS"
    measure d "$PY" scripts/duckdb_index.py "$FILE"
    measure c "$CYB" report "$FILE" --all --format csv
    echo "$i $d $c" >>"$SAMPLES"
done
# DuckDB's fixed cost, for reading its numbers: start Python and import duckdb.
IMPORTS=()
for ((i = 1; i <= 3; i++)); do
    measure imp "$PY" -c 'import duckdb'
    IMPORTS+=("${imp%% *}")
done
FINISHED=$(date '+%Y-%m-%d %H:%M:%S %Z')
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# 5. Report (the numbers go to Python through the environment).
export B_STARTED=$STARTED B_FINISHED=$FINISHED B_LOAD_BEFORE=$LOAD_BEFORE B_LOAD_AFTER=$LOAD_AFTER
export B_NPROC=$(nproc) B_CPU=$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)
export B_MEM_KIB=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo) B_KERNEL=$(uname -sr)
export B_ROWS=$ROWS B_PAIRS=$PAIRS B_FILE=${FILE#"$ROOT"/} B_FILE_BYTES=$FILE_BYTES
export B_IMPORTS="${IMPORTS[*]}"
export B_DUCK_VER=$DUCK_VER B_PY_VER=$PY_VER B_CYB_BUILT=$CYB_BUILT B_CYB_SHA=$CYB_SHA
"$PY" - "$SAMPLES" <<'EOF'
import os, statistics, sys

E = os.environ
rows = [line.split() for line in open(sys.argv[1])]
# pair, then per tool (DuckDB, cyberindex): wall s, %e s, RSS KiB, user s, sys s
pairs = [(int(r[0]), *map(float, r[1:])) for r in rows]
dw = [p[1] for p in pairs]; dr = [p[3] / 1024 for p in pairs]
cw = [p[6] for p in pairs]; cr = [p[8] / 1024 for p in pairs]
dcpu = [p[4] + p[5] for p in pairs]; ccpu = [p[9] + p[10] for p in pairs]
med = statistics.median

print()
print("cyberindex vs DuckDB: overall index for every (country, year)")
print(f"  run:        {E['B_STARTED']} .. {E['B_FINISHED']}")
print(f"              load average before {E['B_LOAD_BEFORE']}, after {E['B_LOAD_AFTER']}")
print(f"  machine:    {E['B_NPROC']} CPUs (nproc), {E['B_CPU']}, "
      f"{int(E['B_MEM_KIB']) / 1024 / 1024:.1f} GiB RAM, {E['B_KERNEL']}")
print(f"  data:       {int(E['B_ROWS']):,} rows, {E['B_FILE']} "
      f"({int(E['B_FILE_BYTES']) / 1e6:.1f} MB), page cache warm")
print(f"  DuckDB:     duckdb {E['B_DUCK_VER']} (Python {E['B_PY_VER']}), default threads:")
print(f"              target/bench-venv/bin/python scripts/duckdb_index.py FILE")
print(f"  cyberindex: target/release/cyberindex report FILE --all --format csv")
print(f"              (built {E['B_CYB_BUILT']}, sha256 {E['B_CYB_SHA']}..., timed from a copy)")
print(f"  pairs:      {E['B_PAIRS']}, DuckDB first in each; wall = $EPOCHREALTIME around /usr/bin/time")
print()
print(f"  {'tool':<12} {'median wall (s)':>15} {'min':>7} {'max':>7}"
      f" {'median peak RSS (MiB)':>22} {'min':>7} {'max':>7} {'median CPU (s)':>15}")
for name, w, r, u in (("DuckDB", dw, dr, dcpu), ("cyberindex", cw, cr, ccpu)):
    print(f"  {name:<12} {med(w):>15.3f} {min(w):>7.3f} {max(w):>7.3f}"
          f" {med(r):>22.1f} {min(r):>7.1f} {max(r):>7.1f} {med(u):>15.2f}")
print()
print(f"  cyberindex / DuckDB (ratio of medians):  time {med(cw) / med(dw):.2f}x"
      f"   memory {med(cr) / med(dr):.2f}x")
print()
print("  samples: wall s ($EPOCHREALTIME), [%e s from GNU time], peak RSS MiB, CPU s (user+sys)")
print(f"  {'pair':>4}  {'DuckDB wall':>11} {'[%e]':>6} {'RSS':>8} {'CPU':>6}"
      f"   {'cyberindex wall':>15} {'[%e]':>6} {'RSS':>8} {'CPU':>6}")
for p, du, cu in zip(pairs, dcpu, ccpu):
    print(f"  {p[0]:>4}  {p[1]:>11.4f} {p[2]:>6.2f} {p[3] / 1024:>8.1f} {du:>6.2f}"
          f"   {p[6]:>15.4f} {p[7]:>6.2f} {p[8] / 1024:>8.1f} {cu:>6.2f}")
imports = [float(x) for x in E["B_IMPORTS"].split()]
print(f"  DuckDB's fixed cost (python -c 'import duckdb', run 3x after the pairs): "
      f"median {med(imports):.3f} s  [{', '.join(f'{x:.3f}' for x in imports)}]")
cv = lambda xs: statistics.stdev(xs) / statistics.mean(xs) if len(xs) > 1 else 0.0
print(f"  spread of wall (stdev/mean): DuckDB {100 * cv(dw):.1f}%, cyberindex {100 * cv(cw):.1f}%")
EOF
