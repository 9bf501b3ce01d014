#!/usr/bin/env bash
# The auditor's HTML report, proved in a real browser by its pixels. For every sample case (samples/cases/*.json) the CLI
# evaluates the case and explains the record as HTML in 中文 and English; .ci/BrowserReportCheck (Playwright for .NET
# driving Debian's Chromium) then opens each page at 1280 px and at 390 px (a phone) and asserts: laid out at the phone's
# width, no sideways scroll and no element past the edge, every in-page link resolving, no console message of any level,
# visible text drawn with real glyphs (not tofu), and an A4 PDF whose first page, rendered by pdftoppm, is not blank and
# keeps a margin. It proves first, on small pages it writes itself, that each assertion can fail. Screenshots, PDFs and
# their first-page PNGs land in artifacts/report-check/<case>/ for a person to look at. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Debian's packages the check needs, installed when missing: the browser, the CJK fonts (without them every Chinese
# character is tofu), and poppler-utils (pdfinfo, pdftoppm).
needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' || needed+=(fonts-noto-cjk)
command -v pdftoppm >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || needed+=(poppler-utils)
if [ ${#needed[@]} -gt 0 ]; then
  echo "== [${SECONDS}s] Installing Debian's ${needed[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${needed[@]}" >/dev/null
fi

out="artifacts/report-check"
rm -rf "$out"
mkdir -p "$out"

echo "== [${SECONDS}s] Building the CLI (Release) and the checker"
dotnet build src/Baotou.Incentives.Cli -c Release -v quiet -nologo
dotnet build .ci/BrowserReportCheck -c Release -v quiet -nologo

cli() { dotnet run --project src/Baotou.Incentives.Cli -c Release --no-build -- "$@"; }

report_case() { # case file -> artifacts/report-check/<case>/{record.json,zh.html,en.html}
  local case_file="$1" name folder
  name="$(basename "$case_file" .json)"
  folder="$out/$name"
  mkdir -p "$folder"
  cli evaluate "$case_file" --out "$folder/record.json" >/dev/null
  cli explain "$folder/record.json" --format html --lang zh --out "$folder/zh.html" >/dev/null
  cli explain "$folder/record.json" --format html --lang en --out "$folder/en.html" >/dev/null
}

shopt -s nullglob
cases=(samples/cases/*.json)
[ ${#cases[@]} -gt 0 ] || { echo "no sample cases under samples/cases"; exit 1; }
echo "== [${SECONDS}s] Evaluating and explaining ${#cases[@]} sample cases (zh and en HTML)"
# Two at a time (the machine has two cores): most of each call is `dotnet run` reading the project, not the CLI's work.
pids=()
for case_file in "${cases[@]}"; do
  report_case "$case_file" > "$out/$(basename "$case_file" .json).log" 2>&1 &
  pids+=($!)
  if [ ${#pids[@]} -ge 2 ]; then wait "${pids[0]}" || { cat "$out"/*.log; echo "the CLI failed on a sample case"; exit 1; }; pids=("${pids[@]:1}"); fi
done
for pid in "${pids[@]}"; do wait "$pid" || { cat "$out"/*.log; echo "the CLI failed on a sample case"; exit 1; }; done
rm -f "$out"/*.log

echo "== [${SECONDS}s] Opening the reports in Chromium"
dotnet run --project .ci/BrowserReportCheck -c Release --no-build -- "$out"
