@store
Feature: Placing a repair order for a company
  Place Order ends checkout with a confirmation carrying the store order number. The order
  belongs to the company it was placed for and shows the rep as its customer; the company
  sees it among its orders and the rep among theirs. A repair order does not become a
  Salesforce order straight away: the integration carries it to Salesforce as a quote,
  which the CSR team works before any order exists.

  Background:
    Given I am signed in as a rep masquerading as a company with Terms and a UPS account on file
    And the rep has another repair order with the CSR team that nothing here may change
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"

  @qrg86.13 @assumption @customer-is-rep.order-lists.allows @masquerade-one-company.orders.allows
  Scenario: The order is listed among the company's orders and among the rep's
    Decision 10: an order placed while masquerading appears in the company's order list.

    When I check out to the company's first site paying with PO number "PO-88310"
    Then the company's order list includes the order
    And my own order list includes the order, with the company's name
    And the rep's other order is as it was, in the store and in Salesforce

  @assumption @masquerade-one-company.orders.refuses @customer-is-rep.order-lists.refuses
  Scenario: The order is not listed among the orders of the next company the rep acts for
    Decision 10: an order belongs to the company it was placed for, not to the rep's next one.

    When I check out to the company's first site paying with PO number "PO-88312"
    Then I see a confirmation with the new store order number
    When I log in as another of my companies
    Then the company's order list does not include the order
    And the rep's other order is as it was, in the store and in Salesforce

  @assumption @audit-log.order.allows
  Scenario: An order placed while masquerading is written to the audit log
    Decision 10 logs a refused request; that every masquerade started and every order placed
    while masquerading is logged too is invented, so that an administrator can tell who acted
    as which company.

    When I check out to the company's first site paying with PO number "PO-88310"
    Then I see a confirmation with the new store order number
    And the audit log, newest first, reads
      | company   | what                            | details                                |
      | {company} | Order placed while masquerading | Store order {order}, $480.00           |
      | {company} | Order placed while masquerading | Store order {bystander order}, $480.00 |
      | {company} | Masquerade started              |                                        |
    And the rep's other order is as it was, in the store and in Salesforce

  @assumption @stage.priced-repair.refuses @store-status.priced-repair.allows @numbers.quote.allows @quote-status.priced.allows
  Scenario: A priced repair order waits for the customer's approval and reaches Salesforce as a quote
    Decisions 2 and 12: an order with a repair line becomes a quote; a priced one starts in
    Quote Hold, and the store order waits for the customer's approval.

    When I check out to the company's first site paying with PO number "PO-88310"
    Then my orders list it as "Awaiting Customer Approval"
    When the integration runs
    Then Salesforce holds it as a quote in "Quote Hold" for the company, with me as the customer
    And in the store, the order shows its Salesforce quote number
    And the rep's other order is as it was, in the store and in Salesforce

  @assumption @stage.non-priced-repair.refuses @store-status.non-priced-repair.allows
  Scenario: A non-priced repair order waits for evaluation and reaches Salesforce in Evaluation Pending
    Decision 12: a zero-dollar repair waits for the technician's evaluation.

    Given I have a repair of "Repair (evaluation): Hydraulic Valve Block HV-7" in my cart described as "Valve 3 leaks internally under load"
    When I check out to the company's first site paying with PO number "PO-88311"
    Then my orders list it as "Awaiting Evaluation"
    When the integration runs
    Then Salesforce holds it as a quote in "Evaluation Pending" for the company, with me as the customer
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.8 @qrg86.9 @qrg86.10 @qrg86.13 @qrg86.23 @qrg86.24 @qrg86.after.rma @assumption @masquerade-scope.order.allows @rma.priced.allows
  Scenario: Two units of the same part sent in for repair are two lines, each with its problem and its RMA
    Decisions 10 and 12: the order records both the rep and the company; each repair line sent
    in gets its own RMA number, emailed to the rep when the quote is made. A second unit of the
    same repair, described differently, is a second line: neither description is lost.

    When I add "Repair: Servo Drive Controller SD-400" to my cart describing the problem as "Second unit: display dead, no power on the bus"
    Then the rep's cart reads:
      | field    | value                                                                                                                    |
      | Title    | Your cart                                                                                                                |
      | Cart 1   | Repair: Servo Drive Controller SD-400, RPR-1001 · $480.00 · 1 · Drive faults with E-17 on power-up · $480.00             |
      | Cart 2   | Repair: Servo Drive Controller SD-400, RPR-1001 · $480.00 · 1 · Second unit: display dead, no power on the bus · $480.00 |
      | Subtotal | $960.00                                                                                                                  |
    When I check out to the company's first site paying with PO number "PO-88320"
    Then I see a confirmation with the new store order number
    When the integration runs
    Then the rep sees the store order as:
      | field          | value                                                                                                                                                          |
      | Title          | Order {order}                                                                                                                                                  |
      | Status         | Awaiting Customer Approval                                                                                                                                     |
      | ATS quote      | {quote}                                                                                                                                                        |
      | Customer       | {rep}                                                                                                                                                          |
      | Placed for     | {company}                                                                                                                                                      |
      | Placed         | {today}                                                                                                                                                        |
      | Ship to        | {site} (FMS site), {site address}                                                                                                                              |
      | Bill to        | {billing address}                                                                                                                                              |
      | Other Comments | UPS account {ups account}                                                                                                                                      |
      | Payment        | PO PO-88320                                                                                                                                                    |
      | Order lines 1  | Repair: Servo Drive Controller SD-400 RPR-1001, Problem: Drive faults with E-17 on power-up, RMA: {rma of RPR-1001} · 1 · $480.00 · $480.00                    |
      | Order lines 2  | Repair: Servo Drive Controller SD-400 RPR-1001, Problem: Second unit: display dead, no power on the bus, RMA: {second rma of RPR-1001} · 1 · $480.00 · $480.00 |
      | Total          | $960.00                                                                                                                                                        |
    And the email "RMA for your repair order {order}" to the rep reads:
      | field  | value                                                                  |
      | Title  | RMA for your repair order {order}                                      |
      | From   | orders@ats.example                                                     |
      | To     | {rep email}                                                            |
      | Sent   | {today}                                                                |
      | Line 1 | Send the parts to be repaired to ATS, each marked with its RMA number: |
      | Line 2 | {rma of RPR-1001}: Repair: Servo Drive Controller SD-400               |
      | Line 3 | {second rma of RPR-1001}: Repair: Servo Drive Controller SD-400        |
      | Line 4 | The order was placed for {company}.                                    |
      | Link 1 | Order {order} → Order {order}                                          |
    And the CSR sees the quote as:
      | field              | value                                                                                                                                                   |
      | Title              | {company} - store order {order}                                                                                                                         |
      | Status             | Quote Hold                                                                                                                                              |
      | Status history 1   | Quote Hold {today}                                                                                                                                      |
      | Assignment         | This quote is in the queue. It is read-only until you assign it to yourself.                                                                            |
      | Account Name       | {company}                                                                                                                                               |
      | Customer           | {rep}                                                                                                                                                   |
      | Store Order        | {order}                                                                                                                                                 |
      | Ship-to Site       | {site} (FMS)                                                                                                                                            |
      | Shipping Address   | {site address}                                                                                                                                          |
      | Billing Address    | {billing address}                                                                                                                                       |
      | Other Comments     | UPS account {ups account}                                                                                                                               |
      | Payment            | PO PO-88320                                                                                                                                             |
      | Amount             | $960.00                                                                                                                                                 |
      | Received           | {today}                                                                                                                                                 |
      | Quote Line Items 1 | RPR-1001 · Repair: Servo Drive Controller SD-400 · {rma of RPR-1001} · 1 · $480.00 · Drive faults with E-17 on power-up · Priced · —                    |
      | Quote Line Items 2 | RPR-1001 · Repair: Servo Drive Controller SD-400 · {second rma of RPR-1001} · 1 · $480.00 · Second unit: display dead, no power on the bus · Priced · — |
    And the rep's other order is as it was, in the store and in Salesforce
