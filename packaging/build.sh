#!/usr/bin/env bash
# Builds Order Desk's installers with jpackage (JDK 17+) from the shaded jar, with a runtime trimmed by jlink.
#   Linux: an app-image (target/jpackage/Order Desk/) and a .deb     macOS: a .dmg
# The options live in packaging/common.args, packaging/<os>/image.args and (installers only)
# packaging/<os>/installer.args; Windows uses build.ps1 with the same files.
#
#   packaging/build.sh [--no-build] [--type TYPE]...
#     --no-build   use the existing target/order-desk.jar instead of running `mvn -B -q package -DskipTests`
#     --type TYPE  app-image, deb, rpm or dmg (repeatable); default: app-image and deb on Linux, dmg on macOS
#     --check-modules  first fail if jdeps finds a JDK module the jar needs that common.args's --add-modules lacks
# OD_BUILD_DIR (default: target) is Maven's build folder, as in `mvn -Dod.build.dir=...`.
set -euo pipefail
cd "$(dirname "$0")/.."

build=yes
check=no
types=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=no ;;
    --check-modules) check=yes ;;
    --type) types+=("$2"); shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

target="${OD_BUILD_DIR:-target}"
case "$(uname -s)" in
  Linux) os=linux; [ ${#types[@]} -gt 0 ] || types=(app-image deb) ;;
  Darwin) os=macos; [ ${#types[@]} -gt 0 ] || types=(dmg) ;;
  *) echo "On Windows run packaging\\build.ps1" >&2; exit 2 ;;
esac

if [ "$build" = yes ]; then
  mvn -B -q -Dod.build.dir="$target" package -DskipTests
fi
jar="$target/order-desk.jar"
[ -f "$jar" ] || { echo "$jar is missing: run without --no-build" >&2; exit 1; }

if [ "$check" = yes ]; then
  needed="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$jar" | tail -1)"
  listed=",$(sed -n 's/^--add-modules //p' packaging/common.args),"
  lacking=()
  for module in ${needed//,/ }; do
    [[ "$listed" == *",$module,"* ]] || lacking+=("$module")
  done
  if [ ${#lacking[@]} -gt 0 ]; then
    echo "packaging/common.args --add-modules lacks ${lacking[*]} (jdeps on $jar)" >&2
    exit 1
  fi
fi

# jpackage wants a numeric version: 0.1.0-SNAPSHOT -> 0.1.0 (the app itself shows the full one in About).
version="$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -1)"
version="${version%%-*}"
out="$target/jpackage"
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"

if [ "$os" = macos ]; then
  # A Mac bundle version must start at 1 or more; 0.x.y is packaged as 1.x.y until the first 1.0 release.
  case "$version" in 0.*) version="1.${version#0.}" ;; esac
fi

# The classes the app loads from launch until its first sync is shown, recorded by running the app-image once (demo
# mode, a scratch data folder, under Xvfb when there is no display). The .deb ships the list and its postinst turns
# it into the class data sharing archive the launcher maps (a faster start). Without a display and xvfb-run the .deb
# is built without it and the app simply starts slower.
record_classes() {
  local list="$out/input/order-desk.classlist" scratch
  scratch="$(mktemp -d)"
  local run=("$out/Order Desk/bin/Order Desk" --screenshot="$scratch/first.png")
  if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "no display and no xvfb-run: the .deb gets no class list"; return 0; }
    run=(xvfb-run -a -s "-screen 0 1400x900x24" "${run[@]}")
  fi
  if ORDERDESK_HOME="$scratch/home" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" \
      timeout 180 "${run[@]}" >"$scratch/run.log" 2>&1 && [ -s "$list" ]; then
    echo "class list for the .deb: $(wc -l < "$list") classes"
    rm -rf "$scratch"
  else
    echo "could not record the class list (see $scratch/run.log): the .deb gets none"
    rm -f "$list"
  fi
}

for type in "${types[@]}"; do
  start=$(date +%s)
  files=(@packaging/common.args "@packaging/$os/image.args")
  [ "$type" = app-image ] || files+=("@packaging/$os/installer.args")
  jpackage --type "$type" "${files[@]}" \
    --input "$out/input" --main-jar order-desk.jar --app-version "$version" --dest "$out"
  echo "jpackage $type: $(( $(date +%s) - start )) s"
  if [ "$os" = linux ] && [ "$type" = app-image ]; then
    record_classes
  fi
done
ls -l "$out"
