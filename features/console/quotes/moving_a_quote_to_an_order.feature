@console @store @integration
Feature: Moving a confirmed zero-dollar quote to an order
  The rep confirms the evaluated price by replying to the email that gave it; the reply
  shows on the quote. The CSR then moves the quote to an order: the $0 store order is
  canceled and a new store order is created at the new price, carrying over everything of
  the old one, each pointing to the other.

  Background:
    Given a rep has placed a repair order for "Repair (evaluation): Hydraulic Valve Block HV-7" and the integration has run
    And the repair technician has evaluated "EVAL-1003" at "1,250.00" and the integration has run
    And the rep has another repair order with the CSR team that nothing here may change

  @qrg86.after.zero
  Scenario: The rep confirms the new price by replying, and the CSR sees the reply on the quote
    When the rep replies to the new-price email with "Confirmed: please repair at $1,250.00."
    Then the reply shows on the quote for the CSR
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.zero @assumption @move-to-order.reply.refuses
  Scenario: Before the rep has replied, the quote cannot become an order
    Decision 12: the customer's reply confirms the new price.

    Given I am logged in to the console as a CSR working that quote
    When I move the quote to an order
    Then I am told that the customer has not confirmed the new price yet
    And the quote is in "Quote Hold"
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.zero @assumption
  Scenario: A confirmed quote another CSR has cannot be moved to an order by a form posted by hand
    Decision 3: only the quote's assignee works it, whatever request reaches the console.

    Given the rep has replied to confirm the new price with "Confirmed."
    And the quote is assigned to another CSR
    And I am logged in to the console as a CSR
    When I post each of these forms of the quote by hand, where its page offers none:
      | form          |
      | Move to Order |
    And the integration runs
    Then each is refused, naming the CSR who has the quote, and the quote is as it was in the store and in Salesforce
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.zero @assumption @move-to-order.reply.allows @move-to-order.cancel.refuses @move-to-order.carry-over.allows @move-to-order.once.refuses
  Scenario: The confirmed quote becomes an order; the $0 store order is canceled and replaced
    Decision 12: the new store order carries over every piece of information of the old one.

    Given the rep has replied to confirm the new price with "Confirmed."
    And I am logged in to the console as a CSR working that quote
    When I move the quote to an order
    Then the quote became an order in "Order Accepted" with the line "EVAL-1003" at "$1,250.00"
    And the quote offers no way to move it to an order again
    When the integration runs
    Then the rep's $0 store order is Canceled and points to the new order
    And the new store order is in process at "$1,250.00" and carries over from the old one
      | what                 |
      | customer             |
      | company              |
      | PO number            |
      | payment              |
      | shipping address     |
      | billing address      |
      | Other Comments       |
      | site                 |
      | lines                |
      | RMA numbers          |
      | problem descriptions |
    And the rep's order list shows both orders, each pointing to the other
    And the rep's other order is as it was, in the store and in Salesforce
