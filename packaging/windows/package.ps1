# Builds the Windows installer (.msi) of itplan with jpackage, from target/itplan.jar.
# Needs the WiX Toolset 3 on the PATH (jpackage requirement). Run from the project root after `mvn package`:
#   powershell -File packaging/windows/package.ps1 0.1.0
param([string]$Version = "0.1.0")
$ErrorActionPreference = "Stop"
$Version = $Version -replace '-.*$', ''
Remove-Item -Recurse -Force target/dist, target/jpackage-input -ErrorAction SilentlyContinue
New-Item -ItemType Directory target/jpackage-input | Out-Null
Copy-Item target/itplan.jar target/jpackage-input/
# The same application as on Linux; on Windows a console launcher, itplan-cli, serves the command line.
jpackage --type msi --name itplan --app-version $Version --vendor itplan `
  --description "Plans integration testing: integration orders, stubs and drivers, executable plans" `
  --input target/jpackage-input --main-jar itplan.jar --main-class io.itplan.Launcher `
  --icon packaging/windows/itplan.ico --win-menu --win-menu-group itplan --win-shortcut --win-dir-chooser `
  --win-upgrade-uuid 6a1c5f3e-7d2b-4c8e-9f41-2b7e0d9a1c35 `
  --add-launcher itplan-cli=packaging/windows/cli-launcher.properties `
  --file-associations packaging/graph.properties --file-associations packaging/plan.properties `
  --dest target/dist
Get-ChildItem target/dist
