#!/usr/bin/env bash
# The whole test suite: clean notebooks, library in sync with them, notebook tests, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
export MPLBACKEND=Agg
echo "== notebooks are clean (nbdev-clean leaves no diff; papermill tags kept)"
nbdev-clean
git diff --exit-code --stat -- nbs || { echo "run nbdev-clean and commit the notebooks"; exit 1; }
python - <<'PY'
import nbformat, pathlib, sys
for nb in pathlib.Path("nbs/experiments").glob("run_*.ipynb"):
    if not any("parameters" in c.metadata.get("tags", []) for c in nbformat.read(nb, 4).cells):
        sys.exit(f"{nb}: the papermill 'parameters' tag is missing")
print("parameters tags present")
PY
echo "== pixl_repro/ is exactly what the notebooks export"
python tools/check_sync.py
echo "== notebook tests (nbdev-test)"
# two notebooks at a time, one thread each: oversubscribed OpenMP threads slow CPU runs 5-8x
OMP_NUM_THREADS=1 nbdev-test --n-workers 2 --timing
echo "== pytest"
python -m pytest -q tests
