"""A cheap context enhancer: context words near a match raise its score a little.

Presidio's default enhancer walks the spaCy tokens around every result, which cost more than all
our recognizers together on a 200-word transcript. This one searches a character window around
each result with one precompiled regular expression per recognizer, and adds a fixed boost, so a
context word can tip a borderline match over the policy threshold without ever outranking the
keep lists.
"""

from __future__ import annotations

import regex
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

BOOST = 0.1
WINDOW = 60  # characters on each side


class WindowContextEnhancer(ContextAwareEnhancer):
    def __init__(self):
        super().__init__(context_similarity_factor=BOOST, min_score_with_context_similarity=0.0,
                         context_prefix_count=0, context_suffix_count=0)
        self._patterns: dict[str, regex.Pattern | None] = {}

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        by_id = {r.id: r for r in recognizers}
        lowered = text.lower()
        for result in raw_results:
            meta = result.recognition_metadata or {}
            recognizer = by_id.get(meta.get(result.RECOGNIZER_IDENTIFIER_KEY))
            pattern = self._pattern(recognizer)
            if pattern is None:
                continue
            window = lowered[max(0, result.start - WINDOW) : result.end + WINDOW]
            if pattern.search(window):
                result.score = min(1.0, result.score + BOOST)
        return raw_results

    def _pattern(self, recognizer):
        if recognizer is None or not getattr(recognizer, "context", None):
            return None
        if recognizer.id not in self._patterns:
            words = "|".join(regex.escape(w.lower()) for w in recognizer.context)
            self._patterns[recognizer.id] = regex.compile(rf"\b(?:{words})\b")
        return self._patterns[recognizer.id]
