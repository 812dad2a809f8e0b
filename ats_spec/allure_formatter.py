"""allure-behave's formatter, taught about Rules.

allure-behave 2.16 wraps only a feature's own scenarios; behave 1.3 keeps the scenarios of a
Rule apart, so they were missing from the results, and a step with a table in one of them
crashed the run (the step had no test to belong to).
"""

from allure_behave.formatter import AllureFormatter as LibraryFormatter


class AllureFormatter(LibraryFormatter):
    def feature(self, feature):
        super().feature(feature)
        for rule in getattr(feature, "rules", None) or []:
            self._wrap_scenario(rule.scenarios)
