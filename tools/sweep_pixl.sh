#!/usr/bin/env bash
# The PiXL paradigm grid behind reports/summary/{uda,semi,full}.md, most important rows first.
# Finished runs are skipped, so the grid can be completed over several sittings.
# Extra arguments go to every sweep, e.g. `-p threads 1` to run two sweeps side by side on two cores.
set -euo pipefail
pixl-repro sweep uda --seeds 0,1,2 --variant self_training=False --variant '' --variant pixl=True "$@"
pixl-repro sweep full --seeds 0,1,2 --variant '' --variant pixl=True "$@"
pixl-repro sweep semi --seeds 0,1,2 -p ratio 1/30 --variant '' --variant pixl=True "$@"
pixl-repro sweep uda --seeds 0 -p source synthia --variant self_training=False --variant '' --variant pixl=True "$@"
pixl-repro sweep semi --seeds 0 -p ratio 1/8 --variant '' --variant pixl=True "$@"
pixl-repro sweep semi --seeds 0 -p ratio 1/4 --variant '' --variant pixl=True "$@"
# Ablation: PiXL's loss weight λ_DPA at 0.1 (and 0.3, fully supervised) instead of the reconstructed default 1.0 (pixl.md §6 A11).
pixl-repro sweep full --seeds 0 --variant pixl=True,pixl_weight=0.1 --variant pixl=True,pixl_weight=0.3 "$@"
pixl-repro sweep uda --seeds 0 --variant pixl=True,pixl_weight=0.1 "$@"
pixl-repro sweep semi --seeds 0 -p ratio 1/30 --variant pixl=True,pixl_weight=0.1 "$@"
