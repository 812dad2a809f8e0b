"""ats-spec COMMAND [ARGS]: one entry point for the tooling; each command is also a module
(python -m ats_spec.suite, ats_spec.report, ats_spec.livingdoc, ats_spec.lint, ats_spec.gate)."""

import importlib
import sys

# Each command's module is imported only when asked for: `docs` need not load Playwright.
COMMANDS = {
    "run": ("ats_spec.suite", "the acceptance suite: report, JUnit, Allure and Cucumber results"),
    "report": ("ats_spec.report", "one report from run records (reports/results/*.json)"),
    "docs": ("ats_spec.livingdoc", "rewrite docs/*.md from features/, steps/ and the register"),
    "lint": ("ats_spec.lint", "the Gherkin lint: layout and the project's writing rules"),
    "gate": ("ats_spec.gate.__main__", "the suite against every broken variant of the simulator"),
    "blind": ("ats_spec.blind", "the suite against the blind bugs of tests/blind/bugs/"),
    "bench": ("ats_spec.bench", "where a run's time goes, measured on this machine"),
}


def usage() -> str:
    lines = ["usage: ats-spec COMMAND [ARGS]  (ats-spec COMMAND --help for its options)", ""]
    lines += [f"  {name:<7} {what}" for name, (_, what) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        sys.exit(f"ats-spec: no command {name!r}\n{usage()}")
    module = importlib.import_module(COMMANDS[name][0])
    sys.argv = [f"ats-spec {name}", *rest]
    module.main(rest)


if __name__ == "__main__":
    main()
