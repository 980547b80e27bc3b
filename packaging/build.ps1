# Builds the Windows installer (.msi) with jpackage from the shaded jar, with the same option files as build.sh:
# packaging\common.args, packaging\windows\image.args and packaging\windows\installer.args.
# Needs JDK 17+, Maven and the WiX Toolset 3 (candle.exe, light.exe) on the PATH.
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [-NoBuild] [-Type msi|exe|app-image]
param([switch]$NoBuild, [string]$Type = "msi")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$target = if ($env:OD_BUILD_DIR) { $env:OD_BUILD_DIR } else { "target" }
if (-not $NoBuild) {
    mvn -B -q "-Dod.build.dir=$target" package -DskipTests
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
$jar = Join-Path $target "order-desk.jar"
if (-not (Test-Path $jar)) { throw "$jar is missing: run without -NoBuild" }

# jpackage wants a numeric version: 0.1.0-SNAPSHOT -> 0.1.0.
$version = ([xml](Get-Content pom.xml)).project.version -replace '-.*$', ''
$out = Join-Path $target "jpackage"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force (Join-Path $out "input") | Out-Null
Copy-Item $jar (Join-Path $out "input")

$files = @("@packaging/common.args", "@packaging/windows/image.args")
if ($Type -ne "app-image") { $files += "@packaging/windows/installer.args" }
jpackage --type $Type @files --input (Join-Path $out "input") --main-jar order-desk.jar --app-version $version --dest $out
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Get-ChildItem $out
