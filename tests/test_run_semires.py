"SemiRES end to end: run_semires.ipynb through papermill, the sweep and its summary, parameter checks."
import json, os, subprocess
from dataclasses import asdict
import papermill as pm
import pytest
from pixl_repro.semires.experiment import SemiRESParams
from conftest import ROOT

NB = ROOT / "nbs" / "experiments" / "run_semires.ipynb"
TINY = dict(label_ratio=0.125, burn_in_steps=3, steps=3, img_size=64, batch_labelled=2, batch_unlabelled=2,
            eval_interval=3, checkpoint_interval=3, threads=1, progress=False)


@pytest.fixture(scope="module")
def tiny_synthref(tmp_path_factory):
    from pixl_repro.semires.data import generate_synthref, SynthRefConfig
    return generate_synthref(tmp_path_factory.mktemp("data"), SynthRefConfig(n_train=16, n_val=3, n_testA=2, n_testB=2),
                             progress=False)


def test_parameters_cell_matches_dataclass():
    declared = pm.inspect_notebook(str(NB))
    defaults = asdict(SemiRESParams())
    assert set(declared) == set(defaults)
    for k, v in defaults.items(): assert eval(declared[k]["default"]) == v, k


def test_sweep_runs_resume_and_summary(tiny_synthref, tmp_path):
    env = dict(os.environ, PIXL_REPRO_REPORTS=str(tmp_path / "reports"), PIXL_REPRO_DATA=str(tmp_path / "cache"))
    args = ["pixl-repro", "sweep", "semires", "--seeds", "0", "--variant", "teacher_student=False",
            "--variant", "refine=cpi", "-p", "data_root", str(tiny_synthref)]
    for k, v in TINY.items(): args += ["-p", k, str(v)]
    r = subprocess.run(args, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-3000:]
    runs = sorted((tmp_path / "reports" / "semires").glob("*/metrics.json"))
    assert [p.parent.name.split("_")[2] for p in runs] == ["burn-in", "ts-cpi-pwa"]
    m = json.loads(runs[1].read_text())
    assert m["params"]["refine"] == "cpi" and m["history"]["train"][-1]["step"] == 6
    assert 0 <= m["results"]["testB"]["original"]["oIoU"] <= 100
    summary = (tmp_path / "reports" / "summary" / "semires.md").read_text()
    assert "burn-in" in summary and "ts-cpi-pwa" in summary and "testA oIoU" in summary
    r2 = subprocess.run(args, capture_output=True, text=True, env=env, cwd=tmp_path)  # a second sitting skips both
    assert r2.returncode == 0 and r2.stdout.count("finished already") == 2


def test_bad_parameters_fail_before_work(tmp_path):
    r = subprocess.run(["pixl-repro", "run", "semires", "-p", "refien", "cpi"], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode != 0 and "did you mean 'refine'" in r.stderr
    with pytest.raises(Exception, match="refine must be none, iom or cpi"):
        pm.execute_notebook(str(NB), str(tmp_path / "out.ipynb"), parameters=dict(refine="best", out_dir=str(tmp_path / "o")),
                            kernel_name="python3", progress_bar=False)
