"""The integration between store and console is a job; tests decide when it runs."""

from behave import when


@when("the integration runs")
def integration_runs(context):
    report = context.control.run_integration()
    assert not report["failed"], f"the integration failed to deliver: {report['failed']}"
