"Generated label map -> file on disk -> loader -> trainIds equals the original, for all three layouts."
import numpy as np
import pytest
from pixl_repro.data.datasets import load_dataset
from pixl_repro.data.labels import CITYSCAPES_TO_TRAIN, IGNORE_INDEX, NUM_CLASSES
from pixl_repro.data.synthetic import make_sample, DOMAINS, cityscapes_name


def _index(domain, img_path):
    if domain == "gta5": return int(img_path.stem) - 1
    if domain == "synthia": return int(img_path.stem)
    city, seq = img_path.name.split("_")[:2]
    for i in range(1000):
        if cityscapes_name("val", i)[1].startswith(f"{city}_{seq}"): return i


@pytest.mark.parametrize("domain", ["gta5", "synthia", "cityscapes"])
def test_roundtrip(tiny_synthcity, domain):
    root, cfg = tiny_synthcity
    split = "val" if domain == "cityscapes" else "train"
    ds = load_dataset(domain, root / domain, split, image_scale=0.25)
    assert len(ds) == (cfg.n_val if domain == "cityscapes" else getattr(cfg, f"n_{domain}"))
    seen = set()
    for k, (img_path, _) in enumerate(ds.pairs):
        i = _index(domain, img_path)
        img, ids = make_sample(DOMAINS[domain], cfg.seed + (split == "val") * 7919, i)
        _, _, full = ds.load(k)
        np.testing.assert_array_equal(full, CITYSCAPES_TO_TRAIN[ids])
        seen |= set(np.unique(full).tolist())
    assert len(seen - {IGNORE_INDEX}) >= 12, "many classes crossed the file format"
    if domain == "synthia": assert not seen & {9, 14, 16}


def test_resized_labels_keep_ids(tiny_synthcity):
    root, _ = tiny_synthcity
    ds = load_dataset("gta5", root / "gta5")
    img, lab, full = ds.load(0)
    assert img.shape[:2] == lab.shape and set(np.unique(lab)) <= set(np.unique(full))
    assert lab.max() < NUM_CLASSES or lab.max() == IGNORE_INDEX
