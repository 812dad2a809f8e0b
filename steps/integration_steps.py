"""The integration between store and console is a job; tests decide when it runs."""

from behave import when

from steps.support.world import run_integration


@when("the integration runs")
def integration_runs(context):
    run_integration(context)
