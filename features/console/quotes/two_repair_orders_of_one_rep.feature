@console @store @integration
Feature: Two repair orders of one rep: each quote answers for its own order only
  A rep often has several repairs open for one company. Approving one repair quote, or
  confirming one new price, is an answer about that order: the other order and its quote
  stay exactly as they were, for the rep, the company's buyer and the CSR.

  @qrg86.after.priced @assumption
  Scenario: Approving one of two presented quotes leaves the other waiting for approval
    Decision 12: the rep approves the quote in the store; the approved quote becomes an order.

    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400" and the integration has run
    And the rep has placed another repair order for "Repair: Operator Panel OP-15 Touch" for the same company and the integration has run
    And both quotes have been presented and the integration has run
    And 2 hours have passed
    Then the email "Repair quote {quote} for order {order}" to the rep reads:
      | field  | value                                                                                                                    |
      | Title  | Repair quote {quote} for order {order}                                                                                   |
      | From   | orders@ats.example                                                                                                       |
      | To     | {rep email}                                                                                                              |
      | Sent   | {today}                                                                                                                  |
      | Line 1 | The repair for order {order} ({company}) costs $480.00. Approve the quote on the order's page and ATS starts the repair. |
      | Link 1 | Review and approve the repair quote → Order {order}                                                                      |
    When the rep approves the repair quote in the store
    And the integration runs
    Then the CSR sees the console order as:
      | field              | value                                                                    |
      | Title              | {company} - store order {order}                                          |
      | Assignment         | Assigned to you.                                                         |
      | Order Number       | {salesforce number}                                                      |
      | Store Order Number | {order}                                                                  |
      | ASTEA Job Number   | None yet                                                                 |
      | Status             | Order Accepted                                                           |
      | Account Name       | {company}                                                                |
      | Customer           | {rep}                                                                    |
      | Queue              | Open Order Queue                                                         |
      | Owner              | {CSR}                                                                    |
      | Order Amount       | $480.00                                                                  |
      | Other Comments     | UPS account {ups account}                                                |
      | Ship-to Site       | {site} (FMS site)                                                        |
      | Shipping Address   | {site address}                                                           |
      | Billing Address    | {billing address}                                                        |
      | Payment            | PO PO-SEEDED (PO: no payment capture needed)                             |
      | Ready to Ship      | Not yet                                                                  |
      | Payment Captured   | Not needed                                                               |
      | Tracking Number    | None                                                                     |
      | Order Products 1   | RPR-1001 · Repair: Servo Drive Controller SD-400 · ATS · 1 · $480.00 · — |
    And the rep sees the other store order as:
      | field          | value                                                                                                                                                               |
      | Title          | Order {other order}                                                                                                                                                 |
      | Status         | Awaiting Customer Approval                                                                                                                                          |
      | ATS quote      | {other quote}                                                                                                                                                       |
      | Repair quote   | ATS has quoted $365.00 for this repair. Approve the quote and ATS starts the repair.                                                                                |
      | Customer       | {rep}                                                                                                                                                               |
      | Placed for     | {company}                                                                                                                                                           |
      | Placed         | {today}                                                                                                                                                             |
      | Ship to        | {site} (FMS site), {site address}                                                                                                                                   |
      | Bill to        | {billing address}                                                                                                                                                   |
      | Other Comments | UPS account {ups account}                                                                                                                                           |
      | Payment        | PO PO-SEEDED                                                                                                                                                        |
      | Order lines 1  | Repair: Operator Panel OP-15 Touch RPR-1004, Problem: Fails under load after ten minutes; returned for repair, RMA: {other rma of RPR-1004} · 1 · $365.00 · $365.00 |
      | Total          | $365.00                                                                                                                                                             |
    And the company's buyer sees the store order as:
      | field          | value                                                                                                                                                            |
      | Title          | Order {order}                                                                                                                                                    |
      | Status         | In Process                                                                                                                                                       |
      | ATS order      | {salesforce number}                                                                                                                                              |
      | Repair quote   | You approved the repair quote on {now}.                                                                                                                          |
      | Customer       | {rep}                                                                                                                                                            |
      | Placed for     | {company}                                                                                                                                                        |
      | Placed         | {today}                                                                                                                                                          |
      | Ship to        | {site} (FMS site), {site address}                                                                                                                                |
      | Bill to        | {billing address}                                                                                                                                                |
      | Other Comments | UPS account {ups account}                                                                                                                                        |
      | Payment        | PO PO-SEEDED                                                                                                                                                     |
      | Order lines 1  | Repair: Servo Drive Controller SD-400 RPR-1001, Problem: Fails under load after ten minutes; returned for repair, RMA: {rma of RPR-1001} · 1 · $480.00 · $480.00 |
      | Total          | $480.00                                                                                                                                                          |
    And the CSR sees the other quote as:
      | field              | value                                                                                                                                                        |
      | Title              | {company} - store order {other order}                                                                                                                        |
      | Status             | Presented                                                                                                                                                    |
      | Status history 1   | Quote Hold {today}                                                                                                                                           |
      | Status history 2   | Presented {today}                                                                                                                                            |
      | Assignment         | Assigned to you.                                                                                                                                             |
      | Account Name       | {company}                                                                                                                                                    |
      | Customer           | {rep}                                                                                                                                                        |
      | Store Order        | {other order}                                                                                                                                                |
      | Ship-to Site       | {site} (FMS)                                                                                                                                                 |
      | Shipping Address   | {site address}                                                                                                                                               |
      | Billing Address    | {billing address}                                                                                                                                            |
      | Other Comments     | UPS account {ups account}                                                                                                                                    |
      | Payment            | PO PO-SEEDED                                                                                                                                                 |
      | Amount             | $365.00                                                                                                                                                      |
      | Received           | {today}                                                                                                                                                      |
      | Presented          | {today}                                                                                                                                                      |
      | Quote Line Items 1 | RPR-1004 · Repair: Operator Panel OP-15 Touch · {other rma of RPR-1004} · 1 · $365.00 · Fails under load after ten minutes; returned for repair · Priced · — |
    And the rep's order list reads:
      | field    | value                                                                      |
      | Title    | My Orders                                                                  |
      | Orders 1 | {other order} · {today} · {company} · Awaiting Customer Approval · $365.00 |
      | Orders 2 | {order} · {today} · {company} · In Process · $480.00                       |

  @qrg86.after.zero @assumption
  Scenario: A reply to one new-price email confirms that order's quote, not the other
    Decision 12: the customer confirms the new price by replying to the email that gave it.

    Given a rep has placed a repair order for "Repair (evaluation): Hydraulic Valve Block HV-7" and the integration has run
    And the rep has placed another repair order for "Repair (evaluation): Hydraulic Valve Block HV-7" for the same company and the integration has run
    And the repair technician has evaluated "EVAL-1003" on both quotes at "1,250.00"
    When the rep replies to the new-price email with "Confirmed for this order only."
    Then the CSR sees the other quote as:
      | field              | value                                                                                                                                                                                                                               |
      | Title              | {company} - store order {other order}                                                                                                                                                                                               |
      | Status             | Quote Hold                                                                                                                                                                                                                          |
      | Price              | Price changed at evaluation                                                                                                                                                                                                         |
      | Status history 1   | Evaluation Pending {today}                                                                                                                                                                                                          |
      | Status history 2   | Evaluation Complete {today}                                                                                                                                                                                                         |
      | Status history 3   | Quote Hold {today}                                                                                                                                                                                                                  |
      | Assignment         | This quote is in the queue. It is read-only until you assign it to yourself.                                                                                                                                                        |
      | Account Name       | {company}                                                                                                                                                                                                                           |
      | Customer           | {rep}                                                                                                                                                                                                                               |
      | Store Order        | {other order}                                                                                                                                                                                                                       |
      | Ship-to Site       | {site} (FMS)                                                                                                                                                                                                                        |
      | Shipping Address   | {site address}                                                                                                                                                                                                                      |
      | Billing Address    | {billing address}                                                                                                                                                                                                                   |
      | Other Comments     | UPS account {ups account}                                                                                                                                                                                                           |
      | Payment            | PO PO-SEEDED                                                                                                                                                                                                                        |
      | Amount             | $1,250.00                                                                                                                                                                                                                           |
      | Received           | {today}                                                                                                                                                                                                                             |
      | New price emailed  | {today}                                                                                                                                                                                                                             |
      | Quote Line Items 1 | EVAL-1003 · Repair (evaluation): Hydraulic Valve Block HV-7 · {other rma of EVAL-1003} · 1 · $1,250.00 · Fails under load after ten minutes; returned for repair · Evaluated by {technician} on {today}: Evaluated on the bench · — |
    And the CSR sees the quote as:
      | field              | value                                                                                                                                                                                                                         |
      | Title              | {company} - store order {order}                                                                                                                                                                                               |
      | Status             | Quote Hold                                                                                                                                                                                                                    |
      | Price              | Price changed at evaluation                                                                                                                                                                                                   |
      | Status history 1   | Evaluation Pending {today}                                                                                                                                                                                                    |
      | Status history 2   | Evaluation Complete {today}                                                                                                                                                                                                   |
      | Status history 3   | Quote Hold {today}                                                                                                                                                                                                            |
      | Assignment         | This quote is in the queue. It is read-only until you assign it to yourself.                                                                                                                                                  |
      | Account Name       | {company}                                                                                                                                                                                                                     |
      | Customer           | {rep}                                                                                                                                                                                                                         |
      | Store Order        | {order}                                                                                                                                                                                                                       |
      | Ship-to Site       | {site} (FMS)                                                                                                                                                                                                                  |
      | Shipping Address   | {site address}                                                                                                                                                                                                                |
      | Billing Address    | {billing address}                                                                                                                                                                                                             |
      | Other Comments     | UPS account {ups account}                                                                                                                                                                                                     |
      | Payment            | PO PO-SEEDED                                                                                                                                                                                                                  |
      | Amount             | $1,250.00                                                                                                                                                                                                                     |
      | Received           | {today}                                                                                                                                                                                                                       |
      | New price emailed  | {today}                                                                                                                                                                                                                       |
      | Quote Line Items 1 | EVAL-1003 · Repair (evaluation): Hydraulic Valve Block HV-7 · {rma of EVAL-1003} · 1 · $1,250.00 · Fails under load after ten minutes; returned for repair · Evaluated by {technician} on {today}: Evaluated on the bench · — |
      | Customer Replies 1 | {rep email} · {today}, Confirmed for this order only.                                                                                                                                                                         |
