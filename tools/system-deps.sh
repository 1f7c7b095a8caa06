#!/usr/bin/env bash
# Installs the Debian libraries Qt needs (PLATFORM.md "Debian packages") when they are missing.
# As root it runs apt-get; otherwise it prints the exact apt-get line and fails.
# Usage: tools/system-deps.sh offscreen|window
set -eu
offscreen="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core"
window="$offscreen xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1"
case "${1:-offscreen}" in
  offscreen) wanted=$offscreen ;;
  window) wanted=$window ;;
  *) echo "usage: $0 offscreen|window" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing we can check
missing=""
for pkg in $wanted; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  case "$status" in *"install ok installed"*) ;; *) missing="$missing $pkg" ;; esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ]; then
  echo "Installing Debian packages Qt needs:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "SKP Desk needs these Debian packages. Run:" >&2
  echo "  sudo apt-get install -y$missing" >&2
  exit 1
fi
