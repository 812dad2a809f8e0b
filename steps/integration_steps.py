"""The integration between store and console is a job; tests decide when it runs."""

from behave import when

from steps.support.world import run_integration


@when("the integration runs")
def integration_runs(context):
    """Runs the integration job between store and console once, through the control API."""
    run_integration(context)
