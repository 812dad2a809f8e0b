@store
Feature: Finding products and keeping a cart
  A buyer searches the catalogue, opens a product, and keeps what they want in a cart
  until checkout: quantities can be changed and lines removed, and the subtotal follows.

  Background:
    Given I am signed in as a buyer at a company with Terms

  Scenario: Searching the catalog finds products by name
    When I search the catalog for "Harvard"
    Then the results list "Harvard Pneumatic Gripper HG-200"
    And the results do not list "Servo Drive Controller SD-400"

  Scenario: A search that matches nothing says so
    When I search the catalog for "flux capacitor"
    Then the catalog says that no products match "flux capacitor"

  @qrg86.10 @qrg86.11
  Scenario: A product added to the cart shows with its price and the subtotal
    When I search the catalog for "Servo"
    And I open "Servo Drive Controller SD-400" and add it to my cart
    Then my cart holds 1 of "Servo Drive Controller SD-400"
    And the cart subtotal is "$1,845.00"

  @qrg86.11 @assumption
  Scenario: The same product added again adds to its line
    Assumption: as in the real store, a NEW product is one line of the cart; adding it again
    adds to that line's quantity rather than replacing it.

    When I search the catalog for "Servo"
    And I open "Servo Drive Controller SD-400" and add it to my cart
    And I search the catalog for "Servo"
    And I open "Servo Drive Controller SD-400" and add 2 more of it to my cart
    Then the buyer's cart reads:
      | field    | value                                                                  |
      | Title    | Your cart                                                              |
      | Cart 1   | Servo Drive Controller SD-400, ATS-LB-1001 · $1,845.00 · 3 · $5,535.00 |
      | Subtotal | $5,535.00                                                              |

  @qrg86.11 @quantity.lower.allows
  Scenario: Changing a quantity updates the subtotal
    Given I have a Legacy build in my cart
    When I change the quantity of "Servo Drive Controller SD-400" to 3
    Then my cart holds 3 of "Servo Drive Controller SD-400"
    And the cart subtotal is "$5,535.00"
    When I change the quantity of "Servo Drive Controller SD-400" to 1
    Then my cart holds 1 of "Servo Drive Controller SD-400"
    And the cart subtotal is "$1,845.00"

  @qrg86.11 @assumption @quantity.lower.refuses
  Scenario: A quantity of zero is refused and the cart is unchanged
    Assumption: quantities run from 1 to 999; the articles state no limit.

    Given I have a Legacy build in my cart
    When I change the quantity of "Servo Drive Controller SD-400" to 0
    Then I am told that the quantity must be between 1 and 999
    And the cart subtotal is "$1,845.00"

  @qrg86.11 @assumption @quantity.upper.allows
  Scenario: A quantity of 999 is taken
    The 999 cap is an assumption of this specification: the articles state no limit.

    Given I have a Legacy build in my cart
    When I change the quantity of "Servo Drive Controller SD-400" to 999
    Then my cart holds 999 of "Servo Drive Controller SD-400"

  @qrg86.11 @assumption @quantity.upper.refuses
  Scenario: Adding more of a product already in the cart stops at 999
    The 999 cap is an assumption of this specification: the articles state no limit. The same
    product added again adds up, to at most 999 on its line.

    Given I have a Legacy build in my cart
    When I change the quantity of "Servo Drive Controller SD-400" to 600
    And I search the catalog for "Servo"
    And I open "Servo Drive Controller SD-400" and add 600 more of it to my cart
    Then the buyer's cart reads:
      | field    | value                                                                        |
      | Title    | Your cart                                                                    |
      | Cart 1   | Servo Drive Controller SD-400, ATS-LB-1001 · $1,845.00 · 999 · $1,843,155.00 |
      | Subtotal | $1,843,155.00                                                                |

  @qrg86.11 @assumption @quantity.upper.refuses
  Scenario: A quantity of 1000 is refused and the cart is unchanged
    The 999 cap is an assumption of this specification: the articles state no limit.

    Given I have a Legacy build in my cart
    When I change the quantity of "Servo Drive Controller SD-400" to 1000
    Then I am told that the quantity must be between 1 and 999
    And the cart subtotal is "$1,845.00"

  @qrg86.11
  Scenario: Removing the only line empties the cart
    Given I have a Legacy build in my cart
    When I remove "Servo Drive Controller SD-400" from my cart
    Then my cart is empty
