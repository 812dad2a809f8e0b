@console @store @integration
Feature: An RMA for every part sent in for repair
  Once a repair order reaches Salesforce, each repair line has an RMA number. The customer
  (the rep who placed it) is emailed the numbers to mark the parts they send in, and both
  the quote and the store order show them.

  @qrg86.after.rma @rma.priced.refuses @numbers.quote.refuses
  Scenario: Until the integration runs there is no RMA number
    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400"
    Then the store order shows no RMA number yet

  @qrg86.after.rma @assumption @rma.each-line.allows
  Scenario: Each repair line has its own RMA number
    Decision 12 says an RMA is created and emailed; one RMA for each repair line sent in, not
    one for the order, is an assumption of this project (each part is sent in on its own).

    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400 and Repair (evaluation): Hydraulic Valve Block HV-7"
    And the rep has another repair order with the CSR team that nothing here may change
    When the integration runs
    Then the quote shows a different RMA number for "RPR-1001" and for "EVAL-1003"
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.rma @rma.non-priced.refuses
  Scenario: Until the integration runs a non-priced repair has no RMA number either
    Given a rep has placed a repair order for "Repair (evaluation): Hydraulic Valve Block HV-7"
    Then the store order shows no RMA number yet

  @qrg86.after.rma @assumption
  Scenario: The RMA email is the rep's to read: the company's buyer, signed in, cannot open it
    Decision 14: each person signed in to the mailbox reads only the mail addressed to them;
    an email's address passed on or guessed shows another reader nothing.

    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400" and the integration has run
    When the company's buyer, signed in to the mailbox, opens the address of the rep's RMA email
    Then the company's buyer finds no such email, and their inbox lists none of the rep's mail
    And the rep, signed in to the mailbox, reads the RMA email at that address
