#!/usr/bin/env bash
# Builds the Linux app-image and .deb of itplan with jpackage, from target/itplan.jar.
# Usage: packaging/package.sh VERSION   (run from the project root, after `mvn package`)
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-0.1.0}"
version="${version%%-*}"            # jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0
out=target/dist
rm -rf "$out" target/jpackage-input
mkdir -p "$out" target/jpackage-input
cp target/itplan.jar target/jpackage-input/

common=(--name itplan --app-version "$version" --vendor itplan
  --description "Plans integration testing: integration orders, stubs and drivers, executable plans"
  --input target/jpackage-input --main-jar itplan.jar --main-class io.itplan.Launcher
  --java-options "-Xss4m"
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.zipfs,java.compiler,jdk.crypto.ec
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2")

jpackage --type app-image "${common[@]}" --icon packaging/icon-256.png --dest "$out"
jpackage --type deb "${common[@]}" --icon packaging/icon-256.png --dest "$out" \
  --resource-dir packaging/linux --linux-shortcut --linux-menu-group Development \
  --linux-app-category devel --linux-package-deps libgtk-3-0 \
  --file-associations packaging/graph.properties --file-associations packaging/plan.properties
ls -la "$out"
