#!/usr/bin/env bash
# make dist: the release artefacts, unsigned, from an already built binary (never rebuilds it).
# Usage: tools/dist.sh <binary> <version> <rid> <out dir>
#   Terraform (hashicorp/terraform internal/getproviders/filesystem_search.go, and the Registry's release layout
#   in hashicorp/terraform-provider-scaffolding-framework .goreleaser.yml):
#     terraform-provider-awsidentity_<v>_<os>_<arch>.zip holding terraform-provider-awsidentity_v<v> (mode 0755)
#     terraform-provider-awsidentity_<v>_manifest.json   {"version":1,"metadata":{"protocol_versions":["6.0"]}}
#     terraform-provider-awsidentity_<v>_SHA256SUMS      sha256sum lines for the zip and the manifest
#   Pulumi (pulumi/pulumi pkg/workspace/plugins.go: the tarball is unpacked into the plugin directory as is, and the
#   executable is pulumi-resource-<name> at its root; a binary plugin needs no PulumiPlugin.yaml):
#     pulumi-resource-awsidentity-v<v>-<os>-<arch>.tar.gz holding pulumi-resource-awsidentity (mode 0755)
# <os>/<arch> are Go's names (linux, darwin; amd64, arm64), which both ecosystems use, from the .NET RID.
set -euo pipefail
bin="$1" version="$2" rid="$3"
out="$(mkdir -p "$4" && cd "$4" && pwd)"
[[ -x "$bin" ]] || { echo "dist: no executable $bin: run make build first" >&2; exit 1; }
os="${rid%%-*}" arch="${rid#*-}"
os="${os/osx/darwin}" arch="${arch/x64/amd64}"
tf="terraform-provider-awsidentity_${version}"
stage="$(mktemp -d)"; trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/tf" "$stage/pulumi"
install -m 0755 "$bin" "$stage/tf/terraform-provider-awsidentity_v${version}"
install -m 0755 "$bin" "$stage/pulumi/pulumi-resource-awsidentity"
rm -f "$out/${tf}_${os}_${arch}.zip"
(cd "$stage/tf" && zip -q -X "$out/${tf}_${os}_${arch}.zip" "terraform-provider-awsidentity_v${version}")
printf '{"version":1,"metadata":{"protocol_versions":["6.0"]}}\n' > "$out/${tf}_manifest.json"
(cd "$out" && sha256sum "${tf}_${os}_${arch}.zip" "${tf}_manifest.json" > "${tf}_SHA256SUMS")
tar -C "$stage/pulumi" --owner=0 --group=0 --numeric-owner -czf "$out/pulumi-resource-awsidentity-v${version}-${os}-${arch}.tar.gz" \
  pulumi-resource-awsidentity
ls -1 "$out"
