#!/usr/bin/env bash
# Debian's Chromium as the browser tests start it (tests/e2e/harness.ts launchExtension), with
# every `--disable-features=` it is given merged into one: Chromium reads only the last one, so
# the harness's list would otherwise replace Playwright's own (HttpsUpgrades, PaintHolding, …).
# CHROMIUM_PATH names another Chromium, as for the harness.
features=()
args=()
for arg in "$@"; do
  case "$arg" in
    --disable-features=*) features+=("${arg#--disable-features=}") ;;
    *) args+=("$arg") ;;
  esac
done
IFS=,
exec "${CHROMIUM_PATH:-/usr/bin/chromium}" "${args[@]}" ${features[0]+"--disable-features=${features[*]}"}
