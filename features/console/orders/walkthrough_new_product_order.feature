@console @store @integration @walkthrough
Feature: Walkthrough: a NEW-product order worked from the queue to Completed
  For readers who know the article on NEW-product orders: one order followed through its
  numbered steps, in the article's order. The capability features next to this one cover each
  step's rules and refusals.

  @npo.route.bypass-quote @npo.route.mixed @npo.1 @npo.2 @npo.3 @npo.4 @npo.5 @npo.7 @npo.8 @npo.10 @npo.11 @npo.12 @npo.13 @npo.14 @npo.16 @npo.17 @vendor-confirmation.partsco.allows @vendor-confirmation.plain-comment.allows @assignment.order-unassigned.allows
  Scenario: A CSR works a Harvard and Partsco order from the Open Order Queue to Completed
    Given a buyer has placed an order for a Harvard product and a Partsco part shipped to an FMS site
    And the integration has run
    And I am logged in to the console as a CSR
    # Step 1: refresh the dashboard. Step 2: take the order from the queue, assign it first.
    When I refresh the CSR Home Page Dashboard
    And I open the order from the Open Order Queue
    And I assign the order to myself
    # Step 3: the order is in Order Accepted.
    Then the order is in the "Order Accepted" stage
    # Step 4: the pencil next to the order name takes the ASTEA job number.
    When I edit the order name and enter the ASTEA job number "A-77001"
    # Step 5: confirm the vendor in the Order Comments.
    And I add the order comment "Vendors confirmed: Harvard and Partsco." confirming the vendor
    # Steps 7 to 11: each line, from the Related tab, takes the job number in its pop-up.
    And I open the order's lines
    And I open the line "HVD-3101" by its product number
    And I enter "A-77001" as the line's Order Number and save
    And I open the line "PCO-2201" by its product number
    And I enter "A-77001" as the line's Order Number and save
    Then the line "HVD-3101" shows the Order Number "A-77001"
    And the line "PCO-2201" shows the Order Number "A-77001"
    # Step 12: told the order is ready to ship, go to Shipping and Billing Information.
    When the warehouse says the order is ready to ship
    And I open the order from the ready-to-ship email
    # Step 13: a PO order needs no payment capture.
    Then Shipping and Billing Information shows the customer paid by PO and needs no payment capture
    # Step 14: tracking, when there is some.
    When I enter the tracking number "1Z999AA10123456784"
    # Step 16: Activated, Mark as Current Status.
    And I move the status to "Activated" and mark it as current
    Then the order is in the "Activated" stage
    # Step 17: the store shows the order Completed.
    When the integration runs
    Then the buyer sees the order "Completed" in the store with tracking number "1Z999AA10123456784"
    And the buyer sees "Vendors confirmed: Harvard and Partsco." on the store order
    # What each party sees at the end: the whole order, in the console and in the store
    And the CSR sees the console order as:
      | field              | value                                                                          |
      | Title              | {company} - store order {order} · ASTEA A-77001                                |
      | Activated          | Activated by {CSR} on {today}                                                  |
      | Assignment         | Assigned to you.                                                               |
      | Order Number       | {salesforce number}                                                            |
      | Store Order Number | {order}                                                                        |
      | ASTEA Job Number   | A-77001                                                                        |
      | Status             | Activated                                                                      |
      | Account Name       | {company}                                                                      |
      | Customer           | {buyer}                                                                        |
      | Queue              | Open Order Queue                                                               |
      | Owner              | {CSR}                                                                          |
      | Order Amount       | $649.50                                                                        |
      | Other Comments     | UPS account {ups account}                                                      |
      | Order Comments 1   | {CSR} · {today} · confirms the vendor, Vendors confirmed: Harvard and Partsco. |
      | Ship-to Site       | {site} (FMS site)                                                              |
      | Shipping Address   | {site address}                                                                 |
      | Billing Address    | {billing address}                                                              |
      | Payment            | PO PO-SEEDED (PO: no payment capture needed)                                   |
      | Ready to Ship      | {today}                                                                        |
      | Payment Captured   | Not needed                                                                     |
      | Tracking Number    | 1Z999AA10123456784                                                             |
      | Order Products 1   | HVD-3101 · Harvard Pneumatic Gripper HG-200 · Harvard · 1 · $560.00 · A-77001  |
      | Order Products 2   | PCO-2201 · Partsco Proximity Sensor PX-18 · Partsco · 1 · $89.50 · A-77001     |
    And the buyer sees the store order as:
      | field            | value                                                             |
      | Title            | Order {order}                                                     |
      | Status           | Completed                                                         |
      | ATS order        | {salesforce number}                                               |
      | Tracking number  | 1Z999AA10123456784                                                |
      | Order Comments 1 | {CSR} · {today}, Vendors confirmed: Harvard and Partsco.          |
      | Customer         | {buyer}                                                           |
      | Company          | {company}                                                         |
      | Placed           | {today}                                                           |
      | Ship to          | {site} (FMS site), {site address}                                 |
      | Bill to          | {billing address}                                                 |
      | Other Comments   | UPS account {ups account}                                         |
      | Payment          | PO PO-SEEDED                                                      |
      | Order lines 1    | Harvard Pneumatic Gripper HG-200 HVD-3101 · 1 · $560.00 · $560.00 |
      | Order lines 2    | Partsco Proximity Sensor PX-18 PCO-2201 · 1 · $89.50 · $89.50     |
      | Total            | $649.50                                                           |
    And the CSR's Open Orders report reads:
      | field | value              |
      | Title | Open Orders report |

  @npo.route.pricing @npo.2 @console-roles.pricing-analyst.allows
  Scenario: A Pricing Analyst works a Harvard-only FMS order from the IPS Pricing Queue to Completed
    The article sends an order of nothing but Harvard products for an FMS site straight to the
    Pricing Analyst team, who work it with the same numbered steps as the CSR team.

    Given a buyer has placed an order for a Harvard product shipped to an FMS site
    And the integration has run
    And I am logged in to the console as the Pricing Analyst
    # Steps 1 and 2: refresh, take the order from the team's queue, assign it first.
    When I refresh the Pricing Analyst Dashboard
    And I open the order from the IPS Pricing Queue
    And I assign the order to myself
    Then my dashboard lists it in My Open Orders and no longer in the IPS Pricing Queue
    # Step 2 again, the next day: the job is found in My Open Orders.
    When I find the order in My Open Orders and open it by its link
    Then the order is in the "Order Accepted" stage
    When I edit the order name and enter the ASTEA job number "A-77002"
    And I add the order comment "Vendor confirmed: Harvard." confirming the vendor
    And I open the order's lines
    And I open the line "HVD-3101" by its product number
    And I enter "A-77002" as the line's Order Number and save
    And the warehouse says the order is ready to ship
    And I open the order from the ready-to-ship email
    Then Shipping and Billing Information shows the customer paid by PO and needs no payment capture
    When I enter the tracking number "1Z999AA10123456785"
    And I move the status to "Activated" and mark it as current
    And the integration runs
    Then the Pricing Analyst sees the console order as:
      | field              | value                                                                         |
      | Title              | {company} - store order {order} · ASTEA A-77002                               |
      | Activated          | Activated by {Pricing Analyst} on {today}                                     |
      | Assignment         | Assigned to you.                                                              |
      | Order Number       | {salesforce number}                                                           |
      | Store Order Number | {order}                                                                       |
      | ASTEA Job Number   | A-77002                                                                       |
      | Status             | Activated                                                                     |
      | Account Name       | {company}                                                                     |
      | Customer           | {buyer}                                                                       |
      | Queue              | IPS Pricing Queue                                                             |
      | Owner              | {Pricing Analyst}                                                             |
      | Order Amount       | $560.00                                                                       |
      | Other Comments     | UPS account {ups account}                                                     |
      | Order Comments 1   | {Pricing Analyst} · {today} · confirms the vendor, Vendor confirmed: Harvard. |
      | Ship-to Site       | {site} (FMS site)                                                             |
      | Shipping Address   | {site address}                                                                |
      | Billing Address    | {billing address}                                                             |
      | Payment            | PO PO-SEEDED (PO: no payment capture needed)                                  |
      | Ready to Ship      | {today}                                                                       |
      | Payment Captured   | Not needed                                                                    |
      | Tracking Number    | 1Z999AA10123456785                                                            |
      | Order Products 1   | HVD-3101 · Harvard Pneumatic Gripper HG-200 · Harvard · 1 · $560.00 · A-77002 |
    And the Pricing Analyst's dashboard reads:
      | field               | value                     |
      | Title               | Pricing Analyst Dashboard |
      | My Open Orders 1    |                           |
      | IPS Pricing Queue 1 |                           |
    And the Pricing Analyst's Open Orders report reads:
      | field | value              |
      | Title | Open Orders report |
    And the buyer sees the store order as:
      | field            | value                                                             |
      | Title            | Order {order}                                                     |
      | Status           | Completed                                                         |
      | ATS order        | {salesforce number}                                               |
      | Tracking number  | 1Z999AA10123456785                                                |
      | Order Comments 1 | {Pricing Analyst} · {today}, Vendor confirmed: Harvard.           |
      | Customer         | {buyer}                                                           |
      | Company          | {company}                                                         |
      | Placed           | {today}                                                           |
      | Ship to          | {site} (FMS site), {site address}                                 |
      | Bill to          | {billing address}                                                 |
      | Other Comments   | UPS account {ups account}                                         |
      | Payment          | PO PO-SEEDED                                                      |
      | Order lines 1    | Harvard Pneumatic Gripper HG-200 HVD-3101 · 1 · $560.00 · $560.00 |
      | Total            | $560.00                                                           |
