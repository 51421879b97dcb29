#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: the npm packages (when missing or stale)
# and Debian's Chromium (Playwright's own browser downloads are not possible here).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "Installing npm packages (npm ci)…"
	npm ci --no-audit --no-fund
fi

chromium="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
	echo "Installing Debian's Chromium…"
	sudo_cmd=""
	if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
	$sudo_cmd apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
"$chromium" --version 2>/dev/null | grep -v "unexpected operator" || true
