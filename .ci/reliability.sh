#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Reliability CI job: the whole test suite built with AddressSanitizer + UBSan (preset asan, build-asan), then the
# libFuzzer targets (preset fuzz, clang, build-fuzz): each runs its seed corpus, then fuzzes for
# TALYSHKB_FUZZ_SECONDS (default 60; the three run side by side). Any sanitizer report, failed test or fuzzer
# crash fails the job; a crashing input is kept in build-fuzz/work/ and printed in base64.
#
#   .ci/reliability.sh                          everything
#   TALYSHKB_FUZZ_SECONDS=600 .ci/reliability.sh  fuzz longer
#   TALYSHKB_RELIABILITY_SKIP=asan|fuzz         run only the other half
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${TALYSHKB_FUZZ_SECONDS:-60}
skip=${TALYSHKB_RELIABILITY_SKIP:-}
start=$(date +%s)
stamp() { echo "== reliability: $1 ($(( $(date +%s) - start )) s)"; }

# Both halves run even when the first fails, so one run reports everything; the exit status says if any failed.
failures=()

if [ "$skip" != asan ]; then
  stamp "asan: configure and build the whole suite"
  if tools/buildenv sh -c 'cmake --preset asan >/dev/null && cmake --build --preset asan'; then
    stamp "asan: ctest"
    tools/buildenv ctest --preset asan || failures+=("asan tests")
  else
    failures+=("asan build")
  fi
fi

if [ "$skip" != fuzz ]; then
  stamp "fuzz: configure and build the fuzz targets"
  if ! tools/buildenv sh -c 'cmake --preset fuzz >/dev/null && cmake --build --preset fuzz'; then
    failures+=("fuzz build")
    stamp "failed: ${failures[*]}"
    exit 1
  fi
  stamp "fuzz: seed corpora"
  tools/buildenv ctest --preset fuzz || failures+=("fuzz seeds")
  stamp "fuzz: ${secs} s per target"
  # Inside the build root: new inputs go to build-fuzz/work/<target> (the committed corpus stays as it is).
  tools/buildenv bash -c '
    set -u
    secs=$1
    cd build-fuzz
    mkdir -p work
    export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
    pids=()
    for t in articleimporter packreader searchquery changereader; do
      mkdir -p work/$t
      fuzz/fuzz_$t -max_total_time="$secs" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
        -dict=../tests/fuzz/$t.dict -artifact_prefix=work/fuzz_$t- \
        work/$t ../tests/fuzz/corpus/fuzz_$t >work/fuzz_$t.log 2>&1 &
      pids+=($!)
    done
    failed=0
    i=0
    for t in articleimporter packreader searchquery changereader; do
      if wait "${pids[$i]}"; then
        echo "fuzz_$t: $(grep -E "^Done [0-9]+ runs" work/fuzz_$t.log || echo done), no crash"
      else
        failed=1
        echo "fuzz_$t FAILED:"
        grep -v -E "^#[0-9]+ +(NEW|REDUCE|pulse)|NEW_FUNC" work/fuzz_$t.log | tail -60
      fi
      i=$((i + 1))
    done
    exit $failed
  ' fuzz "$secs" || failures+=("fuzzing")
fi

if [ ${#failures[@]} -gt 0 ]; then
  stamp "failed: ${failures[*]}"
  exit 1
fi
stamp "passed"
