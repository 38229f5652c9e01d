#!/usr/bin/env bash
# Runs Mamori's whole test suite: installs what the tests need (or prints the command),
# starts a throwaway PostgreSQL cluster unless MAMORI_TEST_POSTGRES is already set, runs every
# test project, and ends with `tests: N passed, M failed[, K skipped]` counted from the TRX files.
# Extra arguments go to `dotnet test` (e.g. a test filter).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

"$root/scripts/install-deps.sh" --tests || exit 1

if [ -z "${MAMORI_TEST_POSTGRES:-}" ]; then
  pg_env=$("$root/scripts/pg.sh" start) || { echo "test.sh: could not start PostgreSQL (see above)" >&2; exit 1; }
  eval "$pg_env"
  trap '"$root/scripts/pg.sh" stop' EXIT
fi

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

dotnet test --solution "$root/Mamori.slnx" --results-directory "$results" "$@"
rc=$?

summary=$("$root/scripts/test-summary.sh" "$results")
summary_rc=$?
if [ "$rc" -ne 0 ] && [ "$summary_rc" -eq 0 ]; then
  echo "test.sh: dotnet test exited with $rc although no test failed (build error or crashed test host, see above)" >&2
  summary_rc=1
fi
echo "$summary"
exit $(( rc != 0 || summary_rc != 0 ))
