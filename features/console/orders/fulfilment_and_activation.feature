@console @integration
Feature: Fulfilling and activating an order
  An order can wait in Order Accepted until the warehouse says it is ready to ship. The CSR
  then checks how the customer paid in Shipping and Billing Information, captures a card or
  PayPal payment, enters tracking when there is some, and moves the status to Activated with
  Mark as Current Status. The store then shows the order Completed.

  @npo.16 @assumption
  Scenario: Activation is refused with the list of exactly what is missing
    Decisions 4, 5, 7 and 8: job numbers, the vendor confirmation, payment capture and the
    ready-to-ship notice are required before Activation.
    Given a buyer has placed an order for a Harvard product and a Partsco part shipped to a non-FMS site
    And the integration has run
    And I am logged in to the console as a CSR working that order
    When I move the status to "Activated" and mark it as current
    Then I am told that activation needs the ASTEA job number on the order
    And I am told that activation needs the ASTEA job number on line "HVD-3101"
    And I am told that activation needs an order comment confirming the vendor
    And I am told that activation needs the ready-to-ship notice
    And the order is in the "Order Accepted" stage

  @npo.12 @npo.13 @npo.14 @npo.16 @npo.17
  Scenario: A PO order, ready to ship, is activated and shows Completed in the store
    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
    And the integration has run
    And I am logged in to the console as a CSR working that order
    And the order and its lines carry the ASTEA job number "A-55120"
    When the warehouse says the order is ready to ship
    Then I am emailed that the order is ready to ship
    When I open the order from that email
    Then Shipping and Billing Information shows the customer paid by PO and needs no payment capture
    When I enter the tracking number "1Z999AA10123456784"
    And I move the status to "Activated" and mark it as current
    Then the order is in the "Activated" stage
    And the order shows who activated it and when
    When the integration runs
    Then the buyer sees the order "Completed" in the store with tracking number "1Z999AA10123456784"

  @npo.13 @assumption
  Scenario: A card order needs Payment Captured before it can be activated
    Decision 7: card and PayPal payments are captured by ticking Payment Captured.
    Given a buyer paying by card has placed an order for a Legacy build shipped to a FMS site
    And the integration has run
    And I am logged in to the console as a CSR working that order
    And the order and its lines carry the ASTEA job number "A-55121"
    And the warehouse has said the order is ready to ship
    When I move the status to "Activated" and mark it as current
    Then I am told that activation needs Payment Captured
    When I tick Payment Captured and save
    And I move the status to "Activated" and mark it as current
    Then the order is in the "Activated" stage

  @npo.16
  Scenario: The confetti flies on activation, unless reduced motion is asked for
    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
    And the integration has run
    And I am logged in to the console as a CSR working that order
    And the order and its lines carry the ASTEA job number "A-55122"
    And the warehouse has said the order is ready to ship
    When I move the status to "Activated" and mark it as current with motion allowed
    Then the confetti flies
    When I reload the order with reduced motion
    Then no confetti is shown
