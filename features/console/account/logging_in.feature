@console
Feature: Logging in to the CSR console
  CSRs and the Pricing Analyst team log in to Salesforce to work orders.

  @sign-in.console.allows @console-roles.csr.allows
  Scenario: A CSR logs in and lands on the CSR Home Page Dashboard
    When a CSR logs in to the console
    Then they see the "CSR Home Page Dashboard"

  @assumption @console-roles.pricing-analyst.allows
  Scenario: A Pricing Analyst logs in and lands on the Pricing Analyst Dashboard
    Invented: the articles name only the CSR Home Page Dashboard; the Pricing Analyst team's
    home page is named after the team.

    When a Pricing Analyst logs in to the console
    Then they see the "Pricing Analyst Dashboard"

  @sign-in.console.allows @assumption
  Scenario: The email address is taken however it is capitalised
    Assumption: email addresses are not case-sensitive, as in Salesforce.

    When a CSR logs in to the console with the email address in capitals
    Then they see the "CSR Home Page Dashboard"

  @sign-in.console.refuses
  Scenario: A wrong password is refused with a clear message
    When a CSR logs in to the console with a wrong password
    Then they are told that the email address or password is incorrect
    And they are still on the log-in page
