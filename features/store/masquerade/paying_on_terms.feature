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
