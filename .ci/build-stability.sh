#!/usr/bin/env bash
# Same source, same decision, same bytes, on every build: the library is built as Debug and Release for net8.0 and net10.0
# (through the small program in .ci/build-stability/), each of the four builds, on its own framework's runtime, records every sample case, and every record
# (so every rule-set fingerprint and digest) must be byte for byte the same; then each build replays the records another
# made and must say "reproduced; unsigned" and nothing else (no "the rule set changed" warning). Cost on the 2-core CI machine: four
# publishes of the library and the program, about two minutes, plus two runs of the program per build (one records every
# sample, one replays every record of another build), so start-up is paid 8 times rather than once per file.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
here="$repo/.ci/build-stability"
work="$(mktemp -d "${TMPDIR:-/tmp}/baotou-stability.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "build stability FAILED: $*" >&2; exit 1; }

# The machine has the .NET 10 runtime only, so the net8.0 builds are published self-contained with .NET 8's runtime pack
# (restored from NuGet like any package): each build then runs on its own framework's runtime.
case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
builds=()
for configuration in Debug Release; do
  for framework in net8.0 net10.0; do
    build="$configuration/$framework"
    if [ "$framework" = net8.0 ]; then contained=(-r "$rid" --self-contained); else contained=(); fi
    dotnet publish "$here/BuildStability.csproj" -c "$configuration" -f "$framework" "${contained[@]}" -v quiet -nologo -o "$work/bin/$build" \
      || fail "dotnet publish -c $configuration -f $framework"
    builds+=("$build")
  done
done

samples=("$repo"/samples/cases/*.json)
for build in "${builds[@]}"; do
  mkdir -p "$work/$build"
  "$work/bin/$build/BuildStability" record "$work/$build" "${samples[@]}" >"$work/$build/fingerprints.txt" \
    || fail "$build: record the samples"
done

first="${builds[0]}"
echo "== rule-set fingerprint and digests of $first:"
sed -n '1p' "$work/$first/fingerprints.txt"
for build in "${builds[@]:1}"; do
  cmp -s "$work/$first/fingerprints.txt" "$work/$build/fingerprints.txt" \
    || { diff "$work/$first/fingerprints.txt" "$work/$build/fingerprints.txt" >&2 || true; fail "$build gives other fingerprints or digests than $first"; }
  for record in "$work/$first"/*.json; do
    cmp -s "$record" "$work/$build/$(basename "$record")" || fail "$build writes $(basename "$record") with other bytes than $first"
  done
done

# Each build replays the records of the build furthest from it (Release net8.0 replays Debug net10.0's, and so on).
for pair in "Release/net8.0 Debug/net10.0" "Debug/net10.0 Release/net8.0" "Release/net10.0 Debug/net8.0" "Debug/net8.0 Release/net10.0"; do
  read -r replaying made <<<"$pair"
  summaries="$("$work/bin/$replaying/BuildStability" replay "$work/$made"/*.json)" || fail "$replaying: replay $made's records"
  [ "$(grep -c ': reproduced; unsigned$' <<<"$summaries")" -eq "${#samples[@]}" ] \
    || fail "$replaying replaying $made's records says: $(grep -v ': reproduced; unsigned$' <<<"$summaries")"
done
echo "build stability: 4 builds, the same fingerprints and bytes, and each replays another's records as reproduced"
