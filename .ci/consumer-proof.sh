#!/usr/bin/env bash
# Proof from the consumer's side: pack the packages into a local folder feed and inspect them (each with its own README),
# install and run the tool, then build brand-new projects OUTSIDE the repository that reference the packages by version
# (not by project): the C# examples of README.md and of the package READMEs, extracted from those files themselves
# (.ci/readme_examples.py), are built and run, and what they print is compared with the output the READMEs show; their
# test classes and two tests of our own run in a test project. Exits non-zero on any failure.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work="$(mktemp -d "${TMPDIR:-/tmp}/baotou-consumer.XXXXXX")"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
# A version no earlier run used, so the consumer can only restore what was packed just now (never a stale cache entry).
suffix="ci.$(date -u +%Y%m%d%H%M%S).$$"
prefix="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$repo/Directory.Build.props")"
version="$prefix-$suffix"

fail() { echo "consumer proof FAILED: $*" >&2; exit 1; }

echo "== Packing $version into $feed"
for project in Baotou.Incentives Baotou.Incentives.DependencyInjection Baotou.Incentives.Testing; do
  dotnet pack "$repo/src/$project/$project.csproj" -c Release -o "$feed" -p:VersionSuffix="$suffix" -v quiet -nologo \
    || fail "dotnet pack $project"
done

echo "== Inspecting the packages"
for project in Baotou.Incentives Baotou.Incentives.DependencyInjection Baotou.Incentives.Testing; do
  nupkg="$feed/$project.$version.nupkg"
  [ -f "$nupkg" ] || fail "$nupkg missing"
  [ -f "$feed/$project.$version.snupkg" ] || fail "$project.$version.snupkg (symbols) missing"
  listing="$(unzip -l "$nupkg")"
  [ "$(unzip -p "$nupkg" README.md)" = "$(cat "$repo/src/$project/README.md")" ] \
    || fail "$project: the package's README.md is not src/$project/README.md"
  for entry in README.md "lib/net8.0/$project.dll" "lib/net8.0/$project.xml" "lib/net10.0/$project.dll" "lib/net10.0/$project.xml"; do
    grep -q " $entry\$" <<<"$listing" || fail "$project: $entry not in the package"
  done
  nuspec="$(unzip -p "$nupkg" "$project.nuspec")"
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "$project: MIT licence expression not in nuspec"
  grep -q '<readme>README.md</readme>' <<<"$nuspec" || fail "$project: readme not declared in nuspec"
  grep -q '<repository type="git" url="https://github.com/baotou-incentives/baotou-incentives"' <<<"$nuspec" \
    || fail "$project: repository metadata not in nuspec"
  grep -q '<tags>.*rules-engine' <<<"$nuspec" || fail "$project: tags not in nuspec"
  symbols="$(unzip -l "$feed/$project.$version.snupkg")"
  for pdb in "lib/net8.0/$project.pdb" "lib/net10.0/$project.pdb"; do
    grep -q " $pdb\$" <<<"$symbols" || fail "$project: $pdb not in the symbol package"
  done
  echo "   $project.$version: its own README, MIT, repository, tags, XML docs + dll for net8.0 and net10.0, symbols ok"
done

echo "== Installing the command-line tool from the feed with dotnet tool install, and running it"
dotnet pack "$repo/src/Baotou.Incentives.Cli/Baotou.Incentives.Cli.csproj" -c Release -o "$feed" -p:VersionSuffix="$suffix" -v quiet -nologo \
  || fail "dotnet pack Baotou.Incentives.Cli"
[ "$(unzip -p "$feed/Baotou.Incentives.Cli.$version.nupkg" README.md)" = "$(cat "$repo/src/Baotou.Incentives.Cli/README.md")" ] \
  || fail "Baotou.Incentives.Cli: the package's README.md is not src/Baotou.Incentives.Cli/README.md"
dotnet tool install Baotou.Incentives.Cli --version "$version" --tool-path "$work/tools" --add-source "$feed" >/dev/null \
  || fail "dotnet tool install Baotou.Incentives.Cli"
[ "$("$work/tools/baotou-incentives" --version)" = "$version" ] || fail "the installed tool's --version is not $version"
"$work/tools/baotou-incentives" verify "$repo/tests/policy-cases" | tail -n 1 || fail "the installed tool's verify"
"$work/tools/baotou-incentives" evaluate "$repo/samples/cases/sample-institute-equity.json" --out "$work/record.json" \
  && "$work/tools/baotou-incentives" replay "$work/record.json" || fail "the installed tool's evaluate and replay"

echo "== Building a new consumer project outside the repository"
consumer="$work/consumer"
mkdir -p "$consumer"
cat > "$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
</configuration>
XML
# Stop MSBuild from picking up anything of the repository or of directories above the temp folder.
echo '<Project />' > "$consumer/Directory.Build.props"
echo '<Project />' > "$consumer/Directory.Build.targets"
echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' \
  > "$consumer/Directory.Packages.props"
echo "== Extracting the READMEs' C# examples"
examples="$work/examples"
readmes=("$repo/README.md" "$repo"/src/*/README.md)
mapfile -t programs < <(python3 "$repo/.ci/readme_examples.py" "$examples" "${readmes[@]}") || fail "extracting the README examples"
[ "${#programs[@]}" -gt 0 ] || fail "no example found in the READMEs"
printf '   %s\n' "${programs[@]}"

echo "== Building the README programs against the packages"
mkdir -p "$examples/programs"
cp "$consumer/nuget.config" "$consumer/Directory.Build.props" "$consumer/Directory.Build.targets" "$consumer/Directory.Packages.props" "$examples/programs/"
cat > "$examples/programs/ReadmeExamples.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Baotou.Incentives" Version="$version" />
    <PackageReference Include="Baotou.Incentives.DependencyInjection" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="8.0.1" />
  </ItemGroup>
</Project>
XML
(cd "$examples/programs" && dotnet build -c Release -nologo -v quiet >"$work/examples-build.log" 2>&1) \
  || { cat "$work/examples-build.log" >&2; fail "the README programs do not build against the packages"; }
grep -q "\"Baotou.Incentives/$version\"" "$examples/programs/obj/project.assets.json" || fail "the README programs did not restore $version"

echo "== Running each README program and comparing what it prints with the README (in two cultures)"
for entry in "${programs[@]}"; do
  name="${entry%% *}"
  for culture in C.UTF-8 de_DE.UTF-8; do
    actual="$(cd "$examples/programs" && LANG="$culture" LC_ALL="$culture" dotnet "bin/Release/net10.0/ReadmeExamples.dll" "$name")" \
      || fail "README example $name exits non-zero under LANG=$culture"
    if [ "$entry" != "$name" ]; then
      if ! diff -u "$examples/expected/$name.txt" <(printf '%s\n' "$actual") >"$work/diff.txt"; then
        cat "$work/diff.txt" >&2
        fail "README example $name (LANG=$culture) does not print what its README shows (- shown, + printed)"
      fi
    fi
  done
  echo "   $name: $( [ "$entry" != "$name" ] && echo "prints what its README shows" || echo "runs" ), under C.UTF-8 and de_DE.UTF-8"
done

cp "$examples"/tests/*.cs "$consumer/" 2>/dev/null || true
readme_tests=$(cat "$examples"/tests/*.cs 2>/dev/null | grep -c '\[Fact\]' || true)

cat > "$consumer/Consumer.Tests.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <IsTestProject>true</IsTestProject>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Baotou.Incentives" Version="$version" />
    <PackageReference Include="Baotou.Incentives.DependencyInjection" Version="$version" />
    <PackageReference Include="Baotou.Incentives.Testing" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="8.0.1" />
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
    <PackageReference Include="xunit" Version="2.9.3" />
    <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
  </ItemGroup>
</Project>
XML
cat > "$consumer/ConsumerTests.cs" <<'CS'
using Baotou.Incentives.DependencyInjection;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;

public sealed class ConsumerTests
{
    private static readonly LocalDate Signed = new(2024, 3, 1);

    [Fact]
    public void A_case_is_decided_through_dependency_injection()
    {
        using var provider = new ServiceCollection().AddBaotouIncentives().BuildServiceProvider();
        var engine = provider.GetRequiredService<IncentiveEngine>();
        var incentiveCase = new IncentiveCaseBuilder("consumer")
            .Unit("U1", "包头某大学", UnitKind.University)
            .Achievement("A1", "U1", "稀土永磁材料", "张团队")
            .Contract("C1", "A1", TransformationMode.Transfer, Signed, 1_000_000m)
            .Payment("P1", "C1", Signed.PlusDays(10), 1_000_000m)
            .Build();

        var decision = engine.Evaluate(incentiveCase, new LocalDate(2025, 6, 30));

        // 149号·（八）: 1,000,000.00 net income × 80% = 800,000.00 to the completing team.
        var reward = decision.FindEntitlement("149-8-transfer-licence-net-income", "C1");
        Assert.NotNull(reward);
        Assert.Equal(Beneficiary.CompletingTeam, reward.Beneficiary);
        Assert.Equal(800_000m, reward.MinimumAmount);
    }

    [Fact]
    public void The_policy_is_verified_with_the_Testing_package()
    {
        var decision = new IncentiveEngine().Evaluate(
            PolicyCase.University(hasNationalScienceAward: true).SoldFor(TransformationMode.Transfer, 1_000_000m, Signed).Build(),
            new LocalDate(2025, 6, 30));

        // A national-award transfer: the team may enjoy (可享有) 90% = 900,000.00 and is still owed at least 80% = 800,000.00; a
        // permission never sets an owed floor aside. The law's owed 50% is set aside: both are floors.
        decision.Should().AllowAtLeast(Beneficiary.CompletingTeam, 900_000m, "149号·（八）")
            .And.GrantAtLeast(Beneficiary.CompletingTeam, 800_000m, "149号·（八）")
            .And.HaveSuperseded("law2015-45-1-net-income", "C1");
    }
}
CS

echo "== Testing the consumer: our two tests and the READMEs' $readme_tests (restores Baotou.Incentives* $version from the local feed)"
if ! (cd "$consumer" && dotnet test --logger "console;verbosity=normal" >"$work/consumer.log" 2>&1); then
  cat "$work/consumer.log" >&2
  fail "consumer tests"
fi
grep -E '^\s+Passed ' "$work/consumer.log" | sort -u
expected_tests=$((2 + readme_tests))
grep -Eq "^\s+Passed: $expected_tests\$" "$work/consumer.log" || { cat "$work/consumer.log" >&2; fail "expected $expected_tests consumer tests to pass"; }
grep -q "\"Baotou.Incentives/$version\"" "$consumer/obj/project.assets.json" \
  || fail "consumer did not restore version $version"
echo "consumer proof passed: ${#programs[@]} README programs and $expected_tests consumer tests green against packages $version"
