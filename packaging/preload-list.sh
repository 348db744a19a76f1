#!/usr/bin/env bash
# Writes src/main/resources/io/itplan/ui/preload.classes, the library classes the window loads to open, draw and
# plan the bundled example, in the order it loads them (io.itplan.ui.ClassPreload loads them on a second thread
# while the window is built). Run from anywhere after `mvn compile`; needs no display (Monocle, headless).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/preload.cp >/dev/null
rm -f target/preload.log
HOME="$(mktemp -d)" java -XX:TieredStopAtLevel=1 -Xlog:class+load:file=target/preload.log \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -cp "target/classes:$(cat target/preload.cp)" io.itplan.Launcher --size=1280x800 \
  --snapshot=target/preload.png resources/examples/webshop.graph.json >/dev/null
out=src/main/resources/io/itplan/ui/preload.classes
{
  echo "# Library classes the window loads to open, draw and plan the bundled example, in that order."
  echo "# Made by packaging/preload-list.sh; read by io.itplan.ui.ClassPreload."
  # Classes from library jars only: the JDK's come from its own archive, the app's change with every commit, and
  # Monocle is the headless stand-in for the screen.
  grep ' source: file:.*\.jar$' target/preload.log | grep -v 'openjfx-monocle' | awk '{print $2}' \
    | grep -v '^io\.itplan\.' | awk '!seen[$0]++'
} >"$out"
echo "$(grep -vc '^#' "$out") classes in $out"
