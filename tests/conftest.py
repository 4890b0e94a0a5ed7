import os
from pathlib import Path
import pytest

os.environ.setdefault("MPLBACKEND", "Agg")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def tiny_synthcity(tmp_path_factory):
    "A small SynthCity (all three domains) shared by the tests."
    from pixl_repro.data.synthetic import generate_synthcity, SynthCityConfig
    cfg = SynthCityConfig(n_gta5=6, n_synthia=6, n_train=8, n_val=4, seed=11)
    return generate_synthcity(tmp_path_factory.mktemp("data") / "synthcity", cfg, workers=2, progress=False), cfg
