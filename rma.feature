@console @store @integration
Feature: An RMA for every part sent in for repair
  Once a repair order reaches Salesforce, each repair line has an RMA number. The customer
  (the rep who placed it) is emailed the numbers to mark the parts they send in, and both
  the quote and the store order show them.

  @qrg86.after.rma @assumption
  Scenario: The rep is emailed the RMA number, and the quote and the store order show it
    Decision 12: the RMA is created and emailed when the quote is made.
    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400"
    When the integration runs
    Then the rep is emailed the RMA number of "RPR-1001"
    And the store order shows the RMA number of "RPR-1001"
    And the quote shows the RMA number of "RPR-1001"

  @qrg86.after.rma
  Scenario: Until the integration runs there is no RMA number
    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400"
    Then the store order shows no RMA number yet
