#!/usr/bin/env bash
# Opens the HTML report of a sample decision in headless Chromium (Debian's `chromium`) and checks it there: the page
# loads without console errors, and the DOM Chromium built holds the outcomes, the trace and a clause for every link.
# A negative control (a page that logs an error) proves the error check can fail.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "== Installing Debian's chromium"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

open_page() { # file -> DOM on stdout, browser log in $work/log
  timeout 120 chromium --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
    --virtual-time-budget=3000 --dump-dom "file://$1" 2> "$work/log"
}

echo "== Negative control: a page that logs an error must be caught"
printf '<!DOCTYPE html><html><body><script>console.error("control")</script></body></html>' > "$work/control.html"
open_page "$work/control.html" > /dev/null
if ! grep -q ':CONSOLE' "$work/log"; then
  echo "the console check saw nothing on a page that logs an error"; exit 1
fi

echo "== Evaluating, then explaining a sample decision as HTML"
dotnet run --project src/Baotou.Incentives.Cli -c Release -- evaluate samples/cases/sample-university-transfer.json --out "$work/record.json"
dotnet run --project src/Baotou.Incentives.Cli -c Release --no-build -- explain "$work/record.json" --format html --lang zh --out "$work/report.html"

echo "== Opening the report in Chromium"
open_page "$work/report.html" > "$work/dom.html"
if grep ':CONSOLE' "$work/log"; then
  echo "the report logged console messages"; exit 1
fi

python3 - "$work/dom.html" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
outcomes = re.findall(r'<section class="outcome[^"]*" id="[^"]+" data-outcome="([^"]+)"', dom)
firings = re.findall(r'<tr class="firing">', dom)
links = re.findall(r'<a class="clause" href="#([^"]+)">(?:<bdi>)?([^<]+)', dom)
ids = set(re.findall(r'id="([^"]+)"', dom))
problems = []
for expected in ["149-8-national-award-transfer/C-2024-0317", "149-7-regional-incentive/C-2024-0317", "149-5-transfer-office-staff-reward/T-1"]:
    if expected not in outcomes:
        problems.append(f"outcome {expected} missing")
if not firings:
    problems.append("no trace")
for clause in ["149号·（五）", "149号·（七）", "149号·（八）", "149号·从高从新不重复"]:
    if clause not in {text for _, text in links}:
        problems.append(f"no link to {clause}")
dangling = [href for href, _ in links if href not in ids]
if dangling:
    problems.append(f"links to clauses the page does not have: {dangling}")
if dom.find('id="outcomes"') > dom.find('id="trace"'):
    problems.append("the trace comes before the outcomes")
if problems:
    print("\n".join(problems)); sys.exit(1)
print(f"report checked in Chromium: {len(outcomes)} outcomes, {len(firings)} trace lines, {len(links)} clause links, all resolving")
PY
