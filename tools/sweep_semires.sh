#!/usr/bin/env bash
# The SemiRES grid behind reports/summary/semires.md: burn-in only, plain teacher-student, IOM and CPI with PWA,
# IOM without PWA; 1 % labels over three seeds (seed by seed), then 5 % with one seed. Finished runs are skipped.
# Extra arguments go to every sweep, e.g. `-p threads 1` to run two sweeps side by side on two cores.
set -euo pipefail
rows=(--variant teacher_student=False --variant refine=none,pwa=False --variant '' --variant refine=cpi --variant pwa=False)
for seed in 0 1 2; do pixl-repro sweep semires --seeds $seed -p label_ratio 0.01 "${rows[@]}" "$@"; done
pixl-repro sweep semires --seeds 0 -p label_ratio 0.05 "${rows[@]}" "$@"
