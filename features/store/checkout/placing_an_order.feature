@store
Feature: Placing an order at checkout
  A buyer checks out the cart in three steps. The shipping address defaults from the
  chosen site of the company and can be corrected. The billing address is the company's
  own and cannot be changed. A company with Terms pays by PO; any other company pays by
  card or PayPal through the payment gateway. The Terms and Conditions must be accepted.
  Whatever the page allows, the store checks every rule again when the order is placed:
  a refused order is not created and nothing the buyer typed is lost.

  Rule: A company with Terms pays by PO Number/Reference Number

    @qrg86.terms @qrg86.21 @qrg86.22 @qrg86.23 @qrg86.24
    Scenario: A PO order is placed and confirmed with its order number
      Given I am signed in as a buyer at a company with Terms
      And I have a Legacy build in my cart
      When I check out to the company's first site paying with PO number "PO-77812"
      Then I see a confirmation with the new store order number
      And my orders list it as "Awaiting Payment"

    @qrg86.21
    Scenario: Without a PO number the order is not placed
      Given I am signed in as a buyer at a company with Terms
      And I have a Legacy build in my cart
      When I check out to the company's first site without a PO number
      Then I am told to enter the PO Number/Reference Number
      And no order has been placed

  Rule: The Terms and Conditions must be accepted

    @qrg86.22
    Scenario: Without ticking the Terms and Conditions box the order is not placed
      Given I am signed in as a buyer at a company with Terms
      And I have a Legacy build in my cart
      When I check out paying with PO number "PO-1200" without agreeing to the Terms and Conditions
      Then I am told that I must agree to the Terms and Conditions
      And the PO number "PO-1200" I typed is still there
      And no order has been placed

  Rule: The billing address is the company's and cannot be changed

    @qrg86.19
    Scenario: The billing address is the company's, shown read-only
      Given I am signed in as a buyer at a company with Terms
      And I have a Legacy build in my cart
      When I proceed to checkout and continue to billing
      Then the billing address shown is the company's
      And the billing address cannot be edited

    @qrg86.19
    Scenario: A billing address altered in the page is refused and no order is placed
      Given I am signed in as a buyer at a company with Terms
      And I have a Legacy build in my cart
      When I proceed to checkout and continue to billing
      And I force the billing street address to "1 Elsewhere Road" and continue to payment
      Then I am told that the billing address comes from the company account
      And no order has been placed

  Rule: A company without Terms pays by credit card or PayPal

    Scenario: An approved test card places the order
      Given I am signed in as a buyer at a company without Terms
      And I have a Legacy build in my cart
      When I check out paying with the test card "4111 1111 1111 1111"
      Then I see a confirmation with the new store order number
      And my orders list it as "Order Placed"

    Scenario: A declined card places no order
      Given I am signed in as a buyer at a company without Terms
      And I have a Legacy build in my cart
      When I check out paying with the test card "4000 0000 0000 0002"
      Then I am told that my card was declined
      And no order has been placed
