"""`import ascapi` loads nothing generated; touching `client.apps` loads only what it needs."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = r'''
import json, sys
def generated():
    return sorted(m for m in sys.modules
                  if m.startswith(("ascapi.models", "ascapi.resources")) or m == "ascapi._registry")
import ascapi
after_import = generated()
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
key = ec.generate_private_key(ec.SECP256R1()).private_bytes(
    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
client = ascapi.Client(ascapi.Credentials("ABC123DEFG", "69a6de70-0000-4000-8000-000000000000", key))
after_client = generated()
client.apps
after_apps = generated()
client.apps.builds
after_builds = generated()
from ascapi.models import AppsResponse
after_model = generated()
print(json.dumps([after_import, after_client, after_apps, after_builds, after_model]))
'''


def test_import_and_first_touch_load_only_what_they_need() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    after_import, after_client, after_apps, after_builds, after_model = json.loads(out.stdout)
    assert after_import == [] and after_client == []
    # the apps resource module, nothing from models/ and no other resource module
    assert after_apps == ["ascapi.resources", "ascapi.resources._support", "ascapi.resources.apps"]
    assert after_builds == after_apps
    models = [m for m in after_model if m.startswith("ascapi.models.")]
    # the document, its data item and links/meta, not the 24 types it may include
    assert "ascapi.models.apps_response" in models and "ascapi.models.app" in models
    assert "ascapi.models.build" not in models
    assert len(models) < 12, models
