"""The gate proves itself: deliberately broken variants of the simulator, each breaking one
business rule of the articles, must each fail the acceptance suite.

    python -m ats_spec.gate [--full] [--only NAME ...]

Variants are applied from outside the simulator's code, in the process that serves it
(ats_spec/gate/serve.py): no switch inside the simulator turns a bug on.
"""
