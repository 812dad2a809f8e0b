@console
Feature: What puts an order on Order Hold, and what does not
  Any change to an order's total moves it to Order Hold at once, whatever the kind of change:
  a line's quantity, its unit price, a line removed. A line saved as it was, or anything that
  leaves the total alone (job numbers, comments, tracking), keeps the order in Order Accepted.

  Background:
    Given a buyer has placed an order for a Harvard product and a Partsco part shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order

  Rule: A change to the total moves the order to Order Hold at once

    @npo.hold @assumption @hold.price.refuses
    Scenario: A changed unit price holds the order
      Decision 6: any change to the order's total (quantity, price, lines) causes a hold. The
      price is typed as a CSR might, with its dollar sign; the new total has fewer than ten
      cents, which must keep their leading zero.

      When I change the unit price of line "HVD-3101" to "$600.55"
      Then the order is in the "Order Hold" stage
      And the order's amount is "$690.05"
      And the buyer's other order is as it was, in the store and in Salesforce

    @npo.hold @assumption @hold.line-removed.refuses
    Scenario: A removed line holds the order
      Decision 6: any change to the order's total (quantity, price, lines) causes a hold.

      When I delete the line "PCO-2201"
      Then the order is in the "Order Hold" stage
      And the order's amount is "$560.00"
      When the integration runs
      And the buyer follows the link in that email and confirms the PO number it offers
      And the integration runs
      Then the buyer sees the store order as:
        | field          | value                                                             |
        | Title          | Order {order}                                                     |
        | Status         | In Process                                                        |
        | ATS order      | {salesforce number}                                               |
        | Customer       | {buyer}                                                           |
        | Company        | {company}                                                         |
        | Placed         | {today}                                                           |
        | Ship to        | {site} (non-FMS site), {site address}                             |
        | Bill to        | {billing address}                                                 |
        | Other Comments | UPS account {ups account}                                         |
        | Payment        | PO PO-SEEDED                                                      |
        | Order lines 1  | Harvard Pneumatic Gripper HG-200 HVD-3101 · 1 · $560.00 · $560.00 |
        | Total          | $560.00                                                           |
      And the order is back in "Order Accepted" with the amount "$560.00"
      And the buyer's other order is as it was, in the store and in Salesforce

    @npo.hold @hold.quantity.refuses @activated-locked.lines.allows
    Scenario: A changed quantity holds the order
      When I change the quantity of line "PCO-2201" to 2
      Then the order is in the "Order Hold" stage
      And the order's amount is "$739.00"
      And the buyer's other order is as it was, in the store and in Salesforce

  Rule: What leaves the total alone never holds the order

    @npo.hold @assumption @hold.quantity.allows @hold.line-removed.allows
    Scenario: A line saved with its quantity unchanged leaves the order in Order Accepted
      Decision 6: only a change to the order's total causes a hold.

      When I change the quantity of line "PCO-2201" to 1
      Then the order is in the "Order Accepted" stage
      And the order's amount is "$649.50"
      And the buyer's other order is as it was, in the store and in Salesforce

    @npo.hold @assumption @hold.price.allows
    Scenario: A line saved with its unit price unchanged leaves the order in Order Accepted
      Decision 6: only a change to the order's total causes a hold.

      When I change the unit price of line "HVD-3101" to "560.00"
      Then the order is in the "Order Accepted" stage
      And the order's amount is "$649.50"
      And the buyer's other order is as it was, in the store and in Salesforce

    @npo.hold @npo.14 @assumption @hold.tracking.allows
    Scenario: Tracking leaves the order in Order Accepted
      Decision 6: tracking never causes a hold.

      When I enter the tracking number "1Z999AA10123456790"
      Then the order is in the "Order Accepted" stage
      And the buyer's other order is as it was, in the store and in Salesforce
