@console
Feature: Recording the ASTEA job number on the order and its lines
  The CSR working an order enters its ASTEA job number on the order, through the pencil next
  to the order name, and on every order line, through the line's pop-up in the Related tab.

  Background:
    Given a buyer has placed an order for a Harvard product and a Partsco part shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order

  @npo.4 @assignment.order-other-csr.allows
  Scenario: The pencil next to the order name takes the ASTEA job number
    When I edit the order name and enter the ASTEA job number "A-204417"
    Then the order shows the ASTEA job number "A-204417"
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.4 @assumption
  Scenario: A job number longer than 32 characters is refused and kept for correction
    Decision 4: the ASTEA job number is free text of 1 to 32 characters, spaces trimmed.

    When I edit the order name and enter the ASTEA job number "A-2044170000000000000000000000000001"
    Then I am told that the ASTEA job number has at most 32 characters
    And the job number I typed is kept for me to correct
    And the order has no ASTEA job number yet
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.7 @npo.8 @npo.10 @npo.11 @job-number.line-blank.allows
  Scenario: Each order line takes the ASTEA job number in its pop-up
    When I open the order's lines
    Then I see the order's products
    When I open the line "PCO-2201" by its product number
    And I enter "A-204417" as the line's Order Number and save
    Then the line "PCO-2201" shows the Order Number "A-204417"
    And the line "HVD-3101" has no Order Number yet
    And the buyer's other order is as it was, in the store and in Salesforce

  Rule: A job number has 1 to 32 characters once the spaces around it are trimmed
    Decision 4: the ASTEA job number is free text of 1 to 32 characters, spaces trimmed.

    @npo.4 @assumption @job-number.order-length.allows
    Scenario: A job number of exactly 32 characters is taken
      When I edit the order name and enter the ASTEA job number "A-222222222222222222222222222222"
      Then the order shows the ASTEA job number "A-222222222222222222222222222222"
      And the buyer's other order is as it was, in the store and in Salesforce

    @npo.4 @assumption @job-number.order-length.refuses
    Scenario: A job number of 33 characters is refused
      When I edit the order name and enter the ASTEA job number "A-2222222222222222222222222222222"
      Then I am told that the ASTEA job number has at most 32 characters
      And the order has no ASTEA job number yet
      And the buyer's other order is as it was, in the store and in Salesforce

    @npo.4 @assumption @job-number.order-blank.allows
    Scenario: Spaces around a job number are trimmed before it is counted
      When I edit the order name and enter the ASTEA job number "   A-222222222222222222222222222222   "
      Then the order shows the ASTEA job number "A-222222222222222222222222222222"
      And the buyer's other order is as it was, in the store and in Salesforce

    @npo.4 @assumption @job-number.order-blank.refuses
    Scenario: A job number of spaces only is no job number
      When I edit the order name and enter the ASTEA job number "     "
      Then I am told to enter the ASTEA job number
      And the order has no ASTEA job number yet
      And the buyer's other order is as it was, in the store and in Salesforce

    @npo.10 @npo.11 @assumption @job-number.line-length.allows
    Scenario: A line takes a job number of exactly 32 characters, spaces around it trimmed
      When I open the order's lines
      And I open the line "PCO-2201" by its product number
      And I enter "  A-222222222222222222222222222222  " as the line's Order Number and save
      Then the line "PCO-2201" shows the Order Number "A-222222222222222222222222222222"
      And the buyer's other order is as it was, in the store and in Salesforce

    @npo.10 @npo.11 @assumption @job-number.line-length.refuses
    Scenario: A line refuses a job number of 33 characters
      When I open the order's lines
      And I open the line "PCO-2201" by its product number
      And I enter "A-2222222222222222222222222222222" as the line's Order Number and save
      Then I am told that the ASTEA job number has at most 32 characters
      And the line "PCO-2201" has no Order Number yet
      And the buyer's other order is as it was, in the store and in Salesforce

    @npo.10 @npo.11 @assumption @job-number.line-blank.refuses
    Scenario: A line refuses a job number of spaces only
      When I open the order's lines
      And I open the line "PCO-2201" by its product number
      And I enter "     " as the line's Order Number and save
      Then I am told to enter the ASTEA job number
      And the line "PCO-2201" has no Order Number yet
      And the buyer's other order is as it was, in the store and in Salesforce
