#!/usr/bin/env bash
# Fuzzes the loader (fuzz/fuzz_targets/load.rs) with libFuzzer, seeded with
# the bundled sample and the test fixtures. Not part of CI.
#
# Usage: scripts/fuzz.sh [SECONDS]   (default 600)
# Needs: a nightly toolchain (rustup toolchain install nightly) and
# cargo-fuzz (cargo install cargo-fuzz). Crashes land in fuzz/artifacts/load/;
# replay one with: cargo +nightly fuzz run load fuzz/artifacts/load/<file>
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECONDS_TO_RUN=${1:-600}
mkdir -p fuzz/corpus/load
cp indicators.csv tests/fixtures/*.csv fuzz/corpus/load/
[[ -d tests/data ]] && find tests/data -maxdepth 1 -type f -size -64k ! -name '*.md' -exec cp {} fuzz/corpus/load/ \;
exec cargo +nightly fuzz run load fuzz/corpus/load \
    -- -dict=fuzz/load.dict -max_len=65536 -max_total_time="$SECONDS_TO_RUN"
