#!/usr/bin/env bash
# Refreshes src/Packages.Domain/Common/Iso4217/list-one.xml: ISO 4217 "List One" (current currencies and
# their minor units) as published by SIX, the ISO 4217 maintenance agency. The npm package currency-codes
# ships that file unchanged (iso-4217-list-one.xml); we take it from there because the npm registry is
# reachable where this project is built. Run it when ISO publishes an amendment, then run the tests.
set -euo pipefail
version="${1:-2.2.0}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "currency-codes@${version}" --silent >/dev/null && tar xzf "currency-codes-${version}.tgz")
target="$(dirname "$0")/../../src/Packages.Domain/Common/Iso4217/list-one.xml"
cp "$work/package/iso-4217-list-one.xml" "$target"
grep -o 'Pblshd="[^"]*"' "$target"
