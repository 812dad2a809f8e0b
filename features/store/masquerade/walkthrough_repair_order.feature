@store @walkthrough
Feature: Walkthrough: a rep places a repair order for a company (QRG 8.6, steps 1 to 24)
  For readers who know the QRG: one scenario that follows its numbered steps in order. The
  comments give the step numbers. Each step is also specified on its own, with its
  refusals, in the other features of this folder.

  @qrg86.who @qrg86.1 @qrg86.2 @qrg86.3 @qrg86.4 @qrg86.5 @qrg86.6 @qrg86.7 @qrg86.8 @qrg86.9 @qrg86.10 @qrg86.11 @qrg86.12 @qrg86.13 @qrg86.14 @qrg86.ship-account @qrg86.16 @qrg86.17 @qrg86.18 @qrg86.19 @qrg86.20 @qrg86.terms @qrg86.21 @qrg86.22 @qrg86.23 @qrg86.24 @masquerade-scope.ips-sales-rep.allows
  Scenario: An IPS Sales Rep places a PO-paid repair order shipped on the company's UPS account
    Given I am an IPS Sales Rep
    # 1, 2: log in; the dashboard appears
    When I sign in to the store
    Then I see my store dashboard
    # 3, 4: how many companies are assigned, and a list of them with Log In
    And my dashboard shows how many company accounts are assigned to me
    And each company assigned to me is listed with Log In
    # 5, 6, 7: Log In on the company; "selected"; its name at the upper left
    When I log in as my company with Terms and a UPS account on file
    Then the company shows "selected" instead of Log In
    And the company I act for is named at the upper left
    # 8, 9, 10: find the part to repair, describe the problem, Add to cart
    When I search the catalog for "SD-400"
    And I open "Repair: Servo Drive Controller SD-400"
    And I describe the problem as "Drive faults with E-17 on power-up; fan runs, no output"
    And I add it to my cart
    # 11: the cart, from which one can shop on, edit, or check out
    Then my cart holds "Repair: Servo Drive Controller SD-400" described as "Drive faults with E-17 on power-up; fan runs, no output"
    # 12, 13: proceed to checkout; the customer is the rep, not the company
    When I proceed to checkout
    Then the customer shown is me, not the company
    # 14: check the default shipping address
    And the shipping address is that of the company's first site
    # Shipping on the company's account; 16, 17: Ship on Company Account, UPS account in Other Comments
    When I choose Ship on Company Account
    Then Other Comments holds the company's UPS account number
    # 18, 19: Continue to Billing; the billing address defaults and cannot be changed
    When I continue to billing
    Then the billing address shown is the company's
    And the billing address cannot be edited
    # 20 and Terms: Continue to Payment; a company with Terms pays by PO
    When I continue to payment
    Then the only way to pay is by PO Number/Reference Number
    # 21, 22, 23: PO Number/Reference Number, the Terms and Conditions box, Place Order
    When I enter the PO number "PO-4410"
    And I agree to the Terms and Conditions
    And I place the order
    # 24: a confirmation with the order number
    Then I see a confirmation with the new store order number
    And the order shows me under Customer information, placed for the company
