"""The specification's tooling, apart from what behave loads (features/, steps/, environment.py):
the runner, the report, the living documents, the Gherkin lint and the gate.

    ats-spec run [options] [features]   # the acceptance suite, its report and results
    ats-spec report [RESULTS.json ...]  # one report from run records
    ats-spec docs                       # rewrite docs/*.md from the sources
    ats-spec lint                       # the Gherkin lint
    ats-spec gate [--first]             # the suite against every broken variant
"""
