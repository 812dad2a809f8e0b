"""python -m simulator: serve the store and the console, and run the integration job."""

import argparse
import logging
import os

from . import create_app, seeding


def demo_logins() -> list[tuple[str, str, str]]:
    """(system, email, who) for every seeded login, as the README lists them."""
    from fixtures import build_seed

    from .domain.personas import CONSOLE_PERSONAS, STORE_PERSONAS

    seed = build_seed()
    sites = seed.rows("store_sites")
    logins = []
    for row in seed.rows("store_users"):
        company = next(
            (c for c in seed.rows("store_companies") if c["id"] == row["company_id"]), None
        )
        who = STORE_PERSONAS[row["persona"]]
        if company:
            fms = sorted(
                {
                    "FMS" if s["is_fms"] else "non-FMS"
                    for s in sites
                    if s["company_id"] == company["id"]
                }
            )
            traits = [
                "Terms (pays by PO)" if company["has_terms"] else "card or PayPal",
                "UPS account on file" if company["ups_account"] else "no UPS account",
                " + ".join(fms) + " sites",
            ]
            who = f"{who} at {company['name']}: {', '.join(traits)}"
        else:
            assigned = [
                c["name"]
                for a in seed.rows("store_rep_assignments")
                if a["user_id"] == row["id"]
                for c in seed.rows("store_companies")
                if c["id"] == a["company_id"]
            ]
            who = f"{who}, assigned to {'; '.join(assigned)}"
        logins.append(("store", row["email"], who))
    logins += [
        ("console", row["email"], CONSOLE_PERSONAS[row["persona"]]) for row in seed.rows("sf_users")
    ]
    return logins


def print_banner(app, host: str, port: int, sync_interval: float) -> None:
    from fixtures import DEMO_PASSWORD

    base = f"http://{host}:{port}"
    print(f"Store:   {base}/store/")
    print(f"Console: {base}/console/")
    if app.config["TESTING_API"]:
        print(f"Control: {base}/_sim/  (test-control API)")
    print(f"Integration: every {sync_interval:g} s" if sync_interval else "Integration: on demand")
    print(f"\nDemo logins (password for all: {DEMO_PASSWORD})")
    for system, email, who in demo_logins():
        print(f"  {system:<8} {email:<28} {who}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m simulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("SIM_PORT", 5000)))
    parser.add_argument(
        "--testing",
        action="store_true",
        default=os.environ.get("SIM_TESTING") == "1",
        help="mount the test-control API at /_sim (also SIM_TESTING=1)",
    )
    parser.add_argument("--database-url", help="SQLAlchemy URL (default: SQLite in ./instance)")
    parser.add_argument("--instance-path", help="folder for the database and secret key")
    parser.add_argument("--reset", action="store_true", help="start from the seeded state")
    parser.add_argument(
        "--sync-interval",
        type=float,
        default=None,
        help="seconds between integration runs (default 5; 0 = only on demand; "
        "with --testing the default is 0 so that tests decide when it runs)",
    )
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")

    config = {"TESTING_API": args.testing}
    if args.database_url:
        config["DATABASE_URL"] = args.database_url
    config["INSTANCE_PATH"] = os.path.abspath(args.instance_path or "instance")
    app = create_app(config)
    if args.reset:
        seeding.reset(app.extensions["database"])

    interval = args.sync_interval if args.sync_interval is not None else (0 if args.testing else 5)
    from waitress import create_server

    from .integration.sync import Worker

    server = create_server(app, host=args.host, port=args.port, threads=args.threads)
    port = server.effective_port
    print_banner(app, args.host, port, interval)
    worker = None
    if interval:
        worker = Worker(app.extensions["integration"], interval)
        worker.start()
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        if worker:
            worker.stop()


if __name__ == "__main__":
    main()
