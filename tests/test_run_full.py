"End to end: the experiment notebook through papermill and the CLI, from another working directory."
import json, os, subprocess, sys
import nbformat
import papermill as pm
import pytest
from dataclasses import asdict
from pixl_repro.experiment import FullParams, UDAParams, SemiParams
from conftest import ROOT

NB = ROOT / "nbs" / "experiments" / "run_full.ipynb"
TINY = dict(steps=12, crop_size=64, warmup_iters=2, eval_interval=6, checkpoint_interval=6, embed_per_class=8,
            embed_images=2, progress=False)


@pytest.mark.parametrize("name,cls", [("full", FullParams), ("uda", UDAParams), ("semi", SemiParams)])
def test_parameters_cell_matches_dataclass(name, cls):
    declared = pm.inspect_notebook(str(ROOT / "nbs" / "experiments" / f"run_{name}.ipynb"))
    defaults = asdict(cls())
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


@pytest.mark.parametrize("name,extra", [("uda", dict(pixl=True, rcs_min_pixels=300)), ("semi", dict(ratio="1/4", pixl=True))])
def test_self_training_notebooks(tiny_synthcity, tmp_path, name, extra):
    root, _ = tiny_synthcity
    out = tmp_path / "report"
    pm.execute_notebook(str(ROOT / "nbs" / "experiments" / f"run_{name}.ipynb"), str(tmp_path / "o.ipynb"), cwd=str(tmp_path),
                        kernel_name="python3", progress_bar=False,
                        parameters=dict(TINY, data_root=str(root), out_dir=str(out), **extra))
    m = json.loads((out / "metrics.json").read_text())
    last = m["history"]["train"][-1]
    assert {"src_ce", "mix_ce", "pixl", "diag/pl_quality", "diag/eta"} <= set(last)
    assert m["method"] == "st-pixl"
    if name == "uda":  # FD is on by default in UDA, and must say why it is off without pretrained weights
        assert any("feature distance is off" in n for n in m["notes"])
    if name == "semi":
        assert len((out / "split" / "labeled.txt").read_text().splitlines()) == 2  # ceil(8 / 4)


def test_sweep_and_summary(tiny_synthcity, tmp_path):
    root, _ = tiny_synthcity
    env = dict(os.environ, PIXL_REPRO_REPORTS=str(tmp_path / "reports"))
    args = ["pixl-repro", "sweep", "full", "--seeds", "0", "--variant", "", "--variant", "pixl=True", "-p", "data_root", str(root)]
    for k, v in TINY.items(): args += ["-p", k, str(v)]
    r = subprocess.run(args, capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr[-2000:]
    assert len(list((tmp_path / "reports" / "full").glob("*/metrics.json"))) == 2
    summary = (tmp_path / "reports" / "summary" / "full.md").read_text()
    assert "full: sup " in summary and "full: sup-pixl " in summary
    assert list((tmp_path / "reports" / "summary").glob("*baseline-vs-pixl*_tsne.png"))
    r2 = subprocess.run(args, capture_output=True, text=True, env=env)   # a second sitting finds both finished
    assert r2.returncode == 0 and r2.stdout.count("finished already") == 2
