"""The main job (examples/release_workflow.py) against the emulator, checked through the API."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

import ascapi

pytest.importorskip("rich")
emulator = pytest.importorskip("ascapi.emulator")

EXAMPLE = Path(__file__).parents[2] / "examples" / "release_workflow.py"


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("release_workflow", EXAMPLE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("release_workflow", module)
    spec.loader.exec_module(module)
    return module


def test_workflow_does_what_it_says(tmp_path: Path) -> None:
    wf = load_example()
    emu = emulator.Emulator(seed=0)
    shot = tmp_path / "home-screen.png"
    shot.write_bytes(wf.screenshot_png())
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        done = wf.release(client, shot)
        app = client.apps.get(done["app"]).data
        assert app.attributes.bundle_id == wf.BUNDLE_ID
        version = client.app_store_versions.get(done["version"]).data
        assert version.attributes.version_string == "1.2.0"  # seed has 1.0.0 and 1.1.0
        assert version.attributes.app_store_state == "PREPARE_FOR_SUBMISSION"
        locs = client.app_store_versions.app_store_version_localizations.list(version.id).data
        assert [(loc.id, loc.attributes.locale) for loc in locs] == [
            (done["localization"], "en-US")
        ]
        testers = client.beta_groups.beta_testers.list(done["group"]).data
        assert done["tester"] in {t.id for t in testers}
        shot_doc = client.app_screenshots.get(done["screenshot"]).data
        assert shot_doc.attributes.asset_delivery_state.state == "COMPLETE"
        assert (
            shot_doc.attributes.source_file_checksum == hashlib.md5(shot.read_bytes()).hexdigest()
        )
        assert shot_doc.attributes.file_size == shot.stat().st_size
        assert done["report_rows"] > 0 and done["units"] > 0
        assert 0 < done["rate_limit_remaining"] < 3600
        # Run again on the same state: the version in progress and the tester are reused.
        again = wf.release(client, shot)
        assert again["version"] == done["version"]
        assert again["localization"] == done["localization"]
        assert again["tester"] == done["tester"]
        # ... and so is the screenshot set, the earlier screenshot of the same name replaced
        assert again["screenshot_set"] == done["screenshot_set"]
        shots = client.app_screenshot_sets.app_screenshots.list(again["screenshot_set"]).data
        assert [s.id for s in shots] == [again["screenshot"]]
        # Once that version is on sale, the next run starts the next one.
        emu.store.get("appStoreVersions", done["version"])["attributes"].update(
            appStoreState="READY_FOR_SALE", appVersionState="READY_FOR_DISTRIBUTION"
        )
        third = wf.release(client, shot)
        assert client.app_store_versions.get(third["version"]).data.attributes.version_string == (
            "1.3.0"
        )


def test_png_is_the_size_apple_wants() -> None:
    png = load_example().screenshot_png()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (1290, 2796)
    assert 64 * 1024 < len(png) < 2 * 1024 * 1024


def test_next_version() -> None:
    wf = load_example()
    assert wf.next_version(["1.0.0", "1.10.2", "1.9"]) == "1.11.0"
    assert wf.next_version([]) == "1.1.0"


def test_demo_over_http(capsys: pytest.CaptureFixture[str]) -> None:
    """What `make demo` runs: real HTTP on 127.0.0.1, uploads on a second port."""
    assert load_example().main(["--emulator"]) == 0
    out = capsys.readouterr().out
    assert "emulator listening on http://127.0.0.1:" in out
    for text in (
        "Example Notes",
        "version 1.2.0",
        "added to beta group",
        "COMPLETE",
        "Sales on",
        "rate limit:",
    ):
        assert text in out


def test_demo_runs_again_on_its_state_file(tmp_path: Path) -> None:
    """`--state`: a second run continues from the first (same version, same screenshot set)."""
    state = tmp_path / "demo.json"
    wf = load_example()
    assert wf.main(["--emulator", "--state", str(state)]) == 0
    assert wf.main(["--emulator", "--state", str(state)]) == 0
    seeded = len(emulator.Emulator(seed=0).store.all("appScreenshotSets"))
    resumed = emulator.Emulator(seed=0, state_file=state)
    assert len(resumed.store.all("appScreenshotSets")) == seeded + 1  # one set made, then reused
    assert len(resumed.store.all("appScreenshots")) == 1  # the second upload replaced the first
