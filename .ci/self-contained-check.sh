#!/usr/bin/env bash
# The tool as an auditor runs it without the .NET SDK: publish the command-line tool as one self-contained file for
# linux-x64 (README.md gives the same command for win-x64), then, from a folder outside the repository with a sample case
# copied into it, run evaluate -> replay -> explain, a tampered record, and a signed record replayed with --trust, with
# that file alone. Exits non-zero on any failure.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work="$(mktemp -d "${TMPDIR:-/tmp}/baotou-self-contained.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "self-contained check FAILED: $*" >&2; exit 1; }
started=$SECONDS

echo "== Publishing the self-contained linux-x64 executable"
dotnet publish "$repo/src/Baotou.Incentives.Cli/Baotou.Incentives.Cli.csproj" -c Release -r linux-x64 --self-contained \
  -p:PublishSingleFile=true -o "$work/publish" -nologo -v quiet >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; fail "dotnet publish"; }
tool="$work/publish/baotou-incentives"
[ -x "$tool" ] || fail "$tool was not written"
echo "   $(du -h "$tool" | cut -f1) $(basename "$tool"), published in $((SECONDS - started)) s"

echo "== Running it outside the repository, with no dotnet on the PATH"
audit="$work/audit"
mkdir -p "$audit"
cp "$repo/samples/cases/sample-university-transfer.json" "$audit/case.json"
cd "$audit"
run() { env -i HOME="$audit" PATH=/usr/bin:/bin LANG=C.UTF-8 "$tool" "$@"; }

# After a replay no trusted signature vouches for, replay says what it does not verify.
nv="not verified by replay: the case id, library version and rule-set fingerprint the record states (only a trusted signature vouches for them)"
run evaluate case.json --out record.json > evaluate.out || fail "evaluate exited $?"
grep -q '^wrote record.json: the decision record of case sample-university-transfer' evaluate.out || { cat evaluate.out; fail "evaluate did not say what it wrote"; }
[ "$(run replay record.json)" = "reproduced; unsigned"$'\n'"$nv" ] || fail "replay did not answer reproduced; unsigned"
run explain record.json --format html --lang zh --out report.html > /dev/null || fail "explain exited $?"
grep -q '<!DOCTYPE html>' report.html && grep -q '149-8-national-award-transfer/C-2024-0317' report.html \
  || fail "explain did not write the HTML report of the case"
run explain record.json --lang en | grep -q '149-8-national-award-transfer/C-2024-0317' || fail "explain --lang en did not write the report of the case"

# The tampered record must still be caught by the executable alone (exit 2).
sed 's/"minimumAmount": 1980000.00/"minimumAmount": 1990000.00/' record.json > tampered.json
set +e; run replay tampered.json > /dev/null; code=$?; set -e
[ "$code" -eq 2 ] || fail "replay of a tampered record exited $code, not 2"

# Signing and trusted replay use the platform's cryptography (OpenSSL on Linux), which the single file must find alone.
openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out key.pem
openssl req -new -x509 -key key.pem -subj "/CN=self-contained check" -days 1 -out cert.pem \
  -addext basicConstraints=critical,CA:FALSE -addext keyUsage=critical,digitalSignature -addext extendedKeyUsage=codeSigning 2>/dev/null
run evaluate case.json --sign key.pem --cert cert.pem --out signed.json > /dev/null || fail "evaluate --sign exited $?"
[ "$(run replay signed.json)" = "reproduced; signature valid, signer not verified (certificate claims CN=self-contained check)"$'\n'"$nv" ] \
  || fail "replay without --trust of a signed record named a signer as if verified"
[ "$(run replay signed.json --trust cert.pem)" = "reproduced; signed by CN=self-contained check (trusted; certificate validity dates not checked)" ] \
  || fail "replay --trust of a signed record did not answer reproduced, signed and trusted"
set +e; run replay record.json --trust cert.pem > /dev/null; code=$?; set -e
[ "$code" -eq 3 ] || fail "replay --trust of an unsigned record exited $code, not 3"

# A pack of one's own (the README's successor, 85% from 2025-07-01) as a file, and its record replayed from a folder that
# holds nothing but the record: the record carries the pack.
cp "$repo/samples/packs/baotou-2025-x.pack.json" "$repo/samples/successor/transfer-signed-2025-06-30.json" "$repo/samples/successor/transfer-signed-2025-07-01.json" "$audit/"
run evaluate transfer-signed-2025-06-30.json --pack baotou-2025-x.pack.json --out before.json > /dev/null || fail "evaluate --pack exited $?"
run evaluate transfer-signed-2025-07-01.json --pack baotou-2025-x.pack.json --out after.json > /dev/null || fail "evaluate --pack exited $?"
grep -q '"id": "149-8-transfer-licence-net-income/C1"' before.json && ! grep -q '"id": "149-8-transfer-licence-net-income@baotou-2025-x/C1"' before.json \
  || fail "a contract of 2025-06-30 did not keep 149号's 80%"
grep -q '"id": "149-8-transfer-licence-net-income@baotou-2025-x/C1"' after.json || fail "a contract of 2025-07-01 did not get the pack's 85%"
alone="$work/record-alone"
mkdir -p "$alone"
cp after.json "$alone/record.json"
answer="$(cd "$alone" && env -i HOME="$alone" PATH=/usr/bin:/bin LANG=C.UTF-8 "$tool" replay record.json)"
[ "$answer" = "reproduced; unsigned; made under packs not shipped with the library: baotou-2025-x (包府办发〔2025〕X号)"$'\n'"$nv" ] \
  || fail "the record of a pack of one's own, alone in a folder, did not replay as reproduced: $answer"
[ "$(ls "$alone")" = "record.json" ] || fail "the folder held more than the record"

echo "self-contained check passed: evaluate, replay, explain, a tampered record (exit 2), a signed record trusted and an unsigned one untrusted (exit 3), a pack file's record replayed alone in $((SECONDS - started)) s"
