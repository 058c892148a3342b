#!/usr/bin/env bash
# Byte-identical check of `fs-ctec compute --json` (traces included) between this tree and an
# earlier commit: the example in its 3 deduction modes with and without pooling, 3 other years,
# 4 synthetic scenarios of 300 structures and the 2022–2026 projection (14 outputs).
#   bash scripts/same-results.sh [REF]      (REF defaults to HEAD: the tree against its last commit)
# For a refactor over several commits, give the commit before it. Results changed on purpose with
# issue 12 (the payment cycle, corrected parameters): compare with a commit from 1f7e7a8 on.
# Prints "same: …" or the differing outputs; exit 1 when any differs. Builds both libraries with tsup.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ref=${1:-HEAD}
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
cases=$work/cases
mkdir -p "$cases"
ex=$root/examples/vosges-2022.json
for mode in forfait etat forfait_et_ressources; do
  for pool in false true; do
    node -e "const s=require('$ex');s.rules.deduction='$mode';s.rules.pooling=$pool;process.stdout.write(JSON.stringify(s,null,2))" >"$cases/ex-$mode-pool$pool.json"
  done
done
for y in 2021 2023 2025; do node -e "const s=require('$ex');s.year=$y;process.stdout.write(JSON.stringify(s,null,2))" >"$cases/ex-year$y.json"; done
(cd "$root" && npx tsup >/dev/null)
for seed in 1 2 3 4; do node "$root/bin/fs-ctec.cjs" example --structures 300 --graine $seed >"$cases/synth-$seed.json"; done
git -C "$root" worktree add -q --detach "$work/base" "$ref"
ln -s "$root/node_modules" "$work/base/node_modules"
(cd "$work/base" && npx tsup >/dev/null 2>&1)
run() { # $1 = tree with dist/lib/cli.js, $2 = output folder
  mkdir -p "$2"
  local cli=(node -e "require(process.argv[1]).main(process.argv.slice(2))" "$1/dist/lib/cli.js")
  for f in "$cases"/*.json; do "${cli[@]}" compute "$f" --json >"$2/$(basename "$f")" 2>&1 || true; done
  "${cli[@]}" compute "$ex" --projection 2022-2026 --json >"$2/projection.json" 2>&1 || true
}
run "$work/base" "$work/before"
run "$root" "$work/after"
bad=0
for f in "$work"/before/*.json; do
  n=$(basename "$f")
  if ! cmp -s "$f" "$work/after/$n"; then echo "DIFFERENT: $n"; bad=1; fi
done
[ $bad = 0 ] && echo "same: $(ls "$work"/before/*.json | wc -l) outputs byte-identical to $ref"
exit $bad
