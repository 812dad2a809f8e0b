"""Serve the simulator with a variant's breakage applied, as `python -m simulator` would:

python -m ats_spec.gate.serve VARIANT [simulator options]
python -m ats_spec.gate.serve --switchable [simulator options]

A switchable server starts unbroken and takes `POST /_gate/variant` with {"name": VARIANT}: it
undoes the variant it served and applies the named one ("unbroken" for none). It answers with
the requests that failed with a server error since the last switch, so that a variant that
crashes the simulator is not counted as caught. The route exists only in a server the gate
starts this way.
"""

import sys

from flask import got_request_exception, jsonify, request

import simulator.__main__ as entry
from ats_spec.gate.breaking import serve_added_routes, undo_all
from ats_spec.gate.variants import LAUNCHABLE, UNBROKEN, Variant
from simulator import csrf

SWITCH = "/_gate/variant"


def apply(variant: Variant, app) -> None:
    undo_all()
    variant.functions()
    variant.app(app)


def switchable(app) -> None:
    served = {"variant": UNBROKEN.name, "server_errors": 0}

    def count_error(sender, exception, **extra):
        served["server_errors"] += 1

    got_request_exception.connect(count_error, app, weak=False)

    def switch():
        name = (request.get_json(silent=True) or {}).get("name")
        if name not in LAUNCHABLE:
            return jsonify(error=f"no variant {name!r}; one of {sorted(LAUNCHABLE)}"), 400
        before = dict(served)
        apply(LAUNCHABLE[name], app)
        served.update(variant=name, server_errors=0)
        return jsonify(served=before["variant"], server_errors=before["server_errors"])

    app.add_url_rule(SWITCH, "gate_switch", csrf.exempt(switch), methods=["POST"])


def main(argv: list[str]) -> None:
    choice = argv[0] if argv else None
    if choice != "--switchable" and choice not in LAUNCHABLE:
        raise SystemExit(
            "usage: python -m ats_spec.gate.serve (VARIANT | --switchable) ...; a variant is one "
            f"of {sorted(LAUNCHABLE)}"
        )
    make_app = entry.create_app

    def create_app(config=None):
        app = make_app(config)
        serve_added_routes(app)
        if choice == "--switchable":
            switchable(app)
        else:
            apply(LAUNCHABLE[choice], app)
        return app

    entry.create_app = create_app
    print(f"Variant: {choice}", flush=True)
    entry.main(argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
