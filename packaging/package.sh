#!/usr/bin/env bash
# Builds the Linux app-image and .deb of itplan with jpackage, from target/itplan.jar.
# Usage: packaging/package.sh VERSION   (run from the project root, after `mvn package`)
#
# Start-up: both carry an AppCDS class list (lib/app/itplan.classlist), recorded here by training runs of the
# app-image: `--version`, plans of the bundled examples, a check, a compare and, where Xvfb is installed, the
# window. From it the JVM's static CDS archive (lib/app/itplan.jsa, JDK and app classes parsed and verified ahead
# of time) is dumped where the app lives: here into the app-image, and by the .deb's postinst into /opt/itplan. JDK 17
# only maps an archive at the class path it was dumped with, so the .deb cannot ship this build's archive.
# A missing or stale archive costs nothing but speed: the JVM then starts without it, silently.
#
# The command (bin/itplan) runs with the parallel collector, built for throughput: on two cores it plans, checks
# and compares a 10,000-module system 5-10 % faster than with G1, in less memory. The window (bin/itplan-window,
# linux/window.properties) keeps G1, whose pauses are short.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-0.1.0}"
version="${version%%-*}"            # jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0
out=target/dist
rm -rf "$out" target/jpackage-input target/cds-training
mkdir -p "$out" target/jpackage-input target/cds-training
cp target/itplan.jar target/jpackage-input/

jpackage --type app-image --name itplan --app-version "$version" --vendor itplan \
  --description "Plans integration testing: integration orders, stubs and drivers, executable plans" \
  --input target/jpackage-input --main-jar itplan.jar --main-class io.itplan.Launcher \
  --java-options "-Xss4m" --java-options "-XX:SharedArchiveFile=\$APPDIR/itplan.jsa" --java-options "-XX:+UseParallelGC" \
  --add-launcher itplan-window=packaging/linux/window.properties \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.zipfs,java.compiler,jdk.crypto.ec \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2" \
  --icon packaging/icon-256.png --dest "$out"

app="$PWD/$out/itplan"
training="$PWD/target/cds-training"
train() { # train NAME ARGS... : one run of the app-image, its loaded classes listed in $training/NAME.classlist
  local name=$1
  shift
  HOME="$training/home" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$training/$name.classlist" \
    "$app/bin/itplan" "$@" >"$training/$name.log" 2>&1 || { cat "$training/$name.log"; exit 1; }
}
train version --version
train plan plan "$PWD/resources/examples/webshop.graph.json" -q -o "$training/webshop.plan.json"
train parallel plan "$PWD/resources/examples/library.graph.json" -g parallel -q -o "$training/library.plan.json"
train check check "$training/library.plan.json"
train compare compare "$PWD/resources/examples/library.graph.json"
if command -v Xvfb >/dev/null 2>&1; then
  display=":$((300 + RANDOM % 100))"
  Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null || true' EXIT
  sleep 1
  # --snapshot opens the window on the example, draws it, saves a picture and exits.
  DISPLAY="$display" train window --snapshot="$training/window.png"
  kill "$xvfb"
  trap - EXIT
else
  echo "warning: no Xvfb, so the CDS class list leaves out the window's classes" >&2
fi
awk '!/^#/ && !seen[$0]++' "$training"/*.classlist >"$app/lib/app/itplan.classlist"
echo "CDS class list: $(wc -l <"$app/lib/app/itplan.classlist") classes"
install -m 755 packaging/linux/dump-cds "$app/lib/dump-cds"

jpackage --type deb --app-image "$app" --name itplan --app-version "$version" --vendor itplan \
  --description "Plans integration testing: integration orders, stubs and drivers, executable plans" \
  --dest "$out" \
  --resource-dir packaging/linux --linux-shortcut --linux-menu-group Development \
  --linux-app-category devel --linux-package-deps libgtk-3-0 \
  --file-associations packaging/graph.properties --file-associations packaging/plan.properties

# The app-image's own archive, after the .deb is built so that the .deb does not carry it.
"$app/lib/dump-cds" "$app"
ls -la "$out"
