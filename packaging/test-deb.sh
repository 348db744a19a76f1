#!/usr/bin/env bash
# Installs the .deb built by `mvn -Ppackage package`, uses it as a person would, and removes it again:
# the itplan command, a plan from the command line, the desktop app's window under Xvfb, and the start-up
# archive (AppCDS) that postinst makes; prints the start-up times. Needs root.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls "$PWD"/target/dist/itplan_*_amd64.deb)
work=$(mktemp -d)
display=":$((90 + RANDOM % 100))"
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq itplan >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "package: $(basename "$deb"), $(du -m "$deb" | cut -f1) MB"
# The package's own dependencies (GTK 3, xdg-utils) come from Debian: fresh package lists first.
if ! dpkg -s xdg-utils >/dev/null 2>&1 || ! dpkg -s libgtk-3-0 >/dev/null 2>&1; then
  apt-get update -qq
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
echo "installed size: $(du -sm /opt/itplan | cut -f1) MB"

itplan --version | grep -q '^itplan ' || { echo "itplan --version failed"; exit 1; }
# The start-up archive: made by postinst, mapped by the launcher, holding the app's classes (the command
# line's and, by the class list, the window's). -Xshare:on makes a JVM that cannot map it fail, where the
# launcher's default starts without it, only slower.
test -s /opt/itplan/lib/app/itplan.jsa || { echo "no CDS archive /opt/itplan/lib/app/itplan.jsa"; exit 1; }
JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load" itplan --version >"$work/cds.log" 2>&1 \
  || { cat "$work/cds.log"; echo "the CDS archive cannot be mapped"; exit 1; }
grep -q 'io.itplan.Launcher source: shared objects file' "$work/cds.log" \
  || { echo "the CDS archive does not hold the app's classes"; exit 1; }
grep -qx 'io/itplan/ui/main/MainView' /opt/itplan/lib/app/itplan.classlist \
  || { echo "the CDS class list leaves out the window's classes"; exit 1; }
version_runs=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  itplan --version >/dev/null
  version_runs+=($((($(date +%s%N) - start) / 1000000)))
done
echo "itplan --version: $(printf '%s\n' "${version_runs[@]}" | sort -n | sed -n 3p) ms (median of ${version_runs[*]})"
itplan plan resources/examples/webshop.graph.json -q -o "$work/shop.plan.json"
itplan check "$work/shop.plan.json" --graph resources/examples/webshop.graph.json
test -f /usr/share/mime/packages/itplan-itplan-MimeInfo.xml || { echo "file types not registered"; exit 1; }
grep -q 'pattern="\*.graph.json"' /usr/share/mime/packages/itplan-itplan-MimeInfo.xml
ls /usr/share/applications/ | grep -q itplan || { echo "no desktop entry"; exit 1; }

# The desktop entry starts the window's own launcher (first JIT tier only), with the file opened.
entry=/usr/share/applications/itplan-itplan.desktop
grep -qx 'Exec=/opt/itplan/bin/itplan-window %f' "$entry" || { cat "$entry"; echo "the desktop entry does not start itplan-window"; exit 1; }
for e in /usr/share/applications/*itplan*.desktop; do
  [ "$e" = "$entry" ] || grep -qx 'NoDisplay=true' "$e" || { cat "$e"; echo "a second menu entry: $e"; exit 1; }
done
grep -qx 'java-options=-XX:TieredStopAtLevel=1' /opt/itplan/lib/app/itplan-window.cfg || { echo "itplan-window: no JIT setting"; exit 1; }
! grep -q TieredStopAtLevel /opt/itplan/lib/app/itplan.cfg || { echo "the itplan command must keep the default JIT"; exit 1; }
# Time to first window: start the installed app as the desktop entry does and wait for its window to be mapped.
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
start=$(date +%s%N)
HOME="$work" DISPLAY="$display" /opt/itplan/bin/itplan-window >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 300); do
  if DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -q 'itplan — Web shop'; then
    echo "time to first window: $(( ($(date +%s%N) - start) / 1000000 )) ms"
    break
  fi
  sleep 0.05
done
DISPLAY="$display" xwininfo -root -tree | grep -q 'itplan — Web shop' || { cat "$work/app.log"; echo "no window"; exit 1; }
kill "$app"; app=""
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq itplan >/dev/null
test ! -e /usr/bin/itplan || { echo "/usr/bin/itplan left behind"; exit 1; }
test ! -e /opt/itplan || { echo "/opt/itplan left behind"; exit 1; }
echo "deb: installed, used and removed"
