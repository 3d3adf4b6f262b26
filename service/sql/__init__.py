"""SQL of the service: ``queries.sql`` (named blocks) and ``migrations/`` (applied in order)."""
