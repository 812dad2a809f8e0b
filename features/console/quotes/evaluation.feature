@console @store @integration
Feature: Evaluating a non-priced repair
  A zero-dollar repair is priced once the part has come in: the repair technician records
  each line's repair price and what the evaluation found. When every line that needed it is
  evaluated the quote is Evaluation Complete and at once back in Quote Hold for the CSR; the
  store order stops waiting for evaluation, and the rep is emailed the new price.

  @qrg86.after.zero @assumption @evaluation.price.allows @console-roles.technician.allows @evaluation.evaluation-complete.allows @evaluation.new-price-email.refuses
  Scenario: The technician's price completes the evaluation and the rep is emailed it
    Decision 12: Evaluation Complete is short-lived; the quote waits in Quote Hold. The price is
    typed as a person might write it, with its dollar sign and a thousands comma.

    Given a rep has placed a repair order for "Repair (evaluation): Hydraulic Valve Block HV-7" and the integration has run
    And the rep has another repair order with the CSR team that nothing here may change
    When the repair technician prices "EVAL-1003" at "$1,250.00", noting "Spool and seals worn; bore intact"
    Then the quote amounts to "$1,250.00" in "Quote Hold"
    And the quote's status history is "Evaluation Pending", "Evaluation Complete" and "Quote Hold"
    When the integration runs
    Then the rep's store order shows "Awaiting Customer Approval"
    And the rep is emailed the new price of "$1,250.00"
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.zero @assumption
  Scenario: Beside a priced repair, evaluating the one line that needed it completes the evaluation
    Decision 12 and the statuses: Evaluation Complete once every line that needed evaluation
    has its price; a priced line beside it needs none and does not keep the quote waiting.

    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400 and Repair (evaluation): Hydraulic Valve Block HV-7" and the integration has run
    And the rep has another repair order with the CSR team that nothing here may change
    When the repair technician prices "EVAL-1003" at "$1,250.00", noting "Spool and seals worn; bore intact"
    Then the quote amounts to "$1,730.00" in "Quote Hold"
    And the quote's status history is "Evaluation Pending", "Evaluation Complete" and "Quote Hold"
    When the integration runs
    Then the rep's store order shows "Awaiting Customer Approval"
    And the email "New price for your repair order {order}" to the rep reads:
      | field  | value                                                                                             |
      | Title  | New price for your repair order {order}                                                           |
      | From   | orders@ats.example                                                                                |
      | To     | {rep email}                                                                                       |
      | Sent   | {today}                                                                                           |
      | Line 1 | ATS has evaluated the parts of order {order} ({company}):                                         |
      | Line 2 | Repair: Servo Drive Controller SD-400: $480.00 each (was $480.00)                                 |
      | Line 3 | Repair (evaluation): Hydraulic Valve Block HV-7: $1,250.00 each (was $0.00)                       |
      | Line 4 | New total: $1,730.00.                                                                             |
      | Line 5 | Reply to this email to confirm the new price; ATS then replaces the order with one at this price. |
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.zero @assumption @evaluation.price.refuses @evaluation.evaluation-complete.refuses
  Scenario: A price of nothing is refused and the quote still waits for evaluation
    Assumption: a repair priced at $0.00 after evaluation is refused; the articles do not say.

    Given a rep has placed a repair order for "Repair (evaluation): Hydraulic Valve Block HV-7" and the integration has run
    And the rep has another repair order with the CSR team that nothing here may change
    When the repair technician prices "EVAL-1003" at "0.00", noting "Nothing wrong found"
    Then the technician is told "Enter the repair price in dollars, more than $0.00."
    And the quote is in "Evaluation Pending"
    And the quote's status history is "Evaluation Pending"
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.zero @assumption
  Scenario: Notes of nothing but spaces are refused and the quote still waits for evaluation
    Assumption: the evaluation records what the technician found; notes of nothing but spaces
    say nothing, as no notes at all.

    Given a rep has placed a repair order for "Repair (evaluation): Hydraulic Valve Block HV-7" and the integration has run
    And the rep has another repair order with the CSR team that nothing here may change
    When the repair technician prices "EVAL-1003" at "$1,250.00", noting "   "
    Then the technician is told "Describe what the evaluation found."
    And the quote is in "Evaluation Pending"
    And the quote's status history is "Evaluation Pending"
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.zero @assumption @evaluation.changed-price.allows
  Scenario: A priced repair whose evaluation changes the price follows the zero-dollar path
    Decision 12: the customer must confirm a changed price, as for a zero-dollar repair. The
    price is typed as a person might, in whole dollars with a space after it.

    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400" and the integration has run
    And the rep has another repair order with the CSR team that nothing here may change
    When the repair technician types "520 " as the repair price of "RPR-1001", noting "Encoder replaced as well"
    And the integration runs
    Then the rep is emailed the new price of "$520.00"
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.priced @assumption
  Scenario: A priced repair whose evaluation keeps the standard price emails no new price
    Decision 12: only a changed price goes to the rep for confirmation; a price that stands
    is presented as the repair quote. The price is typed in whole dollars.

    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400" and the integration has run
    When the repair technician types "480" as the repair price of "RPR-1001", noting "Standard repair, no extra parts"
    And the integration runs
    Then the mailbox of the rep reads:
      | field      | value                                                     |
      | Title      | Mail for {rep email}                                      |
      | Messages 1 | {today} · {rep email} · RMA for your repair order {order} |
    And the quote is in "Quote Hold"

  @qrg86.after.zero @assumption @evaluation.changed-price.refuses
  Scenario: A priced repair whose price changed waits for the rep's confirmation too
    Decision 12: a priced repair whose evaluation changes the price follows the zero-dollar path.

    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400" and the integration has run
    And the rep has another repair order with the CSR team that nothing here may change
    And the repair technician has evaluated "RPR-1001" at "520.00" and the integration has run
    And I am logged in to the console as a CSR working that quote
    When I move the quote to an order
    Then I am told that the customer has not confirmed the new price yet
    And the quote is in "Quote Hold"
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.zero @assumption
  Scenario: Only the repair technician records an evaluation, whoever posts it by hand
    Decision 12: the technician records the evaluation. No other console user's page offers
    the form, and one posted by hand from their browser is refused.

    Given a rep has placed a repair order for "Repair (evaluation): Hydraulic Valve Block HV-7" and the integration has run
    And the rep has another repair order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that quote
    When each of these console users posts "the technician's Save Evaluation" for the quote by hand:
      | who             |
      | CSR             |
      | other CSR       |
      | Pricing Analyst |
      | Warehouse       |
      | Administrator   |
    And the integration runs
    Then each is refused, as only a repair technician records an evaluation, and the quote is as it was in the store and in Salesforce
    And the rep's other order is as it was, in the store and in Salesforce
