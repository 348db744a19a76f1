#!/usr/bin/env bash
# Builds the macOS disk image (.dmg) of itplan with jpackage, from target/itplan.jar.
# Run from the project root after `mvn package`:  packaging/macos/package.sh 0.1.0
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${1:-0.1.0}"
version="${version%%-*}"
rm -rf target/dist target/jpackage-input
mkdir -p target/dist target/jpackage-input
cp target/itplan.jar target/jpackage-input/
# The icon: the same drawing as on Linux, as an .icns built from the PNG sizes.
iconset=target/itplan.iconset
mkdir -p "$iconset"
for s in 16 32 64 128 256 512; do cp "packaging/icon-$s.png" "$iconset/icon_${s}x${s}.png"; done
iconutil -c icns "$iconset" -o target/itplan.icns
jpackage --type dmg --name itplan --app-version "$version" --vendor itplan \
  --description "Plans integration testing: integration orders, stubs and drivers, executable plans" \
  --input target/jpackage-input --main-jar itplan.jar --main-class io.itplan.Launcher \
  --icon target/itplan.icns --mac-package-identifier io.itplan.app --mac-package-name itplan \
  --file-associations packaging/graph.properties --file-associations packaging/plan.properties \
  --dest target/dist
# The command line: /Applications/itplan.app/Contents/MacOS/itplan, which users link onto their PATH.
ls -la target/dist
