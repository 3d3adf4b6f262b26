"""One exception root for blindscreen.

Library errors (ffprobe/ffmpeg, model loading, YAML, psycopg) are translated into these where they
enter the project, so callers catch ``BlindscreenError`` and show ``str(error)`` to a person. Every
message says what went wrong and, where possible, how to fix it. HTTP status codes are chosen only
in ``service/``.
"""


class BlindscreenError(Exception):
    """Root of every error blindscreen raises on purpose."""


# --- media ---------------------------------------------------------------------------------------
class MediaError(BlindscreenError):
    """The uploaded file cannot be used as a video resume."""


class EmptyFileError(MediaError):
    """The file has no bytes."""


class NotMediaError(MediaError):
    """ffprobe does not recognise the file as audio or video."""


class NoAudioStreamError(MediaError):
    """The file has no audio stream, so there is nothing to transcribe."""


class TruncatedMediaError(MediaError):
    """The file ends before its streams do (an interrupted upload or copy)."""


class DurationLimitError(MediaError):
    """The media is longer (or claims to be longer) than the configured limit."""


class FileSizeLimitError(MediaError):
    """The file is larger than the configured limit."""


class AudioDecodeError(MediaError):
    """ffmpeg could not decode the audio stream."""


class ToolMissingError(BlindscreenError):
    """A required system tool (ffmpeg, ffprobe) is not installed."""


# --- models --------------------------------------------------------------------------------------
class ModelError(BlindscreenError):
    """A speech or language model could not be found or loaded."""


class LanguageError(BlindscreenError):
    """The speech is in a language the selected model cannot transcribe."""


# --- policies ------------------------------------------------------------------------------------
class PolicyError(BlindscreenError):
    """A redaction policy is missing or invalid."""


# --- input ---------------------------------------------------------------------------------------
class InputError(BlindscreenError):
    """Input given on the command line or stdin is malformed."""
