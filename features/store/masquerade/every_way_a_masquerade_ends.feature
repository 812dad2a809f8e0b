@store
Feature: Every way a masquerade ends
  A rep acts for one company at a time, until the masquerade ends. It ends by the banner's
  End masquerade, by signing out, and by logging in as another company. Whichever way it
  ends, the rep no longer acts for the company when they come back, nothing of the first
  company's cart follows them to the second, and the audit log records the end.

  @qrg86.5 @qrg86.7 @assumption @audit-log.masquerade.allows
  Scenario: Signing out ends the masquerade, and signing in again acts for no company
    Decision 10: a rep acts for a company only from Log In until the masquerade ends.

    Given I am signed in as an IPS Sales Rep
    When I log in as one of my companies
    And I sign out of the store
    And I sign in to the store
    Then I am not acting for any company
    And no masquerade banner is shown
    And every company assigned to me shows Log In again
    And the audit log, newest first, reads
      | company   | what               | details    |
      | {company} | Masquerade ended   | signed out |
      | {company} | Masquerade started |            |

  @qrg86.5 @qrg86.7 @assumption
  Scenario: Logging in as another company ends the first masquerade and empties the cart
    Decision 10: starting a masquerade empties the cart; the banner names the company.

    Given I am signed in as an IPS Sales Rep
    When I log in as one of my companies
    And I add "Repair: Servo Drive Controller SD-400" to my cart describing the problem as "Drive faults with E-17 on power-up"
    And I log in as another of my companies
    Then the company shows "selected" instead of Log In
    And every other company assigned to me still shows Log In
    And a banner names the company and offers to end the masquerade
    And my cart is empty
    When I open the catalog of the company I acted for before, as an old tab would
    Then I am sent to my dashboard and told which company I act for, and how to act for that one

  @qrg86.5 @qrg86.7 @qrg86.14 @assumption
  Scenario: A checkout left unfinished does not follow the rep back to the company
    Decision 10: starting a masquerade empties the cart, and with it the checkout begun on it;
    the next checkout starts from the company's own shipping defaults.

    Given I am signed in as a rep masquerading as a company with Terms
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout
    And I correct the shipping street address to "Dock 9, 1 Temporary Road"
    And I continue to billing
    And I log in as another of my companies
    And I log in again as the company I acted for before
    And I add "Repair: Servo Drive Controller SD-400" to my cart describing the problem as "Drive faults with E-17 on power-up"
    And I proceed to checkout
    Then the shipping address is that of the company's first site

  @qrg86.5 @qrg86.13 @assumption
  Scenario: After switching company, the rep's orders still name the company each was placed for
    Decision 10: the rep is the customer of every order placed while masquerading, and each
    order records the company it was placed for.

    Given I am signed in as a rep masquerading as a company with Terms
    And the rep has another repair order with the CSR team that nothing here may change
    When I log in as another of my companies
    Then the rep's order list reads:
      | field    | value                                                                                   |
      | Title    | My Orders                                                                               |
      | Orders 1 | {bystander order} · {today} · {previous company} · Awaiting Customer Approval · $480.00 |
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.5 @qrg86.7 @assumption
  Scenario: After ending the masquerade, acting for the same company again starts with an empty cart
    Decision 10: starting a masquerade empties the cart, whichever company it was for before.

    Given I am signed in as an IPS Sales Rep
    When I log in as one of my companies
    And I add "Repair: Servo Drive Controller SD-400" to my cart describing the problem as "Drive faults with E-17 on power-up"
    And I end the masquerade
    And I log in as one of my companies
    Then a banner names the company and offers to end the masquerade
    And my cart is empty

  @qrg86.5 @qrg86.7 @assumption
  Scenario: After signing out, acting for the same company again starts with an empty cart
    Decision 10: starting a masquerade empties the cart; signing out ends the masquerade.

    Given I am signed in as an IPS Sales Rep
    When I log in as one of my companies
    And I add "Repair: Servo Drive Controller SD-400" to my cart describing the problem as "Drive faults with E-17 on power-up"
    And I sign out of the store
    And I sign in to the store
    And I log in as one of my companies
    Then my cart is empty

  @qrg86.5 @assumption
  Scenario: A rep's Log In empties the rep's cart, never the cart of the company's own buyer, nor a crafted form
    Decision 10: a masquerade starts with the rep's own cart empty; the company's buyer shops
    with a cart of their own, which no rep's Log In touches, nor a form the rep posts by hand.

    Given I am signed in as a rep masquerading as one of my companies
    And the company's buyer has a Legacy build in their cart
    When I end the masquerade
    And I log in as one of my companies
    Then my cart is empty
    When I post a change and a removal of the company's buyer's cart line by hand
    Then the company's buyer's cart reads:
      | field    | value                                                                  |
      | Title    | Your cart                                                              |
      | Cart 1   | Servo Drive Controller SD-400, ATS-LB-1001 · $1,845.00 · 1 · $1,845.00 |
      | Subtotal | $1,845.00                                                              |
