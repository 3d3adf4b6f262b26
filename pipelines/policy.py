"""Redaction policies: YAML -> ``yaml.safe_load`` -> Pydantic schema -> ``Policy``.

A policy says, per category, what to do with a detection (action) and how sure a detector must be
(threshold). It also carries an allow-list (never redacted: employers that look like names, etc.)
and a deny-list (always redacted). Presets ship in the ``policies`` package; any other file can be
given by path. Every output records the policy's name, version and content hash, so an auditor can
tell exactly which rules produced a transcript. The hash covers the parsed content, not comments or
layout, so re-formatting a file does not change it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from policies import POLICY_DIR

from .categories import ACTIONS, SENSITIVE
from .errors import PolicyError

DEFAULT_POLICY = "default"

Action = Literal["redact", "remove", "neutralize", "keep"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CategoryRule(_Strict):
    action: Action = Field(description="What to do with a detection: " + ", ".join(ACTIONS))
    threshold: float = Field(0.5, ge=0.0, le=1.0, description="Minimum detector score to act on")
    rationale: str = Field("", description="Why this rule: the law or reason it follows")
    label: str | None = Field(
        None,
        pattern=r"^[A-Za-z]+$",
        description="Placeholder label instead of the category's own (categories sharing a "
        "label share one numbering): 'Redacted' hides even which kind of cue was said",
    )


class DenyEntry(_Strict):
    text: str = Field(min_length=1)
    category: str

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in SENSITIVE:
            raise ValueError(f"unknown category {value!r}; use one of {', '.join(SENSITIVE)}")
        return value


class RewriteOptions(_Strict):
    third_party_pronouns: bool = Field(
        True, description="Also neutralize he/she for other people (not only the candidate)"
    )
    language_skills: Literal["keep", "redact"] = Field(
        "keep", description="Languages offered as a skill ('I speak Spanish')"
    )
    kin_words: Literal["family", "redact"] = Field(
        "family",
        description=(
            "A family cue that is just a word for one's own relative ('my daughter's team', "
            "'my grandkids say', 'my nephew'): rewritten to 'family' ('my family's team'), or "
            "redacted"
        ),
    )
    attribute_sentences: Literal["remove", "redact"] = Field(
        "remove",
        description=(
            "A placeholder-label cue that is all its sentence says ('I spent six years in the "
            "Coast Guard before that.', 'I'm also a member of the American Legion.'): the "
            "sentence is removed, as if never said, or redacted"
        ),
    )
    attribute_modifiers: Literal["remove", "redact"] = Field(
        "remove",
        description=(
            "A placeholder-label cue that only qualifies the next noun ('a gay rugby club', "
            "'an Army medic', 'a 19-year-old student'): removed, so the sentence reads as if it "
            "was never said, or redacted like the category's other cues"
        ),
    )
    attribute_adjuncts: Literal["remove", "redact"] = Field(
        "remove",
        description=(
            "A placeholder-label cue that is the whole object of a phrase adding a circumstance "
            "to a verb ('driving trucks in the Marine Corps', 'I came here on a student visa'): "
            "the phrase is removed, or the cue redacted like the category's other cues"
        ),
    )


class Policy(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    version: str = Field(pattern=r"^\d+\.\d+\.\d+$")
    description: str = ""
    follows: str = Field("", description="The law or list of protected characteristics followed")
    placeholder: str = Field("[{label}{n}]", description="Template for redact placeholders")
    categories: dict[str, CategoryRule]
    allow_list: tuple[str, ...] = ()
    deny_list: tuple[DenyEntry, ...] = ()
    rewrite: RewriteOptions = RewriteOptions()

    @field_validator("placeholder")
    @classmethod
    def _placeholder_fields(cls, value: str) -> str:
        try:
            value.format(category="PERSON", label="Person", n=1)
        except (KeyError, IndexError, ValueError) as e:
            raise ValueError(
                "may use only {category}, {label} and {n}, e.g. '[{label}{n}]' or '[{category}_{n}]'"
            ) from e
        if "{category}" not in value and "{label}" not in value:
            raise ValueError("must contain {category} or {label}, e.g. '[{label}{n}]'")
        return value

    def placeholder_group(self, category: str) -> str:
        """Categories with the same group share one numbering and one placeholder label."""
        return self.categories[category].label or placeholder_label(category)

    def render_placeholder(self, category: str, n: int) -> str:
        return self.placeholder.format(category=category, label=self.placeholder_group(category), n=n)

    @model_validator(mode="after")
    def _all_categories(self) -> "Policy":
        unknown = sorted(set(self.categories) - set(SENSITIVE))
        if unknown:
            raise ValueError(
                f"categories: unknown {', '.join(unknown)}; known: {', '.join(SENSITIVE)}"
            )
        missing = [c for c in SENSITIVE if c not in self.categories]
        if missing:
            raise ValueError(
                f"categories: {', '.join(missing)} missing; every category must be listed "
                "(use '{action: keep}' to keep one)"
            )
        return self

    @property
    def content_hash(self) -> str:
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()

    def rule(self, category: str) -> CategoryRule:
        return self.categories[category]

    def identity(self) -> dict:
        """What every output records about the policy that produced it."""
        return {"name": self.name, "version": self.version, "hash": self.content_hash}


def placeholder_label(category: str) -> str:
    """FAMILY_STATUS -> FamilyStatus: one token that is no English word, so a placeholder can
    never be mistaken for a word of the transcript ("Army veteran" -> "[Veteran1]", not a
    "veteran" left in place)."""
    return "".join(part.capitalize() for part in category.split("_"))


def list_presets() -> list[str]:
    return sorted(p.stem for p in POLICY_DIR.glob("*.yaml"))


def resolve_policy_path(name_or_path: str | Path) -> Path:
    """A preset name (``strict``) or a path to a YAML file."""
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        if not candidate.is_file():
            raise PolicyError(f"{candidate}: no such policy file")
        return candidate
    preset = POLICY_DIR / f"{name_or_path}.yaml"
    if not preset.is_file():
        raise PolicyError(
            f"unknown policy {name_or_path!r}: give a path to a YAML file or one of the presets "
            f"{', '.join(list_presets())}"
        )
    return preset


def load_policy(name_or_path: str | Path = DEFAULT_POLICY) -> Policy:
    path = resolve_policy_path(name_or_path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise PolicyError(f"{path}: not valid YAML: {e}") from e
    except (OSError, UnicodeDecodeError) as e:
        raise PolicyError(f"{path}: cannot read: {e}") from e
    if not isinstance(raw, dict):
        raise PolicyError(f"{path}: a policy is a YAML mapping with name, version and categories")
    try:
        return Policy.model_validate(raw)
    except ValidationError as e:
        raise PolicyError(_explain(path, e)) from e


_FIELD_HINTS = {
    "version": 'write a quoted semantic version, e.g. version: "1.0.0"',
    "name": "use lower-case letters, digits and - _ . only, e.g. name: my-policy",
    "placeholder": 'e.g. placeholder: "[{label}{n}]"',
}


def _explain(path: Path, error: ValidationError) -> str:
    lines = [f"{path}: invalid policy"]
    for item in error.errors():
        field = ".".join(str(p) for p in item["loc"]) or "(top level)"
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "unknown key; remove it or check its spelling"
        elif item["type"] == "literal_error":
            message = f"{message} (got {item.get('input')!r})"
        elif item["type"] == "missing":
            message = "required field missing; add it"
        if field in _FIELD_HINTS:
            message = f"{message} ({_FIELD_HINTS[field]})"
        lines.append(f"  {field}: {message}")
    return "\n".join(lines)
