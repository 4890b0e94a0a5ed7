"End to end: the experiment notebook through papermill and the CLI, from another working directory."
import json, os, subprocess, sys
import nbformat
import papermill as pm
import pytest
from dataclasses import asdict
from pixl_repro.experiment import FullParams
from conftest import ROOT

NB = ROOT / "nbs" / "experiments" / "run_full.ipynb"
TINY = dict(steps=12, crop_size=64, warmup_iters=2, eval_interval=6, checkpoint_interval=6, embed_per_class=8,
            embed_images=2, progress=False)


def test_parameters_cell_matches_dataclass():
    declared = pm.inspect_notebook(str(NB))
    defaults = asdict(FullParams())
    assert set(declared) == set(defaults)
    for k, v in defaults.items():
        assert eval(declared[k]["default"]) == v, k


def test_run_full_papermill(tiny_synthcity, tmp_path):
    root, _ = tiny_synthcity
    out = tmp_path / "report"
    cwd = tmp_path / "elsewhere"; cwd.mkdir()
    pm.execute_notebook(str(NB), str(tmp_path / "run_full.ipynb"), cwd=str(cwd), kernel_name="python3",
                        progress_bar=False, parameters=dict(TINY, data_root=str(root), out_dir=str(out)))
    m = json.loads((out / "metrics.json").read_text())
    assert m["params"]["steps"] == 12 and m["seed"] == 0
    assert 0 <= m["results"]["mIoU19"] <= 100 and len(m["results"]["iou"]) == 19
    assert m["history"]["val"][-1]["step"] == 12 and len(m["history"]["val"]) == 2
    assert -1 <= m["embedding"]["silhouette_features"] <= 1
    for f in ("training_curve.png", "predictions.png", "tsne.png", "umap.png", "checkpoint.pt"):
        assert (out / f).stat().st_size > 0, f
    assert m["environment"]["torch"].startswith("2.14")


def test_misspelt_parameter_is_an_error(tmp_path):
    with pytest.raises(pm.PapermillExecutionError, match="did you mean 'steps'"):
        pm.execute_notebook(str(NB), str(tmp_path / "o.ipynb"), kernel_name="python3", progress_bar=False,
                            parameters=dict(stpes=5, out_dir=str(tmp_path / "r")))
    assert not (tmp_path / "r" / "metrics.json").exists()


def test_cli_run_rejects_unknown_parameter_before_starting(tmp_path):
    r = subprocess.run(["pixl-repro", "run", "full", "-p", "stpes", "5", "--out", str(tmp_path / "r")],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode != 0 and "did you mean 'steps'" in r.stderr
    assert not (tmp_path / "r").exists()


def test_cli_synth(tmp_path):
    r = subprocess.run(["pixl-repro", "synth", "--root", str(tmp_path / "sc"), "--n-gta5", "1", "--n-synthia", "1",
                        "--n-train", "1", "--n-val", "1", "--workers", "1"], capture_output=True, text=True, check=True)
    assert "8 PNG files" in r.stdout
    assert (tmp_path / "sc" / "cityscapes" / "gtFine" / "val" / "frankfurt").is_dir()
