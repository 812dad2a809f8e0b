"""Serve the simulator with one variant's breakage applied, as `python -m simulator` would:

python -m ats_spec.gate.serve VARIANT [simulator options]
"""

import sys

import simulator.__main__ as entry
from ats_spec.gate.variants import LAUNCHABLE


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in LAUNCHABLE:
        raise SystemExit(
            f"usage: python -m ats_spec.gate.serve VARIANT ...; one of {sorted(LAUNCHABLE)}"
        )
    variant = LAUNCHABLE[argv[0]]
    variant.functions()
    make_app = entry.create_app

    def create_app(config=None):
        app = make_app(config)
        variant.app(app)
        return app

    entry.create_app = create_app
    print(f"Variant: {variant.name} ({variant.rule})", flush=True)
    entry.main(argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
