"""blindscreen's processing stages: probe -> audio -> asr -> detect -> decide -> apply."""

__version__ = "0.1.0"
