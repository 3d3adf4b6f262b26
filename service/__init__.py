"""blindscreen service: FastAPI on PostgreSQL, job queue, auth, web pages."""
