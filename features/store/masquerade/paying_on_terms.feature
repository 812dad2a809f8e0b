@store
Feature: Paying for a repair order: PO on Terms, and the Terms and Conditions
  Most companies a rep orders for have Terms, which lets them pay by PO: the rep gives the
  PO Number/Reference Number. A company without Terms pays by card or PayPal instead. The
  Terms and Conditions must be accepted before the order is placed.

  @qrg86.terms @qrg86.20 @qrg86.21 @payment-method.terms.allows
  Scenario: A company with Terms pays by PO Number/Reference Number only
    Given I am signed in as a rep masquerading as a company with Terms
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout and continue to payment
    Then the only way to pay is by PO Number/Reference Number

  @qrg86.terms @assumption @payment-method.paypal.allows
  Scenario: A company without Terms pays by card or PayPal, not by PO
    Decision 11: companies without Terms pay through the (simulated) card and PayPal gateway.

    Given I am signed in as a rep masquerading as a company without Terms
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout and continue to payment
    Then I can pay by credit card or PayPal but not by PO

  @qrg86.terms @assumption @payment-method.card.refuses @payment-method.paypal.refuses
  Scenario: A crafted PO payment for a company without Terms is refused
    Decision 11: only companies with Terms pay by PO, whatever the request says.

    Given I am signed in as a rep masquerading as a company without Terms
    And the rep has another repair order with the CSR team that nothing here may change
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout and continue to payment
    And I force payment by PO number "PO-NOT-ALLOWED" and place the order
    Then I am told to choose to pay by credit card or PayPal
    And no order has been placed
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.terms @qrg86.after.priced @npo.13 @assumption
  Scenario: A repair paid by card is followed past checkout: its order waits for the payment to be captured
    Decision 7: a card payment is captured by ticking Payment Captured before Activation, for
    the order a repair quote became as for any other (decision 12).

    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400" paid by card and the integration has run
    And the quote has been presented and the integration has run
    And I am logged in to the console as a CSR
    When the rep approves the repair quote in the store
    And the integration runs
    Then the quote became an order in "Order Accepted" with the line "RPR-1001" at "$480.00"
    When I edit the order name and enter the ASTEA job number "R-4430"
    And I open the order's lines
    And I open the line "RPR-1001" by its product number
    And I enter "R-4430" as the line's Order Number and save
    And the warehouse says the order is ready to ship
    And I open the order from the ready-to-ship email
    And I move the status to "Activated" and mark it as current
    Then I am told that activation needs Payment Captured
    When I tick Payment Captured and save
    And I move the status to "Activated" and mark it as current
    Then the order is in the "Activated" stage
    When the integration runs
    Then the rep's store order shows "Completed"
