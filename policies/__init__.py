"""The redaction policies shipped with blindscreen (YAML files beside this module)."""

from pathlib import Path

POLICY_DIR = Path(__file__).resolve().parent
