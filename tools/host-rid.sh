#!/usr/bin/env bash
# Prints the .NET runtime identifier NativeAOT publishes for: the host's, since NativeAOT cannot cross-compile to
# another OS and an x64 binary does not run on an arm64 Linux host. Arguments (for tests): `uname -s` `uname -m`;
# without them, this host's. RID=<rid> in the environment overrides (e.g. osx-x64 on Apple silicon under Rosetta).
# Supported: the four platforms README "Platforms" lists; anything else exits 1 with a message saying so.
set -euo pipefail
if [[ -n "${RID:-}" ]]; then echo "$RID"; exit 0; fi
os="${1:-$(uname -s)}"
arch="${2:-$(uname -m)}"
case "$os" in
  Linux) os=linux ;;
  Darwin) os=osx ;;
  *) echo "host-rid: unsupported OS '$os' (uname -s): awsidentity builds for Linux and macOS (Darwin) only; set RID=<rid> to force one" >&2; exit 1 ;;
esac
case "$arch" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "host-rid: unsupported CPU '$arch' (uname -m): awsidentity builds for x86_64 and arm64/aarch64 only; set RID=<rid> to force one" >&2; exit 1 ;;
esac
echo "$os-$arch"
