"""Request and response bodies of the API (they make the OpenAPI schema, with examples).

Blind views (for reviewers and, before reveal, managers) are separate models that simply have no
identity fields, so an identity cannot leak through a forgotten ``exclude``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

EXAMPLE_APP = "6f1c3f0e-8a43-4a51-9d59-0b1f3c6f9a10"


class Model(BaseModel):
    """Responses ignore extra keys (rows carry more columns); request bodies forbid them."""

    model_config = ConfigDict(extra="ignore")


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- errors --------------------------------------------------------------------------------------
class ErrorDetail(Model):
    code: str = Field(examples=["not_found"])
    message: str = Field(examples=["no application 6f1c3f0e-8a43-4a51-9d59-0b1f3c6f9a10"])
    details: Any = None


class ErrorBody(Model):
    error: ErrorDetail


ERRORS = {
    status: {"model": ErrorBody, "description": description}
    for status, description in {
        401: "No or unknown API token",
        403: "The caller's role may not do this",
        404: "No such resource, or not visible to the caller",
        409: "The resource is in the wrong state for this",
        422: "The request body or parameters are invalid",
    }.items()
}


# --- users and tokens ----------------------------------------------------------------------------
class UserOut(Model):
    id: int = Field(examples=[7])
    role: Literal["candidate", "reviewer", "manager", "auditor"] = Field(examples=["reviewer"])
    name: str = Field(examples=["Sam Reviewer"])


class UserCreate(Model):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"role": "reviewer", "name": "Sam Reviewer"}]}
    )
    role: Literal["candidate", "reviewer", "auditor"] = Field(
        description="Managers are created with `blindscreen users create --role manager`"
    )
    name: str = Field(min_length=1, max_length=200)


class TokenCreate(Model):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"label": "laptop"}]})
    label: str = Field("", max_length=100, description="A note to tell your tokens apart")


class TokenOut(Model):
    id: int = Field(examples=[3])
    prefix: str = Field(examples=["bst_Xk3f9Q"], description="The token's first characters")
    label: str = Field(examples=["laptop"])
    created_at: datetime
    last_used_at: datetime | None = None


class NewTokenOut(Model):
    id: int = Field(examples=[3])
    token: str = Field(
        examples=["bst_Xk3f9QhT2a..."], description="Shown once: store it now, it cannot be read later"
    )
    prefix: str = Field(examples=["bst_Xk3f9Q"])


class UserWithToken(Model):
    user: UserOut
    token: NewTokenOut


# --- consent -------------------------------------------------------------------------------------
class ConsentOut(Model):
    version: str = Field(examples=["2025-01"])
    text: str


# --- policies ------------------------------------------------------------------------------------
class PolicyRef(Model):
    name: str = Field(examples=["strict"])
    version: str = Field(examples=["1.0.0"])
    hash: str = Field(examples=["sha256:4f2a..."])


class PinnedPolicy(PolicyRef):
    pinned_at: datetime
    jobs: int = Field(description="Jobs that use this version", examples=[2])


class PolicySummary(PolicyRef):
    description: str = ""
    follows: str = Field("", description="The law or list of protected characteristics followed")


class PolicyDetail(PolicySummary):
    content: str = Field(description="The preset's YAML source")
    categories: dict[str, dict[str, Any]] = Field(description="Action and threshold per category")
    pinned: list[PinnedPolicy] = Field(description="Versions of this policy pinned by jobs")


# --- jobs ----------------------------------------------------------------------------------------
class Criterion(Body):
    key: str = Field(pattern=r"^[a-z][a-z0-9_]{0,39}$", examples=["communication"])
    label: str = Field(min_length=1, max_length=100, examples=["Communication"])
    description: str = Field("", max_length=1000, examples=["Explains ideas clearly"])


class JobCreate(Model):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "title": "Backend engineer",
                    "rubric": [
                        {"key": "communication", "label": "Communication"},
                        {"key": "experience", "label": "Relevant experience"},
                    ],
                    "policy": "default",
                    "reviews_required": 2,
                    "retention_days": 90,
                }
            ]
        },
    )
    title: str = Field(min_length=1, max_length=200)
    rubric: list[Criterion] = Field(min_length=1, max_length=20)
    policy: str | None = Field(
        None, pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$",
        description="Name of a policy preset (GET /policies); default: the `default` preset",
    )
    policy_version: str | None = Field(None, description="Refuse unless the preset has this version")
    policy_hash: str | None = Field(None, description="Refuse unless the preset has this hash")
    reviews_required: int = Field(2, ge=1, le=20, description="Independent reviews per application")
    retention_days: int | None = Field(
        None, ge=1, le=3650, description="Days raw media and transcripts are kept; default from settings"
    )

    @field_validator("rubric")
    @classmethod
    def _unique_keys(cls, rubric: list[Criterion]) -> list[Criterion]:
        keys = [c.key for c in rubric]
        if len(set(keys)) != len(keys):
            raise ValueError("criterion keys must be unique")
        return rubric


class JobOut(Model):
    id: int = Field(examples=[1])
    title: str = Field(examples=["Backend engineer"])
    rubric: list[Criterion]
    policy: PolicyRef
    reviews_required: int = Field(examples=[2])
    retention_days: int = Field(examples=[90])
    created_at: datetime


class ReviewerAssign(Model):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"reviewer_id": 7}]})
    reviewer_id: int = Field(ge=1, le=2**63 - 1)


class ReviewerOut(Model):
    id: int = Field(examples=[7])
    name: str = Field(examples=["Sam Reviewer"])
    assigned_at: datetime


# --- applications --------------------------------------------------------------------------------
class Identity(Body):
    """What the candidate declares about themselves: redacted wherever it is heard, and shown to
    the manager only at reveal."""

    name: str = Field(min_length=1, max_length=200, examples=["Jordan Rivera"])
    email: str | None = Field(None, max_length=320, examples=["jordan@example.com"])
    handle: str | None = Field(None, max_length=200, examples=["@jrivera"])
    school: str | None = Field(None, max_length=200, examples=["Lakeside College"])
    other: list[str] = Field(
        default_factory=list, max_length=20, description="Other words that identify you",
        examples=[["Rivera Consulting"]],
    )

    @field_validator("other")
    @classmethod
    def _short_items(cls, other: list[str]) -> list[str]:
        if any(not 1 <= len(item) <= 200 for item in other):
            raise ValueError("each item must have 1 to 200 characters")
        return other

    def known(self) -> list[str]:
        values = [self.name, self.email, self.handle, self.school, *self.other]
        return [v for v in values if v]


class ApplicationCreate(Model):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "job_id": 1,
                    "consent": True,
                    "consent_version": "2025-01",
                    "identity": {"name": "Jordan Rivera", "email": "jordan@example.com"},
                }
            ]
        },
    )
    job_id: int = Field(ge=1, le=2**63 - 1)
    consent: bool = Field(description="Must be true: you agree to the consent text (GET /consent)")
    consent_version: str = Field(max_length=50, description="The version of the text you agreed to")
    identity: Identity

    @model_validator(mode="after")
    def _consented(self) -> "ApplicationCreate":
        if self.consent is not True:
            raise ValueError("consent must be true: read GET /api/v1/consent and agree to it")
        return self


class ApplicationOut(Model):
    """The candidate's own view of an application."""

    id: UUID = Field(examples=[EXAMPLE_APP])
    job_id: int = Field(examples=[1])
    status: Literal["awaiting_upload", "uploaded", "processing", "processed", "failed"] = Field(
        examples=["processed"]
    )
    stage: Literal["screening", "advanced", "rejected"] = Field(examples=["screening"])
    error: str | None = Field(None, description="Why processing failed", examples=[None])
    consent_version: str | None = Field(None, examples=["2025-01"])
    consented_at: datetime | None = None
    created_at: datetime
    uploaded_at: datetime | None = None
    processed_at: datetime | None = None
    upload_url: str = Field(examples=[f"/api/v1/applications/{EXAMPLE_APP}/video"])
    status_url: str = Field(examples=[f"/api/v1/applications/{EXAMPLE_APP}"])


class BlindApplicationOut(Model):
    """What the employer side sees of an application: no candidate, identity or media."""

    id: UUID = Field(examples=[EXAMPLE_APP])
    job_id: int = Field(examples=[1])
    status: str = Field(examples=["processed"])
    stage: str = Field(examples=["screening"])
    open_flags: int = Field(examples=[0])
    submitted_reviews: int = Field(examples=[2])
    processed_at: datetime | None = None


class UploadOut(Model):
    application_id: UUID = Field(examples=[EXAMPLE_APP])
    status: str = Field(examples=["uploaded"])
    status_url: str = Field(examples=[f"/api/v1/applications/{EXAMPLE_APP}"])
    size: int = Field(examples=[10485760])
    sha256: str = Field(examples=["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"])


# --- transcripts ---------------------------------------------------------------------------------
class TranscriptSegment(BaseModel):
    start: float = Field(examples=[0.0])
    end: float = Field(examples=[4.2])
    text: str = Field(examples=["Hi, I'm [Person1] and I studied at [School1]."])


class TranscriptText(BaseModel):
    text: str = Field(examples=["Hi, I'm [Person1] and I studied at [School1]."])
    segments: list[TranscriptSegment]


class RedactionOut(BaseModel):
    category: str = Field(examples=["PERSON"])
    action: str = Field(examples=["redact"])
    start: int
    end: int
    out_start: int
    out_end: int
    replacement: str = Field(examples=["[Person1]"])
    audio_start: float | None = None
    audio_end: float | None = None


class PreviewOut(Model):
    """For the candidate: exactly what employers will see, beside what was heard."""

    application_id: UUID
    policy: PolicyRef
    redacted: TranscriptText = Field(description="Exactly what reviewers will read")
    original: TranscriptText | None = Field(
        description="What was heard; null once deleted after the retention period"
    )
    redactions: list[RedactionOut]
    held_back: bool = Field(description="True while a flag you raised is open")


class BlindTranscriptOut(Model):
    application_id: UUID
    redacted: TranscriptText


# --- reviews -------------------------------------------------------------------------------------
class QueueTranscript(BaseModel):
    text: str = Field(examples=["Hi, I'm [Person1] and I studied at [School1]."])
    segments: list[TranscriptSegment] | None = Field(
        default=None, description="Timed segments; only with include_segments=true")


class QueueItem(Model):
    application_id: UUID = Field(examples=[EXAMPLE_APP])
    transcript: QueueTranscript
    draft: bool = Field(description="You have saved scores but not submitted them")
    submitted: bool = Field(description="You have submitted your review")


class QueueOut(Model):
    job_id: int
    rubric: list[Criterion]
    items: list[QueueItem] = Field(description="In an order random to you, stable between calls")
    next_after: UUID | None = Field(
        description="Pass as `after` for the next page; null when this page is the last")


class ReviewDraft(Model):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"scores": {"communication": 4, "experience": 3}, "comment": "Clear."}]
        },
    )
    scores: dict[str, int] = Field(description="Rubric criterion key -> score from 1 to 5")
    comment: str = Field("", max_length=5000)

    @field_validator("scores")
    @classmethod
    def _one_to_five(cls, scores: dict[str, int]) -> dict[str, int]:
        bad = sorted(k for k, v in scores.items() if not 1 <= v <= 5)
        if bad:
            raise ValueError(f"scores must be 1 to 5 (check {', '.join(bad)})")
        return scores


class ReviewOut(Model):
    application_id: UUID
    scores: dict[str, int]
    comment: str
    submitted_at: datetime | None = None
    locked: bool = Field(description="Submitted reviews can no longer change")


class SubmittedReview(Model):
    reviewer_id: int
    reviewer_name: str
    scores: dict[str, int]
    comment: str
    submitted_at: datetime


class ReviewsOut(Model):
    application_id: UUID
    reviews_required: int
    reviews: list[SubmittedReview]


# --- decisions and reveals -----------------------------------------------------------------------
class DecisionCreate(Model):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"outcome": "advance"}]})
    outcome: Literal["advance", "reject"]


class DecisionOut(Model):
    application_id: UUID
    outcome: Literal["advanced", "rejected"]
    decided_by: int
    decided_at: datetime


class RevealCreate(Model):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"reason": "Advanced to interview; need contact details"}]},
    )
    reason: str = Field(min_length=3, max_length=2000, description="Why you need the identity")


class IdentityOut(Model):
    application_id: UUID
    identity: Identity
    video_url: str | None = Field(description="Original video; null once deleted after retention")
    original: TranscriptText | None = Field(description="What was heard; null once deleted")


class RevealOut(IdentityOut):
    reveal_id: int
    reason: str
    revealed_at: datetime


# --- flags ---------------------------------------------------------------------------------------
class FlagCreate(Model):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"phrase": "Lakeside", "note": "my university"}]},
    )
    phrase: str = Field(min_length=1, max_length=500, description="Words in the redacted text that identify you")
    note: str = Field("", max_length=1000)


class FlagOut(Model):
    id: int
    application_id: UUID
    phrase: str
    note: str
    status: Literal["open", "redacted", "dismissed"]
    created_at: datetime
    resolved_at: datetime | None = None


class FlagResolve(Model):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"action": "redact"}]})
    action: Literal["redact", "dismiss"] = Field(
        description="redact: replace the phrase everywhere in the redacted text; dismiss: keep it"
    )


# --- audit ---------------------------------------------------------------------------------------
class AuditEntry(Model):
    id: int
    at: datetime
    actor_id: int | None
    actor_role: str | None
    action: str = Field(examples=["identity.revealed"])
    job_id: int | None
    application_id: UUID | None
    details: dict[str, Any]


class AuditPage(Model):
    entries: list[AuditEntry]
    next_after_id: int | None = Field(description="Pass as after_id for the next page; null at the end")


class CategoryCount(Model):
    count: int = Field(examples=[12])
    applications: int = Field(examples=[5], description="Applications with at least one")


class JobReport(Model):
    job_id: int
    title: str
    policy: PolicyRef
    applications: int
    redactions: dict[str, CategoryCount] = Field(description="Redactions by category")
    stages: dict[str, int] = Field(examples=[{"screening": 10, "advanced": 2, "rejected": 3}])
    statuses: dict[str, int] = Field(examples=[{"processed": 14, "failed": 1}])
