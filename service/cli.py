"""The service's commands for the ``blindscreen`` CLI: ``serve``, ``worker`` and ``migrate``.

``pipelines/cli.py`` owns the parser and calls ``add_commands(subparsers)``. Each command's
``func(args)`` returns an exit code; errors meant for a person are ``BlindscreenError``s. Heavy
modules (FastAPI, procrastinate, psycopg) are imported inside the commands, so ``blindscreen
--help`` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import threading


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``serve``, ``worker`` and ``migrate`` to the ``blindscreen`` parser."""
    serve = subparsers.add_parser(
        "serve",
        help="run the HTTP API (with --with-worker, also the job workers)",
        description="Run the HTTP API. Without DATABASE_URL it starts an embedded PostgreSQL under"
        " BLINDSCREEN_DATA_DIR and brings its schema up to date.",
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    serve.add_argument(
        "--with-worker", action="store_true", help="also run job workers on this machine"
    )
    serve.add_argument(
        "--workers", type=_positive, default=None, metavar="N",
        help="worker processes to run alongside (implies --with-worker; default"
        " BLINDSCREEN_WORKER_CONCURRENCY, 1)",
    )
    serve.add_argument(
        "--api-processes", type=_positive, default=1, metavar="N",
        help="API server processes sharing the port (default 1; one per core on a busy server)",
    )
    serve.set_defaults(func=serve_command)

    worker = subparsers.add_parser(
        "worker",
        help="run job worker processes (on any number of machines)",
        description="Process uploaded applications. Run it on as many machines as you like, all"
        " with the same DATABASE_URL. Ctrl-C (or SIGTERM) finishes running jobs and exits; a second"
        " one exits at once and the interrupted jobs are retried.",
    )
    worker.add_argument(
        "-n", "--workers", "--processes", dest="workers", type=_positive, default=None, metavar="N",
        help="worker processes to run (default BLINDSCREEN_WORKER_CONCURRENCY, 1)",
    )
    worker.add_argument(
        "--concurrency", type=_positive, default=1, metavar="C",
        help="jobs each process runs at once (default 1; jobs are CPU-bound, prefer processes)",
    )
    worker.set_defaults(func=worker_command)

    migrate = subparsers.add_parser(
        "migrate",
        help="bring the database schema (tables and job queue) up to date",
        description="Apply the database migrations and create the job queue's tables if missing."
        " Safe to run repeatedly and from several machines at once.",
    )
    migrate.set_defaults(func=migrate_command)

    users = subparsers.add_parser("users", help="manage user accounts (the first manager, staff)")
    users_sub = users.add_subparsers(metavar="ACTION")
    create = users_sub.add_parser(
        "create",
        help="create a user and print their first API token (shown once)",
        description="Create a user with a role and print a personal API token. Only the token's"
        " hash is stored: keep the printed token, it cannot be shown again.",
    )
    create.add_argument("--role", required=True, choices=("candidate", "reviewer", "manager", "auditor"))
    create.add_argument("--name", required=True, help="display name")
    create.add_argument("--json", action="store_true", help="print {id, role, name, token}")
    create.set_defaults(func=users_create_command)
    users.set_defaults(func=lambda args, parser=users: (parser.print_help(), 2)[1])


def users_create_command(args: argparse.Namespace) -> int:
    import json

    from pipelines.errors import InputError
    from service.admin import create_user
    from service.config import get_settings
    from service.embedded_pg import resolve_database_url

    if not args.name.strip():
        raise InputError("--name must not be empty")
    url = resolve_database_url(get_settings())
    user = create_user(url, args.role, args.name.strip())
    if args.json:
        print(json.dumps({"id": str(user.id), "role": user.role, "name": user.name, "token": user.token}))
    else:
        print(f"created {user.role} {user.name!r} ({user.id})")
        print(f"API token (shown once, keep it): {user.token}")
    return 0


def migrate_command(args: argparse.Namespace) -> int:
    from service.config import get_settings
    from service.embedded_pg import resolve_database_url

    settings = get_settings()
    _configure_logging(settings.log_level)
    applied = migrate_database(resolve_database_url(settings))
    if applied:
        print(f"applied {len(applied)} migration(s): {', '.join(applied)}")
    else:
        print("schema is up to date")
    return 0


def migrate_database(database_url: str) -> list[str]:
    """The project's migrations, then the job queue's tables; the names of migrations applied."""
    from service.db import migrate
    from service.queue import apply_schema_if_missing

    return migrate(database_url, extra=[apply_schema_if_missing])


def worker_command(args: argparse.Namespace) -> int:
    from service.config import get_settings
    from service.embedded_pg import resolve_database_url
    from service.worker import WorkerOptions, run_workers

    settings = get_settings()
    _configure_logging(settings.log_level)
    url = resolve_database_url(settings)
    options = WorkerOptions.from_settings(settings, url, concurrency=args.concurrency)
    return run_workers(options, args.workers or settings.worker_concurrency)


def serve_command(args: argparse.Namespace) -> int:
    import uvicorn

    from service.app import create_app
    from service.config import get_settings
    from service.embedded_pg import resolve_database_url
    from service.worker import WorkerOptions, WorkerPool, check_database

    settings = get_settings()
    _configure_logging(settings.log_level)
    url = resolve_database_url(settings)
    if settings.database_url is None:
        migrate_database(url)  # a fresh machine needs no separate `blindscreen migrate`
    app = create_app(settings, database_url=url)

    pool = None
    watching = threading.Event()
    if args.with_worker or args.workers:
        check_database(url)
        options = WorkerOptions.from_settings(settings, url)
        pool = WorkerPool(options, args.workers or settings.worker_concurrency)
        pool.start()
        threading.Thread(
            target=pool.watch, args=(watching,), name="worker-pool", daemon=True
        ).start()
    try:
        if args.api_processes > 1:
            # Each process builds its own app from the environment: hand it the resolved database.
            os.environ["DATABASE_URL"] = url
            uvicorn.run("service.app:create_app", factory=True, workers=args.api_processes,
                        host=args.host, port=args.port, log_level=settings.log_level.lower())
        else:
            uvicorn.run(app, host=args.host, port=args.port,
                        log_level=settings.log_level.lower())
    finally:
        watching.set()
        if pool is not None:
            _stop_pool(pool)
    return 0


def _stop_pool(pool) -> None:
    """Let workers finish their jobs; a second Ctrl-C (or SIGTERM) makes them exit at once."""
    logging.getLogger("blindscreen.cli").info(
        "stopping workers: waiting for running jobs (Ctrl-C to stop at once)"
    )
    hurry = lambda signum, frame: pool.signal_all(signal.SIGTERM)  # noqa: E731
    previous = {s: signal.signal(s, hurry) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        pool.stop()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _configure_logging(level: str) -> None:
    from service.worker import setup_logging

    setup_logging(level)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value
