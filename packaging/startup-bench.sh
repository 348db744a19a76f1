#!/usr/bin/env bash
# Start-up times of packaged itplan apps, side by side: `itplan --version` and time to the first window of the
# bundled example (under Xvfb), each the median of several runs, cold (page cache dropped before each run, when
# root may) and warm; then where the time of one warm run goes: the JVM before main (from process start to the
# launcher class loading; split into the native launcher before the JVM and the JVM's own start), main until
# the process exits, and how many classes came from the CDS archive.
# Usage: packaging/startup-bench.sh [-n RUNS] APP_DIR...   (APP_DIR: an app-image, e.g. target/dist/itplan,
# or /opt/itplan of the installed .deb). Needs Xvfb and xwininfo.
set -euo pipefail
runs=5
if [ "${1:-}" = "-n" ]; then
  runs=$2
  shift 2
fi
[ $# -gt 0 ] || { echo "usage: $0 [-n RUNS] APP_DIR..." >&2; exit 2; }
example="$(cd "$(dirname "$0")/.." && pwd)/resources/examples/webshop.graph.json"
work=$(mktemp -d)
mkdir -p "$work/home"
display=":$((150 + RANDOM % 100))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1

now() { date +%s%N; }
can_drop=no
if [ -w /proc/sys/vm/drop_caches ]; then can_drop=yes; fi
drop() {
  if [ "$1" = cold ] && [ "$can_drop" = yes ]; then
    sync
    echo 3 >/proc/sys/vm/drop_caches
  fi
}

# "WALL CPU" milliseconds of `itplan --version`, process start to exit; CPU time (user and system, all
# threads) is what the start-up costs whatever else the machine is doing.
version_ms() {
  local TIMEFORMAT='%3R %3U %3S'
  { time "$1/bin/itplan" --version >/dev/null 2>&1; } 2>&1 | awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}'
}

# "WALL CPU" milliseconds from process start until the window of the example is mapped; the app is then ended.
window_ms() {
  local app start result="timeout timeout"
  # A second start, as most are: JavaFX's native libraries stay unpacked in ~/.openjfx, the rest is fresh.
  find "$work/home" -mindepth 1 -maxdepth 1 ! -name .openjfx -exec rm -rf {} +
  start=$(now)
  # The desktop entry's launcher; an app-image built before it had one starts the window with bin/itplan.
  local launcher="$1/bin/itplan-window"
  [ -x "$launcher" ] || launcher="$1/bin/itplan"
  HOME="$work/home" DISPLAY="$display" "$launcher" >"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 600); do
    if DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -q 'itplan — Web shop'; then
      # The launcher is the JVM's process: its utime and stime (fields 14 and 15) are in clock ticks.
      result="$((($(now) - start) / 1000000)) $(awk -v hz="$(getconf CLK_TCK)" \
        '{sub(/.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz}' "/proc/$app/stat")"
      break
    fi
    sleep 0.05
  done
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  echo "$result"
}

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The apps take turns run by run, so that a change in the machine's load falls on all of them alike.
declare -A version_wall version_cpu window_wall window_cpu
measure() { # measure cold|warm APP_DIR...
  local mode=$1 i app wall cpu
  shift
  for app in "$@"; do
    version_wall[$app]=""
    version_cpu[$app]=""
    window_wall[$app]=""
    window_cpu[$app]=""
  done
  for i in $(seq 1 "$runs"); do
    for app in "$@"; do
      drop "$mode"
      read -r wall cpu <<<"$(version_ms "$app")"
      version_wall[$app]+=" $wall"
      version_cpu[$app]+=" $cpu"
    done
  done
  for i in $(seq 1 "$runs"); do
    for app in "$@"; do
      drop "$mode"
      read -r wall cpu <<<"$(window_ms "$app")"
      window_wall[$app]+=" $wall"
      window_cpu[$app]+=" $cpu"
    done
  done
}

# One warm run with class loading logged in wall-clock milliseconds: main starts when io.itplan.Launcher loads.
split() { # split APP_DIR [LAUNCHER] ARGS... -> "native-launcher jvm-init after-main classes shared"
  local app=$1 launcher=itplan start line wall uptime end total shared
  shift
  if [ "${1:-}" = itplan-window ]; then
    [ -x "$app/bin/itplan-window" ] && launcher=itplan-window
    shift
  fi
  start=$(now)
  start=$((start / 1000000))
  JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$work/classes.log:timemillis,uptimemillis" HOME="$work/home" \
    "$app/bin/$launcher" "$@" >/dev/null 2>&1
  end=$(($(now) / 1000000))
  line=$(grep -m1 ' io.itplan.Launcher ' "$work/classes.log")
  wall=$(sed 's/^\[\([0-9]*\)ms\].*/\1/' <<<"$line")
  uptime=$(sed 's/^\[[0-9]*ms\]\[\([0-9]*\)ms\].*/\1/' <<<"$line")
  total=$(wc -l <"$work/classes.log")
  shared=$(grep -c 'source: shared objects file' "$work/classes.log" || true)
  echo "$((wall - uptime - start)) $uptime $((end - wall)) $total $shared"
}

echo "page cache dropped before each cold run: $can_drop; $runs runs each; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median milliseconds, wall (CPU); every run's wall time in brackets"
printf '%-24s %-5s %16s %16s\n' app mode "--version" "first window"
for mode in cold warm; do
  measure "$mode" "$@"
  for app in "$@"; do
    printf '%-24s %-5s %16s %16s   [version%s; window%s]\n' "$app" "$mode" \
      "$(median <<<"${version_wall[$app]}") ($(median <<<"${version_cpu[$app]}"))" \
      "$(median <<<"${window_wall[$app]}") ($(median <<<"${window_cpu[$app]}"))" \
      "${version_wall[$app]}" "${window_wall[$app]}"
  done
done
echo
echo "where one warm run goes (class loading logged, so a little slower than above):"
printf '%-24s %-32s %10s %10s %10s %16s\n' app run "launcher" "JVM init" "main→exit" "classes (CDS)"
for app in "$@"; do
  read -r l b a t s <<<"$(split "$app" --version)"
  printf '%-24s %-32s %7s ms %7s ms %7s ms %9s (%s)\n' "$app" "--version" "$l" "$b" "$a" "$t" "$s"
  read -r l b a t s <<<"$(split "$app" plan "$example" -q -o "$work/shop.plan.json")"
  printf '%-24s %-32s %7s ms %7s ms %7s ms %9s (%s)\n' "$app" "plan webshop" "$l" "$b" "$a" "$t" "$s"
  read -r l b a t s <<<"$(DISPLAY="$display" split "$app" itplan-window --snapshot="$work/shot.png")"
  printf '%-24s %-32s %7s ms %7s ms %7s ms %9s (%s)\n' "$app" "window, drawn and saved as PNG" "$l" "$b" "$a" "$t" "$s"
done
