#!/usr/bin/env bash
# CI check of the Linux installer (run as root after packaging/build.sh): installs the .deb, starts the INSTALLED app
# under Xvfb on a fresh data folder until it has written a PNG of its window and its log file, then removes the
# package and checks that the user's data stayed. Needs no network when the package's dependencies, xvfb and
# xauth are installed or in apt's cache.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${OD_BUILD_DIR:-target}"
debs=("$target"/jpackage/order-desk_*.deb)
deb="${debs[0]}"
[ -f "$deb" ] || { echo "no .deb in $target/jpackage: run packaging/build.sh first" >&2; exit 1; }
app="/opt/order-desk/bin/Order Desk"
fail() { echo "installer smoke test FAILED: $*" >&2; exit 1; }

# The package's own dependencies (libgtk-3-0, xdg-utils, ...) plus Xvfb for the run; from apt's cache when it
# holds them (no network), else downloaded.
missing=()
for package in $(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*//; s/ //g') xvfb xauth; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends --no-download "${missing[@]}" >/dev/null \
    || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
fi
if dpkg -s order-desk >/dev/null 2>&1; then
  echo "removing a leftover order-desk package"
  dpkg --purge order-desk >/dev/null
fi

# The .deb's post-install script adds a menu entry with xdg-desktop-menu, which fails (exit 3) where no desktop ever
# made the system menu folders, as in a bare container; a desktop PC has them.
mkdir -p /etc/xdg/menus /usr/share/applications /usr/share/desktop-directories

start=$(date +%s)
trap 'dpkg --purge order-desk >/dev/null 2>&1 || true' EXIT
dpkg -i "$deb" >/dev/null
echo "installed $(dpkg-query -W -f '${Package} ${Version}, depends: ${Depends}' order-desk)"
[ -x "$app" ] || fail "$app is missing"
[ -f /opt/order-desk/lib/order-desk-Order_Desk.desktop ] || fail "no desktop entry in /opt/order-desk/lib"

version="$("$app" version)"
echo "$version"
[[ "$version" == "Order Desk "* ]] || fail "unexpected version output: $version"
# The class data sharing archive postinst made from the shipped class list: -Xshare:on makes the JVM refuse to start
# when it cannot map it.
if dpkg -L order-desk | grep -q 'order-desk.classlist$'; then
  jsa=/opt/order-desk/lib/app/order-desk.jsa
  [ -s "$jsa" ] || fail "postinst made no class data sharing archive"
  JAVA_TOOL_OPTIONS=-Xshare:on "$app" version >/dev/null 2>&1 || fail "the launcher cannot map $jsa"
  echo "class data sharing archive: $(( $(stat -c %s "$jsa") / 1048576 )) MB, mapped by the launcher"
else
  echo "the .deb has no class list (built without a display): no class data sharing archive to check"
fi

home="$(mktemp -d)/order-desk"
ORDERDESK_HOME="$home" timeout 180 xvfb-run -a -s "-screen 0 1400x900x24" "$app" --screenshot="$home/../main.png" \
  > "$home.out" 2>&1 || { cat "$home.out"; fail "the installed app did not start and exit cleanly"; }
[ "$(stat -c %s "$home/../main.png")" -gt 20000 ] || fail "no screenshot of the main window"
grep -q "ready in" "$home/logs/order-desk.log" || fail "no log file in $home/logs"
[ "$(stat -c %a "$home")" = 700 ] || fail "the data folder is not private: $(stat -c %a "$home")"
echo "installed app ran: $(stat -c %s "$home/../main.png") byte screenshot, log $home/logs/order-desk.log"

dpkg --purge order-desk >/dev/null
trap - EXIT
[ ! -e "$app" ] || fail "dpkg --purge left $app behind"
[ ! -e /opt/order-desk ] || fail "dpkg --purge left /opt/order-desk behind: $(find /opt/order-desk | head -5)"
[ -f "$home/orderdesk.mv.db" ] || fail "removing the package touched the user's data"
rm -rf "$(dirname "$home")"
echo "installer smoke test passed in $(( $(date +%s) - start )) s (install, run, remove)"
