@console @store @integration
Feature: What every party sees of a NEW-product order of two lines
  The store and the console each show the whole order to the people who may see it: the buyer
  (the order page and the order list), the CSR (the dashboard and the order), the warehouse and
  the mailbox. Each check below reads everything the page shows, not one field; a field the
  table does not name must be empty. The order has two lines of different kinds, the buyer has
  another order that nothing here may change, and what the buyer chooses at checkout (the site,
  Other Comments, the PO number) is followed to the console.

  @npo.1 @npo.route.non-fms @npo.route.mixed
  Scenario: A buyer's order of two lines arrives whole in the store and in the console
    Given I am signed in as a buyer at a company with Terms
    And the buyer has placed another order for a Partsco part
    And I have a Legacy build and a Harvard product in my cart
    When I change the quantity of "Servo Drive Controller SD-400" to 2
    And I proceed to checkout
    Then the checkout's order summary reads:
      | field  | value                                         |
      | Line 1 | 2 × Servo Drive Controller SD-400: $3,690.00  |
      | Line 2 | 1 × Harvard Pneumatic Gripper HG-200: $560.00 |
      | Total  | $4,250.00                                     |
    When I ship to the company's non-FMS site
    And I continue to billing
    And I continue to payment
    Then the payment step reads:
      | field   | value                                                                              |
      | Ship to | {site address}, Ship on Company Account, Other Comments: UPS account {ups account} |
      | Bill to | {billing address}                                                                  |
      | Line 1  | 2 × Servo Drive Controller SD-400: $3,690.00                                       |
      | Line 2  | 1 × Harvard Pneumatic Gripper HG-200: $560.00                                      |
      | Total   | $4,250.00                                                                          |
    When I enter the PO number "PO-5521.b"
    And I agree to the Terms and Conditions
    And I place the order
    Then I see a confirmation with the new store order number
    And the buyer's order list reads:
      | field    | value                                                           |
      | Title    | My Orders                                                       |
      | Orders 1 | {order} · {today} · {company} · Awaiting Payment · $4,250.00    |
      | Orders 2 | {other order} · {today} · {company} · Awaiting Payment · $89.50 |
    When the integration runs
    Then the buyer sees the store order as:
      | field          | value                                                                 |
      | Title          | Order {order}                                                         |
      | Status         | In Process                                                            |
      | ATS order      | {salesforce number}                                                   |
      | Customer       | {buyer}                                                               |
      | Company        | {company}                                                             |
      | Placed         | {today}                                                               |
      | Ship to        | {site} (non-FMS site), {site address}                                 |
      | Bill to        | {billing address}                                                     |
      | Other Comments | UPS account {ups account}                                             |
      | Payment        | PO PO-5521.b                                                          |
      | Order lines 1  | Servo Drive Controller SD-400 ATS-LB-1001 · 2 · $1,845.00 · $3,690.00 |
      | Order lines 2  | Harvard Pneumatic Gripper HG-200 HVD-3101 · 1 · $560.00 · $560.00     |
      | Total          | $4,250.00                                                             |
    And the buyer's order list reads:
      | field    | value                                                     |
      | Title    | My Orders                                                 |
      | Orders 1 | {order} · {today} · {company} · In Process · $4,250.00    |
      | Orders 2 | {other order} · {today} · {company} · In Process · $89.50 |
    And the CSR sees the console order as:
      | field              | value                                                                                   |
      | Title              | {company} - store order {order}                                                         |
      | Assignment         | This order is in the Open Order Queue. It is read-only until you assign it to yourself. |
      | Order Number       | {salesforce number}                                                                     |
      | Store Order Number | {order}                                                                                 |
      | ASTEA Job Number   | None yet                                                                                |
      | Status             | Order Accepted                                                                          |
      | Account Name       | {company}                                                                               |
      | Customer           | {buyer}                                                                                 |
      | Queue              | Open Order Queue                                                                        |
      | Owner              | Unassigned (in the queue)                                                               |
      | Order Amount       | $4,250.00                                                                               |
      | Other Comments     | UPS account {ups account}                                                               |
      | Ship-to Site       | {site}                                                                                  |
      | Shipping Address   | {site address}                                                                          |
      | Billing Address    | {billing address}                                                                       |
      | Payment            | PO PO-5521.b (PO: no payment capture needed)                                            |
      | Ready to Ship      | Not yet                                                                                 |
      | Payment Captured   | Not needed                                                                              |
      | Tracking Number    | None                                                                                    |
      | Order Products 1   | ATS-LB-1001 · Servo Drive Controller SD-400 · ATS · 2 · $1,845.00 · —                   |
      | Order Products 2   | HVD-3101 · Harvard Pneumatic Gripper HG-200 · Harvard · 1 · $560.00 · —                 |
    And the CSR's dashboard reads:
      | field              | value                                                                                                          |
      | Title              | CSR Home Page Dashboard                                                                                        |
      | Open Order Queue 1 | {other salesforce number} · {other order} · {company} · {first site} (FMS) · Order Accepted · $89.50 · {today} |
      | Open Order Queue 2 | {salesforce number} · {order} · {company} · {site} · Order Accepted · $4,250.00 · {today}                      |

  @npo.2 @npo.4 @npo.5 @npo.7 @npo.11 @npo.hold.po @npo.12 @npo.16 @npo.17 @assumption @ready-to-ship-email.assignee.refuses @comments-append-only.remove.allows @comments-append-only.change.allows @comments-to-store.sync.allows
  Scenario: A CSR works an order of two lines to Completed, and every party sees each change
    Decisions 5, 6, 8 and 9: comments are kept in order, a changed total is authorized again,
    the warehouse's notice reaches the CSR, and activation completes the order in the store.

    Given a buyer has placed an order for a Harvard product and a Legacy build shipped to a non-FMS site
    And the buyer has placed another order for a Partsco part
    And the integration has run
    And I am logged in to the console as a CSR working that order
    Then the CSR's dashboard reads:
      | field              | value                                                                                              |
      | Title              | CSR Home Page Dashboard                                                                            |
      | My Open Orders 1   | {salesforce number} · {order} · {company} · {site} · Order Accepted · $2,405.00 · {today}          |
      | Open Order Queue 1 | {other salesforce number} · {other order} · {company} · {site} · Order Accepted · $89.50 · {today} |
    When I open the order by its number
    And I edit the order name and enter the ASTEA job number "A-88001"
    And I add the order comment "Harvard confirms the gripper ships Friday." confirming the vendor
    And I add the order comment "Customer asked for a single delivery."
    And I open the order's lines
    And I open the line "HVD-3101" by its product number
    And I enter "A-88001" as the line's Order Number and save
    And I open the line "ATS-LB-1001" by its product number
    And I enter "A-88002" as the line's Order Number and save
    And I change the quantity of line "ATS-LB-1001" to 3
    And the integration runs
    Then the email "Price change on order {order}" to the buyer reads:
      | field  | value                                                                                                                                     |
      | Title  | Price change on order {order}                                                                                                             |
      | From   | orders@ats.example                                                                                                                        |
      | To     | {buyer email}                                                                                                                             |
      | Sent   | {today}                                                                                                                                   |
      | Line 1 | The amount of your order {order} has changed to $6,095.00. Please authorize the new amount by confirming your PO Number/Reference Number. |
      | Link 1 | Authorize the new amount → Authorize the new amount                                                                                       |
    And the CSR's dashboard reads:
      | field              | value                                                                                              |
      | Title              | CSR Home Page Dashboard                                                                            |
      | My Open Orders 1   | {salesforce number} · {order} · {company} · {site} · Order Hold · $6,095.00 · {today}              |
      | Open Order Queue 1 | {other salesforce number} · {other order} · {company} · {site} · Order Accepted · $89.50 · {today} |
    And the Warehouse's dashboard reads:
      | field            | value                                                                                                  |
      | Title            | Orders to ship                                                                                         |
      | Orders to ship 1 | {salesforce number} · {order} · {company} · {site} · Order Hold · {CSR} · —                            |
      | Orders to ship 2 | {other salesforce number} · {other order} · {company} · {site} · Order Accepted · Open Order Queue · — |
    When the buyer follows the link in that email and confirms the PO number "PO-88001"
    And the integration runs
    Then the Warehouse's dashboard reads:
      | field            | value                                                                                                  |
      | Title            | Orders to ship                                                                                         |
      | Orders to ship 1 | {salesforce number} · {order} · {company} · {site} · Order Accepted · {CSR} · —                        |
      | Orders to ship 2 | {other salesforce number} · {other order} · {company} · {site} · Order Accepted · Open Order Queue · — |
    When the warehouse says the order is ready to ship
    Then the Warehouse's dashboard reads:
      | field            | value                                                                                                  |
      | Title            | Orders to ship                                                                                         |
      | Orders to ship 1 | {other salesforce number} · {other order} · {company} · {site} · Order Accepted · Open Order Queue · — |
    Then the email "Order {salesforce number} is ready to ship" to the CSR reads:
      | field  | value                                                                                                   |
      | Title  | Order {salesforce number} is ready to ship                                                              |
      | From   | orders@ats.example                                                                                      |
      | To     | {CSR email}                                                                                             |
      | Sent   | {today}                                                                                                 |
      | Line 1 | The warehouse reports that order {salesforce number} ({company}, store order {order}) is ready to ship. |
      | Link 1 | Open order {salesforce number} → {company} - store order {order} · ASTEA A-88001                        |
    And another CSR is not emailed that the order is ready to ship
    When I open the order from the ready-to-ship email
    Then the CSR sees the console order as:
      | field              | value                                                                             |
      | Title              | {company} - store order {order} · ASTEA A-88001                                   |
      | Assignment         | Assigned to you.                                                                  |
      | Order Number       | {salesforce number}                                                               |
      | Store Order Number | {order}                                                                           |
      | ASTEA Job Number   | A-88001                                                                           |
      | Status             | Order Accepted                                                                    |
      | Account Name       | {company}                                                                         |
      | Customer           | {buyer}                                                                           |
      | Queue              | Open Order Queue                                                                  |
      | Owner              | {CSR}                                                                             |
      | Order Amount       | $6,095.00                                                                         |
      | Other Comments     | UPS account {ups account}                                                         |
      | Order Comments 1   | {CSR} · {today} · confirms the vendor, Harvard confirms the gripper ships Friday. |
      | Order Comments 2   | {CSR} · {today}, Customer asked for a single delivery.                            |
      | Ship-to Site       | {site}                                                                            |
      | Shipping Address   | {site address}                                                                    |
      | Billing Address    | {billing address}                                                                 |
      | Payment            | PO PO-88001 (PO: no payment capture needed)                                       |
      | Ready to Ship      | {today}                                                                           |
      | Payment Captured   | Not needed                                                                        |
      | Tracking Number    | None                                                                              |
      | Order Products 1   | HVD-3101 · Harvard Pneumatic Gripper HG-200 · Harvard · 1 · $560.00 · A-88001     |
      | Order Products 2   | ATS-LB-1001 · Servo Drive Controller SD-400 · ATS · 3 · $1,845.00 · A-88002       |
    When 2 hours pass
    And I enter the tracking number "1Z999AA10188001"
    And I move the status to "Activated" and mark it as current
    And the integration runs
    Then the CSR sees the console order as:
      | field              | value                                                                             |
      | Title              | {company} - store order {order} · ASTEA A-88001                                   |
      | Activated          | Activated by {CSR} on {now}                                                       |
      | Assignment         | Assigned to you.                                                                  |
      | Order Number       | {salesforce number}                                                               |
      | Store Order Number | {order}                                                                           |
      | ASTEA Job Number   | A-88001                                                                           |
      | Status             | Activated                                                                         |
      | Account Name       | {company}                                                                         |
      | Customer           | {buyer}                                                                           |
      | Queue              | Open Order Queue                                                                  |
      | Owner              | {CSR}                                                                             |
      | Order Amount       | $6,095.00                                                                         |
      | Other Comments     | UPS account {ups account}                                                         |
      | Order Comments 1   | {CSR} · {today} · confirms the vendor, Harvard confirms the gripper ships Friday. |
      | Order Comments 2   | {CSR} · {today}, Customer asked for a single delivery.                            |
      | Ship-to Site       | {site}                                                                            |
      | Shipping Address   | {site address}                                                                    |
      | Billing Address    | {billing address}                                                                 |
      | Payment            | PO PO-88001 (PO: no payment capture needed)                                       |
      | Ready to Ship      | {today}                                                                           |
      | Payment Captured   | Not needed                                                                        |
      | Tracking Number    | 1Z999AA10188001                                                                   |
      | Order Products 1   | HVD-3101 · Harvard Pneumatic Gripper HG-200 · Harvard · 1 · $560.00 · A-88001     |
      | Order Products 2   | ATS-LB-1001 · Servo Drive Controller SD-400 · ATS · 3 · $1,845.00 · A-88002       |
    And the buyer sees the store order as:
      | field            | value                                                                 |
      | Title            | Order {order}                                                         |
      | Status           | Completed                                                             |
      | ATS order        | {salesforce number}                                                   |
      | Tracking number  | 1Z999AA10188001                                                       |
      | Order Comments 1 | {CSR} · {today}, Harvard confirms the gripper ships Friday.           |
      | Order Comments 2 | {CSR} · {today}, Customer asked for a single delivery.                |
      | Customer         | {buyer}                                                               |
      | Company          | {company}                                                             |
      | Placed           | {today}                                                               |
      | Ship to          | {site} (non-FMS site), {site address}                                 |
      | Bill to          | {billing address}                                                     |
      | Other Comments   | UPS account {ups account}                                             |
      | Payment          | PO PO-88001                                                           |
      | Order lines 1    | Harvard Pneumatic Gripper HG-200 HVD-3101 · 1 · $560.00 · $560.00     |
      | Order lines 2    | Servo Drive Controller SD-400 ATS-LB-1001 · 3 · $1,845.00 · $5,535.00 |
      | Total            | $6,095.00                                                             |
    And the buyer's order list reads:
      | field    | value                                                     |
      | Title    | My Orders                                                 |
      | Orders 1 | {other order} · {today} · {company} · In Process · $89.50 |
      | Orders 2 | {order} · {today} · {company} · Completed · $6,095.00     |
    And the CSR's dashboard reads:
      | field              | value                                                                                              |
      | Title              | CSR Home Page Dashboard                                                                            |
      | Open Order Queue 1 | {other salesforce number} · {other order} · {company} · {site} · Order Accepted · $89.50 · {today} |
    And the mailbox of the buyer reads:
      | field      | value                                                   |
      | Title      | Mail for {buyer email}                                  |
      | Messages 1 | {today} · {buyer email} · Price change on order {order} |

  @npo.hold.card @assumption
  Scenario: A card payer's order changed twice is paid once, at the newest amount, and every party sees it
    Decision 6: any change to the total opens a second cart for the new amount; the customer
    pays it and the order returns to Order Accepted.

    Given a buyer paying by card has placed an order for a Legacy build and a Partsco part shipped to an FMS site
    And the buyer has placed another order for a Partsco part
    And the integration has run
    And I am logged in to the console as a CSR working that order
    When I change the quantity of line "ATS-LB-1001" to 2
    And I delete the line "PCO-2201"
    And the integration runs
    Then the mailbox of the buyer reads:
      | field      | value                                                                |
      | Title      | Mail for {buyer email}                                               |
      | Messages 1 | {today} · {buyer email} · Authorize the new amount for order {order} |
      | Messages 2 | {today} · {buyer email} · Authorize the new amount for order {order} |
    And the email "Authorize the new amount for order {order}" to the buyer reads:
      | field  | value                                                                                                     |
      | Title  | Authorize the new amount for order {order}                                                                |
      | From   | orders@ats.example                                                                                        |
      | To     | {buyer email}                                                                                             |
      | Sent   | {today}                                                                                                   |
      | Line 1 | The amount of your order {order} has changed to $3,690.00. Please pay the new amount in your second cart. |
      | Link 1 | Go to your second cart → Your second cart                                                                 |
    When the buyer follows the link in that email
    Then the page of the new amount the buyer is on reads:
      | field      | value                                    |
      | Title      | Your second cart                         |
      | Order      | Order {order} for {company} has changed. |
      | New amount | New amount: $3,690.00, (was $1,934.50).  |
    When the buyer pays the second cart with the test card "5555 5555 5555 4444"
    And the integration runs
    Then the CSR sees the console order as:
      | field              | value                                                                 |
      | Title              | {company} - store order {order}                                       |
      | Assignment         | Assigned to you.                                                      |
      | Order Number       | {salesforce number}                                                   |
      | Store Order Number | {order}                                                               |
      | ASTEA Job Number   | None yet                                                              |
      | Status             | Order Accepted                                                        |
      | Account Name       | {company}                                                             |
      | Customer           | {buyer}                                                               |
      | Queue              | Open Order Queue                                                      |
      | Owner              | {CSR}                                                                 |
      | Order Amount       | $3,690.00                                                             |
      | Other Comments     | UPS account {ups account}                                             |
      | Ship-to Site       | {site} (FMS site)                                                     |
      | Shipping Address   | {site address}                                                        |
      | Billing Address    | {billing address}                                                     |
      | Payment            | Mastercard ending 4444                                                |
      | Ready to Ship      | Not yet                                                               |
      | Payment Captured   | No                                                                    |
      | Tracking Number    | None                                                                  |
      | Order Products 1   | ATS-LB-1001 · Servo Drive Controller SD-400 · ATS · 2 · $1,845.00 · — |
    And the buyer sees the store order as:
      | field          | value                                                                 |
      | Title          | Order {order}                                                         |
      | Status         | In Process                                                            |
      | ATS order      | {salesforce number}                                                   |
      | Customer       | {buyer}                                                               |
      | Company        | {company}                                                             |
      | Placed         | {today}                                                               |
      | Ship to        | {site} (FMS site), {site address}                                     |
      | Bill to        | {billing address}                                                     |
      | Other Comments | UPS account {ups account}                                             |
      | Payment        | Mastercard ending 4444                                                |
      | Order lines 1  | Servo Drive Controller SD-400 ATS-LB-1001 · 2 · $1,845.00 · $3,690.00 |
      | Total          | $3,690.00                                                             |
    And the buyer's order list reads:
      | field    | value                                                     |
      | Title    | My Orders                                                 |
      | Orders 1 | {other order} · {today} · {company} · In Process · $89.50 |
      | Orders 2 | {order} · {today} · {company} · In Process · $3,690.00    |

  @npo.route.non-fms @npo.route.pricing @assumption
  Scenario Outline: What the buyer chooses at checkout decides the queue: Harvard products shipped to <site>
    Decision 1: only an order of Harvard products for an FMS site goes to the IPS Pricing
    Queue; the site is the one the buyer chose at checkout, with the address as corrected.

    Given I am signed in as a buyer at a company with Terms
    And I have a Harvard product in my cart
    When I proceed to checkout
    And I ship to <site>
    And I correct the shipping street address to "Bay 7, 40 Foundry Lane"
    And I continue to billing
    And I continue to payment
    And I enter the PO number "PO-6610"
    And I agree to the Terms and Conditions
    And I place the order
    Then I see a confirmation with the new store order number
    When the integration runs
    Then the CSR's dashboard reads:
      | field           | value                   |
      | Title           | CSR Home Page Dashboard |
      | <csr queue row> | <csr queue value>       |
    And the Pricing Analyst's dashboard reads:
      | field               | value                     |
      | Title               | Pricing Analyst Dashboard |
      | <pricing queue row> | <pricing queue value>     |
    And the <worker> sees the console order as:
      | field              | value                                                                          |
      | Title              | {company} - store order {order}                                                |
      | Assignment         | This order is in the <queue>. It is read-only until you assign it to yourself. |
      | Order Number       | {salesforce number}                                                            |
      | Store Order Number | {order}                                                                        |
      | ASTEA Job Number   | None yet                                                                       |
      | Status             | Order Accepted                                                                 |
      | Account Name       | {company}                                                                      |
      | Customer           | {buyer}                                                                        |
      | Queue              | <queue>                                                                        |
      | Owner              | Unassigned (in the queue)                                                      |
      | Order Amount       | $560.00                                                                        |
      | Other Comments     | UPS account {ups account}                                                      |
      | Ship-to Site       | {site} <site mark>                                                             |
      | Shipping Address   | {site attention}, Bay 7, 40 Foundry Lane, {site city}                          |
      | Billing Address    | {billing address}                                                              |
      | Payment            | PO PO-6610 (PO: no payment capture needed)                                     |
      | Ready to Ship      | Not yet                                                                        |
      | Payment Captured   | Not needed                                                                     |
      | Tracking Number    | None                                                                           |
      | Order Products 1   | HVD-3101 · Harvard Pneumatic Gripper HG-200 · Harvard · 1 · $560.00 · —        |
    And the Warehouse's dashboard reads:
      | field            | value                                                                                         |
      | Title            | Orders to ship                                                                                |
      | Orders to ship 1 | {salesforce number} · {order} · {company} · {site} <list mark> · Order Accepted · <queue> · — |
    When the <worker> assigns the order to themself
    Then the <worker> sees the console order as:
      | field              | value                                                                   |
      | Title              | {company} - store order {order}                                         |
      | Assignment         | Assigned to you.                                                        |
      | Order Number       | {salesforce number}                                                     |
      | Store Order Number | {order}                                                                 |
      | ASTEA Job Number   | None yet                                                                |
      | Status             | Order Accepted                                                          |
      | Account Name       | {company}                                                               |
      | Customer           | {buyer}                                                                 |
      | Queue              | <queue>                                                                 |
      | Owner              | {<worker>}                                                              |
      | Order Amount       | $560.00                                                                 |
      | Other Comments     | UPS account {ups account}                                               |
      | Ship-to Site       | {site} <site mark>                                                      |
      | Shipping Address   | {site attention}, Bay 7, 40 Foundry Lane, {site city}                   |
      | Billing Address    | {billing address}                                                       |
      | Payment            | PO PO-6610 (PO: no payment capture needed)                              |
      | Ready to Ship      | Not yet                                                                 |
      | Payment Captured   | Not needed                                                              |
      | Tracking Number    | None                                                                    |
      | Order Products 1   | HVD-3101 · Harvard Pneumatic Gripper HG-200 · Harvard · 1 · $560.00 · — |

    @console-roles.csr.allows
    Examples: Shipped to the non-FMS site, worked by a CSR
      | site                       | worker | queue            | site mark | csr queue row      | csr queue value                                                                         | pricing queue row   | pricing queue value | list mark |
      | the company's non-FMS site | CSR    | Open Order Queue |           | Open Order Queue 1 | {salesforce number} · {order} · {company} · {site} · Order Accepted · $560.00 · {today} | IPS Pricing Queue 1 |                     |           |

    @console-roles.pricing-analyst.allows
    Examples: Shipped to the FMS site, worked by the Pricing Analyst
      | site                   | worker          | queue             | site mark  | csr queue row      | csr queue value | pricing queue row   | pricing queue value                                                                           | list mark |
      | the company's FMS site | Pricing Analyst | IPS Pricing Queue | (FMS site) | Open Order Queue 1 |                 | IPS Pricing Queue 1 | {salesforce number} · {order} · {company} · {site} (FMS) · Order Accepted · $560.00 · {today} | (FMS)     |

  @npo.hold.po @assumption
  Scenario: Two orders of one buyer on hold at once: each link authorizes its own order only
    Decision 6: the link is bound to its order and amount; a newer request replaces an older
    one of the same order only.

    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
    And the buyer has placed another order for a Legacy build
    And the integration has run
    And I am logged in to the console as a CSR working that order
    When I change the quantity of line "ATS-LB-1001" to 2
    And I open the other order by its number
    And I assign the order to myself
    And I type "1900.5" as the unit price of line "ATS-LB-1001"
    And the integration runs
    And the buyer follows the link in that email and confirms the PO number "PO-SEEDED"
    And the integration runs
    Then the CSR sees the console order as:
      | field              | value                                                                 |
      | Title              | {company} - store order {order}                                       |
      | Assignment         | Assigned to you.                                                      |
      | Order Number       | {salesforce number}                                                   |
      | Store Order Number | {order}                                                               |
      | ASTEA Job Number   | None yet                                                              |
      | Status             | Order Accepted                                                        |
      | Account Name       | {company}                                                             |
      | Customer           | {buyer}                                                               |
      | Queue              | Open Order Queue                                                      |
      | Owner              | {CSR}                                                                 |
      | Order Amount       | $3,690.00                                                             |
      | Other Comments     | UPS account {ups account}                                             |
      | Ship-to Site       | {site}                                                                |
      | Shipping Address   | {site address}                                                        |
      | Billing Address    | {billing address}                                                     |
      | Payment            | PO PO-SEEDED (PO: no payment capture needed)                          |
      | Ready to Ship      | Not yet                                                               |
      | Payment Captured   | Not needed                                                            |
      | Tracking Number    | None                                                                  |
      | Order Products 1   | ATS-LB-1001 · Servo Drive Controller SD-400 · ATS · 2 · $1,845.00 · — |
    And the CSR sees the other console order as:
      | field              | value                                                                 |
      | Title              | {company} - store order {other order}                                 |
      | Assignment         | Assigned to you.                                                      |
      | Order Number       | {other salesforce number}                                             |
      | Store Order Number | {other order}                                                         |
      | ASTEA Job Number   | None yet                                                              |
      | Status             | Order Hold                                                            |
      | Account Name       | {company}                                                             |
      | Customer           | {buyer}                                                               |
      | Queue              | Open Order Queue                                                      |
      | Owner              | {CSR}                                                                 |
      | Order Amount       | $1,900.50                                                             |
      | Other Comments     | UPS account {ups account}                                             |
      | Ship-to Site       | {site}                                                                |
      | Shipping Address   | {site address}                                                        |
      | Billing Address    | {billing address}                                                     |
      | Payment            | PO PO-SEEDED (PO: no payment capture needed)                          |
      | Ready to Ship      | Not yet                                                               |
      | Payment Captured   | Not needed                                                            |
      | Tracking Number    | None                                                                  |
      | Order Products 1   | ATS-LB-1001 · Servo Drive Controller SD-400 · ATS · 1 · $1,900.50 · — |
    And the buyer's order list reads:
      | field    | value                                                        |
      | Title    | My Orders                                                    |
      | Orders 1 | {other order} · {today} · {company} · In Process · $1,845.00 |
      | Orders 2 | {order} · {today} · {company} · In Process · $3,690.00       |
    When the buyer follows the link in the other order's email and confirms the PO number "PO-SEEDED"
    And the integration runs
    Then the other order is back in "Order Accepted" with the amount "$1,900.50"
    And the buyer sees the other store order as:
      | field          | value                                                                 |
      | Title          | Order {other order}                                                   |
      | Status         | In Process                                                            |
      | ATS order      | {other salesforce number}                                             |
      | Customer       | {buyer}                                                               |
      | Company        | {company}                                                             |
      | Placed         | {today}                                                               |
      | Ship to        | {site} (non-FMS site), {site address}                                 |
      | Bill to        | {billing address}                                                     |
      | Other Comments | UPS account {ups account}                                             |
      | Payment        | PO PO-SEEDED                                                          |
      | Order lines 1  | Servo Drive Controller SD-400 ATS-LB-1001 · 1 · $1,900.50 · $1,900.50 |
      | Total          | $1,900.50                                                             |

  @npo.5 @npo.13 @npo.16 @npo.17 @assumption
  Scenario: A PayPal payer's Partsco order is captured, confirmed with the vendor and completed
    Decisions 5, 7 and 9: a Partsco line needs the vendor confirmed in a comment, a PayPal
    payment is captured before activation, and activation completes the order in the store.

    Given a buyer paying by PayPal has placed an order for a Partsco part and a Legacy build shipped to an FMS site
    And the integration has run
    And I am logged in to the console as a CSR working that order
    And the order and its lines carry the ASTEA job number "A-77310"
    And the warehouse has said the order is ready to ship
    When I add the order comment "Partsco confirms the proximity sensor ships today." confirming the vendor
    And I tick Payment Captured and save
    And I move the status to "Activated" and mark it as current
    And the integration runs
    Then the CSR sees the console order as:
      | field              | value                                                                                     |
      | Title              | {company} - store order {order} · ASTEA A-77310                                           |
      | Activated          | Activated by {CSR} on {today}                                                             |
      | Assignment         | Assigned to you.                                                                          |
      | Order Number       | {salesforce number}                                                                       |
      | Store Order Number | {order}                                                                                   |
      | ASTEA Job Number   | A-77310                                                                                   |
      | Status             | Activated                                                                                 |
      | Account Name       | {company}                                                                                 |
      | Customer           | {buyer}                                                                                   |
      | Queue              | Open Order Queue                                                                          |
      | Owner              | {CSR}                                                                                     |
      | Order Amount       | $1,934.50                                                                                 |
      | Other Comments     | UPS account {ups account}                                                                 |
      | Order Comments 1   | {CSR} · {today} · confirms the vendor, Partsco confirms the proximity sensor ships today. |
      | Ship-to Site       | {site} (FMS site)                                                                         |
      | Shipping Address   | {site address}                                                                            |
      | Billing Address    | {billing address}                                                                         |
      | Payment            | PayPal {buyer email}                                                                      |
      | Ready to Ship      | {today}                                                                                   |
      | Payment Captured   | Yes                                                                                       |
      | Tracking Number    | None                                                                                      |
      | Order Products 1   | PCO-2201 · Partsco Proximity Sensor PX-18 · Partsco · 1 · $89.50 · A-77310                |
      | Order Products 2   | ATS-LB-1001 · Servo Drive Controller SD-400 · ATS · 1 · $1,845.00 · A-77310               |
    And the buyer sees the store order as:
      | field            | value                                                                 |
      | Title            | Order {order}                                                         |
      | Status           | Completed                                                             |
      | ATS order        | {salesforce number}                                                   |
      | Order Comments 1 | {CSR} · {today}, Partsco confirms the proximity sensor ships today.   |
      | Customer         | {buyer}                                                               |
      | Company          | {company}                                                             |
      | Placed           | {today}                                                               |
      | Ship to          | {site} (FMS site), {site address}                                     |
      | Bill to          | {billing address}                                                     |
      | Other Comments   | UPS account {ups account}                                             |
      | Payment          | PayPal {buyer email}                                                  |
      | Order lines 1    | Partsco Proximity Sensor PX-18 PCO-2201 · 1 · $89.50 · $89.50         |
      | Order lines 2    | Servo Drive Controller SD-400 ATS-LB-1001 · 1 · $1,845.00 · $1,845.00 |
      | Total            | $1,934.50                                                             |

  @npo.2 @assumption
  Scenario: Two CSRs open the same queue order; the second to assign it is told who has it
    Decision 3: "Assign to me" is atomic: exactly one CSR wins, the other is told who has the
    order, and only the assignee can change it.

    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
    And the integration has run
    And I am logged in to the console as a CSR
    When I open the order by its number
    And another CSR assigns the order to themself
    And I assign the order to myself
    Then my Assign to me is refused, naming the other CSR
    And the order says that the other CSR has it
    And the CSR sees the console order as:
      | field              | value                                                                 |
      | Title              | {company} - store order {order}                                       |
      | Assignment         | Assigned to {other CSR}. Read-only: only they can change it.          |
      | Order Number       | {salesforce number}                                                   |
      | Store Order Number | {order}                                                               |
      | ASTEA Job Number   | None yet                                                              |
      | Status             | Order Accepted                                                        |
      | Account Name       | {company}                                                             |
      | Customer           | {buyer}                                                               |
      | Queue              | Open Order Queue                                                      |
      | Owner              | {other CSR}                                                           |
      | Order Amount       | $1,845.00                                                             |
      | Other Comments     | UPS account {ups account}                                             |
      | Ship-to Site       | {site}                                                                |
      | Shipping Address   | {site address}                                                        |
      | Billing Address    | {billing address}                                                     |
      | Payment            | PO PO-SEEDED (PO: no payment capture needed)                          |
      | Ready to Ship      | Not yet                                                               |
      | Payment Captured   | Not needed                                                            |
      | Tracking Number    | None                                                                  |
      | Order Products 1   | ATS-LB-1001 · Servo Drive Controller SD-400 · ATS · 1 · $1,845.00 · — |
    And the CSR's dashboard reads:
      | field | value                   |
      | Title | CSR Home Page Dashboard |
