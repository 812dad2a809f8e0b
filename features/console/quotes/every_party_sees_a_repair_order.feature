@console @store @integration
Feature: What every party sees of a rep's repair order of two lines
  A rep orders two repairs for a company. The rep, the company's own buyer, the CSR, the
  repair technician and the mailbox each see the whole record: every line with its RMA
  number and problem, every figure of every email, every field of the quote and of the order
  that replaces the zero-dollar one. What the rep chose and typed at checkout (the site, the shipping address, the
  PO number) is followed through to the replacing order, and the company's buyer's own order
  is a bystander that nothing here may change.

  @qrg86.13 @qrg86.after.rma @qrg86.after.zero @assumption @move-to-order.cancel.allows @move-to-order.once.allows @evaluation.new-price-email.allows @evaluation.evaluation-complete.refuses
  Scenario: Two repairs to evaluate: one line evaluated is not the quote evaluated, and the replacing order carries everything
    Decisions 10 and 12: the order names the rep and the company; the quote is evaluated when
    every line that needs it is; the replacing order carries over everything of the old one.

    Given I am signed in as a rep masquerading as a company with Terms and a UPS account on file
    And the company's buyer has placed an order for a Legacy build
    And I have a repair of "Repair (evaluation): Hydraulic Valve Block HV-7" in my cart described as "Valve 3 leaks internally under load"
    When I add "Repair (evaluation): Partsco Spindle Bearing Kit SB-30" to my cart describing the problem as "Bearing kit grinds above 2000 rpm"
    And I change the quantity of "Repair (evaluation): Hydraulic Valve Block HV-7" to 2
    And I proceed to checkout
    And I ship to the company's non-FMS site
    And I correct the shipping street address to "Dock B, 12 Mill Road"
    And I continue to billing
    And I continue to payment
    And I enter the PO number "PO-7301"
    And I agree to the Terms and Conditions
    And I place the order
    Then I see a confirmation with the new store order number
    When the integration runs
    Then the rep sees the store order as:
      | field          | value                                                                                                                                                     |
      | Title          | Order {order}                                                                                                                                             |
      | Status         | Awaiting Evaluation                                                                                                                                       |
      | ATS quote      | {quote}                                                                                                                                                   |
      | Customer       | {rep}                                                                                                                                                     |
      | Placed for     | {company}                                                                                                                                                 |
      | Placed         | {today}                                                                                                                                                   |
      | Ship to        | {site} (non-FMS site), {company} Receiving, Dock B, 12 Mill Road, {site city}                                                                             |
      | Bill to        | {billing address}                                                                                                                                         |
      | Other Comments | UPS account {ups account}                                                                                                                                 |
      | Payment        | PO PO-7301                                                                                                                                                |
      | Order lines 1  | Repair (evaluation): Hydraulic Valve Block HV-7 EVAL-1003, Problem: Valve 3 leaks internally under load, RMA: {rma of EVAL-1003} · 2 · $0.00 · $0.00      |
      | Order lines 2  | Repair (evaluation): Partsco Spindle Bearing Kit SB-30 EVAL-2203, Problem: Bearing kit grinds above 2000 rpm, RMA: {rma of EVAL-2203} · 1 · $0.00 · $0.00 |
      | Total          | $0.00                                                                                                                                                     |
    And the company's buyer sees the store order as:
      | field          | value                                                                                                                                                     |
      | Title          | Order {order}                                                                                                                                             |
      | Status         | Awaiting Evaluation                                                                                                                                       |
      | ATS quote      | {quote}                                                                                                                                                   |
      | Customer       | {rep}                                                                                                                                                     |
      | Placed for     | {company}                                                                                                                                                 |
      | Placed         | {today}                                                                                                                                                   |
      | Ship to        | {site} (non-FMS site), {company} Receiving, Dock B, 12 Mill Road, {site city}                                                                             |
      | Bill to        | {billing address}                                                                                                                                         |
      | Other Comments | UPS account {ups account}                                                                                                                                 |
      | Payment        | PO PO-7301                                                                                                                                                |
      | Order lines 1  | Repair (evaluation): Hydraulic Valve Block HV-7 EVAL-1003, Problem: Valve 3 leaks internally under load, RMA: {rma of EVAL-1003} · 2 · $0.00 · $0.00      |
      | Order lines 2  | Repair (evaluation): Partsco Spindle Bearing Kit SB-30 EVAL-2203, Problem: Bearing kit grinds above 2000 rpm, RMA: {rma of EVAL-2203} · 1 · $0.00 · $0.00 |
      | Total          | $0.00                                                                                                                                                     |
    And the company's buyer's order list reads:
      | field    | value                                                        |
      | Title    | My Orders                                                    |
      | Orders 1 | {order} · {today} · {company} · Awaiting Evaluation · $0.00  |
      | Orders 2 | {other order} · {today} · {company} · In Process · $1,845.00 |
    And the company's buyer's store dashboard reads:
      | field    | value                                                        |
      | Title    | Dashboard                                                    |
      | Welcome  | Welcome, {company's buyer name} (Buyer).                     |
      | Orders 1 | {order} · {today} · {company} · Awaiting Evaluation · $0.00  |
      | Orders 2 | {other order} · {today} · {company} · In Process · $1,845.00 |
    And the email "RMA for your repair order {order}" to the rep reads:
      | field  | value                                                                      |
      | Title  | RMA for your repair order {order}                                          |
      | From   | orders@ats.example                                                         |
      | To     | {rep email}                                                                |
      | Sent   | {today}                                                                    |
      | Line 1 | Send the parts to be repaired to ATS, each marked with its RMA number:     |
      | Line 2 | {rma of EVAL-1003}: Repair (evaluation): Hydraulic Valve Block HV-7        |
      | Line 3 | {rma of EVAL-2203}: Repair (evaluation): Partsco Spindle Bearing Kit SB-30 |
      | Line 4 | The order was placed for {company}.                                        |
      | Link 1 | Order {order} → Order {order}                                              |
    And the CSR's dashboard reads:
      | field                  | value                                                                                                             |
      | Title                  | CSR Home Page Dashboard                                                                                           |
      | Open Order Queue 1     | {other salesforce number} · {other order} · {company} · {first site} (FMS) · Order Accepted · $1,845.00 · {today} |
      | Open Quotes in Queue 1 | {quote} · {order} · {company} · {rep name} · Evaluation Pending · $0.00 · {today}                                 |
    And the Repair Technician's dashboard reads:
      | field                | value                                                                             |
      | Title                | Repair Evaluations                                                                |
      | Quotes to evaluate 1 | {quote} · {order} · {company} · {rep name} · Evaluation Pending · $0.00 · {today} |
    And the rep's store dashboard reads:
      | field                     | value                                                       |
      | Title                     | Dashboard                                                   |
      | Welcome                   | Welcome, {rep name} (ATS Buyer).                            |
      | Company accounts assigned | 3                                                           |
      | Assigned companies 1      | {assigned company 1} · Card or PayPal · Yes · —             |
      | Assigned companies 2      | {assigned company 2} · PO (Terms) · Not on file · —         |
      | Assigned companies 3      | {assigned company 3} · PO (Terms) · Yes · selected          |
      | Orders 1                  | {order} · {today} · {company} · Awaiting Evaluation · $0.00 |
    And the mailbox of the company's buyer reads:
      | field | value                            |
      | Title | Mail for {company's buyer email} |
    And the CSR sees the quote as:
      | field              | value                                                                                                                                                          |
      | Title              | {company} - store order {order}                                                                                                                                |
      | Status             | Evaluation Pending                                                                                                                                             |
      | Status history 1   | Evaluation Pending {today}                                                                                                                                     |
      | Assignment         | This quote is in the queue. It is read-only until you assign it to yourself.                                                                                   |
      | Account Name       | {company}                                                                                                                                                      |
      | Customer           | {rep}                                                                                                                                                          |
      | Store Order        | {order}                                                                                                                                                        |
      | Ship-to Site       | {site}                                                                                                                                                         |
      | Shipping Address   | {company} Receiving, Dock B, 12 Mill Road, {site city}                                                                                                         |
      | Billing Address    | {billing address}                                                                                                                                              |
      | Other Comments     | UPS account {ups account}                                                                                                                                      |
      | Payment            | PO PO-7301                                                                                                                                                     |
      | Amount             | $0.00                                                                                                                                                          |
      | Received           | {today}                                                                                                                                                        |
      | Quote Line Items 1 | EVAL-1003 · Repair (evaluation): Hydraulic Valve Block HV-7 · {rma of EVAL-1003} · 2 · $0.00 · Valve 3 leaks internally under load · Needs evaluation · —      |
      | Quote Line Items 2 | EVAL-2203 · Repair (evaluation): Partsco Spindle Bearing Kit SB-30 · {rma of EVAL-2203} · 1 · $0.00 · Bearing kit grinds above 2000 rpm · Needs evaluation · — |
    # The part reaches the bench hours after the quote: each evaluation is stamped when it is done
    When 3 hours pass
    And the repair technician types "450.5" as the repair price of "EVAL-1003", noting "Spool and seals worn"
    And the integration runs
    Then the CSR sees the quote as:
      | field              | value                                                                                                                                                                                               |
      | Title              | {company} - store order {order}                                                                                                                                                                     |
      | Status             | Evaluation Pending                                                                                                                                                                                  |
      | Price              | Price changed at evaluation                                                                                                                                                                         |
      | Status history 1   | Evaluation Pending {today}                                                                                                                                                                          |
      | Assignment         | This quote is in the queue. It is read-only until you assign it to yourself.                                                                                                                        |
      | Account Name       | {company}                                                                                                                                                                                           |
      | Customer           | {rep}                                                                                                                                                                                               |
      | Store Order        | {order}                                                                                                                                                                                             |
      | Ship-to Site       | {site}                                                                                                                                                                                              |
      | Shipping Address   | {company} Receiving, Dock B, 12 Mill Road, {site city}                                                                                                                                              |
      | Billing Address    | {billing address}                                                                                                                                                                                   |
      | Other Comments     | UPS account {ups account}                                                                                                                                                                           |
      | Payment            | PO PO-7301                                                                                                                                                                                          |
      | Amount             | $901.00                                                                                                                                                                                             |
      | Received           | {today}                                                                                                                                                                                             |
      | Quote Line Items 1 | EVAL-1003 · Repair (evaluation): Hydraulic Valve Block HV-7 · {rma of EVAL-1003} · 2 · $450.50 · Valve 3 leaks internally under load · Evaluated by {technician} on {now}: Spool and seals worn · — |
      | Quote Line Items 2 | EVAL-2203 · Repair (evaluation): Partsco Spindle Bearing Kit SB-30 · {rma of EVAL-2203} · 1 · $0.00 · Bearing kit grinds above 2000 rpm · Needs evaluation · —                                      |
    And the rep sees the store order as:
      | field          | value                                                                                                                                                     |
      | Title          | Order {order}                                                                                                                                             |
      | Status         | Awaiting Evaluation                                                                                                                                       |
      | ATS quote      | {quote}                                                                                                                                                   |
      | Customer       | {rep}                                                                                                                                                     |
      | Placed for     | {company}                                                                                                                                                 |
      | Placed         | {today}                                                                                                                                                   |
      | Ship to        | {site} (non-FMS site), {company} Receiving, Dock B, 12 Mill Road, {site city}                                                                             |
      | Bill to        | {billing address}                                                                                                                                         |
      | Other Comments | UPS account {ups account}                                                                                                                                 |
      | Payment        | PO PO-7301                                                                                                                                                |
      | Order lines 1  | Repair (evaluation): Hydraulic Valve Block HV-7 EVAL-1003, Problem: Valve 3 leaks internally under load, RMA: {rma of EVAL-1003} · 2 · $0.00 · $0.00      |
      | Order lines 2  | Repair (evaluation): Partsco Spindle Bearing Kit SB-30 EVAL-2203, Problem: Bearing kit grinds above 2000 rpm, RMA: {rma of EVAL-2203} · 1 · $0.00 · $0.00 |
      | Total          | $0.00                                                                                                                                                     |
    And the mailbox of the rep reads:
      | field      | value                                                     |
      | Title      | Mail for {rep email}                                      |
      | Messages 1 | {today} · {rep email} · RMA for your repair order {order} |
    When the repair technician types "120" as the repair price of "EVAL-2203", noting "Two bearings replaced"
    And the integration runs
    Then the Repair Technician's dashboard reads:
      | field                | value                                                                         |
      | Title                | Repair Evaluations                                                            |
      | Quotes to evaluate 1 | {quote} · {order} · {company} · {rep name} · Quote Hold · $1,021.00 · {today} |
    And the email "New price for your repair order {order}" to the rep reads:
      | field  | value                                                                                             |
      | Title  | New price for your repair order {order}                                                           |
      | From   | orders@ats.example                                                                                |
      | To     | {rep email}                                                                                       |
      | Sent   | {today}                                                                                           |
      | Line 1 | ATS has evaluated the parts of order {order} ({company}):                                         |
      | Line 2 | Repair (evaluation): Hydraulic Valve Block HV-7: $450.50 each (was $0.00)                         |
      | Line 3 | Repair (evaluation): Partsco Spindle Bearing Kit SB-30: $120.00 each (was $0.00)                  |
      | Line 4 | New total: $1,021.00.                                                                             |
      | Line 5 | Reply to this email to confirm the new price; ATS then replaces the order with one at this price. |
    When the rep replies to the new-price email with "Confirmed, please go ahead with both repairs."
    Then the email "Re: New price for your repair order {order}" to the CSR team reads:
      | field  | value                                         |
      | Title  | Re: New price for your repair order {order}   |
      | From   | {rep email}                                   |
      | To     | quotes@console.example                        |
      | Sent   | {today}                                       |
      | Line 1 | Confirmed, please go ahead with both repairs. |
    When the CSR opens the quote from Open Quotes in Queue
    And the CSR assigns the quote to themself
    And the CSR moves the quote to an order
    And the integration runs
    Then the CSR sees the quote as:
      | field              | value                                                                                                                                                                                                     |
      | Title              | {company} - store order {order}                                                                                                                                                                           |
      | Status             | Accepted                                                                                                                                                                                                  |
      | Price              | Price changed at evaluation                                                                                                                                                                               |
      | Status history 1   | Evaluation Pending {today}                                                                                                                                                                                |
      | Status history 2   | Evaluation Complete {today}                                                                                                                                                                               |
      | Status history 3   | Quote Hold {today}                                                                                                                                                                                        |
      | Status history 4   | Accepted {today}                                                                                                                                                                                          |
      | Moved to order     | Moved to order {new salesforce number}. The quote and its lines are locked.                                                                                                                               |
      | Assignment         | Assigned to you.                                                                                                                                                                                          |
      | Account Name       | {company}                                                                                                                                                                                                 |
      | Customer           | {rep}                                                                                                                                                                                                     |
      | Store Order        | {order}                                                                                                                                                                                                   |
      | Ship-to Site       | {site}                                                                                                                                                                                                    |
      | Shipping Address   | {company} Receiving, Dock B, 12 Mill Road, {site city}                                                                                                                                                    |
      | Billing Address    | {billing address}                                                                                                                                                                                         |
      | Other Comments     | UPS account {ups account}                                                                                                                                                                                 |
      | Payment            | PO PO-7301                                                                                                                                                                                                |
      | Amount             | $1,021.00                                                                                                                                                                                                 |
      | Received           | {today}                                                                                                                                                                                                   |
      | New price emailed  | {today}                                                                                                                                                                                                   |
      | Quote Line Items 1 | EVAL-1003 · Repair (evaluation): Hydraulic Valve Block HV-7 · {rma of EVAL-1003} · 2 · $450.50 · Valve 3 leaks internally under load · Evaluated by {technician} on {now}: Spool and seals worn · —       |
      | Quote Line Items 2 | EVAL-2203 · Repair (evaluation): Partsco Spindle Bearing Kit SB-30 · {rma of EVAL-2203} · 1 · $120.00 · Bearing kit grinds above 2000 rpm · Evaluated by {technician} on {now}: Two bearings replaced · — |
      | Customer Replies 1 | {rep email} · {today}, Confirmed, please go ahead with both repairs.                                                                                                                                      |
    And the CSR sees the new console order as:
      | field              | value                                                                                          |
      | Title              | {company} - store order {order}                                                                |
      | Assignment         | Assigned to you.                                                                               |
      | Order Number       | {new salesforce number}                                                                        |
      | Store Order Number | {new order}                                                                                    |
      | ASTEA Job Number   | None yet                                                                                       |
      | Status             | Order Accepted                                                                                 |
      | Account Name       | {company}                                                                                      |
      | Customer           | {rep}                                                                                          |
      | Queue              | Open Order Queue                                                                               |
      | Owner              | {CSR}                                                                                          |
      | Order Amount       | $1,021.00                                                                                      |
      | Other Comments     | UPS account {ups account}                                                                      |
      | Ship-to Site       | {site}                                                                                         |
      | Shipping Address   | {company} Receiving, Dock B, 12 Mill Road, {site city}                                         |
      | Billing Address    | {billing address}                                                                              |
      | Payment            | PO PO-7301 (PO: no payment capture needed)                                                     |
      | Ready to Ship      | Not yet                                                                                        |
      | Payment Captured   | Not needed                                                                                     |
      | Tracking Number    | None                                                                                           |
      | Order Products 1   | EVAL-1003 · Repair (evaluation): Hydraulic Valve Block HV-7 · ATS · 2 · $450.50 · —            |
      | Order Products 2   | EVAL-2203 · Repair (evaluation): Partsco Spindle Bearing Kit SB-30 · Partsco · 1 · $120.00 · — |
    And the Repair Technician's dashboard reads:
      | field | value              |
      | Title | Repair Evaluations |
    And the rep sees the new store order as:
      | field          | value                                                                                                                                                         |
      | Title          | Order {new order}                                                                                                                                             |
      | Status         | In Process                                                                                                                                                    |
      | ATS order      | {new salesforce number}                                                                                                                                       |
      | Replaces       | Replaces the canceled order {order}. → Order {order}                                                                                                          |
      | Customer       | {rep}                                                                                                                                                         |
      | Placed for     | {company}                                                                                                                                                     |
      | Placed         | {today}                                                                                                                                                       |
      | Ship to        | {site} (non-FMS site), {company} Receiving, Dock B, 12 Mill Road, {site city}                                                                                 |
      | Bill to        | {billing address}                                                                                                                                             |
      | Other Comments | UPS account {ups account}                                                                                                                                     |
      | Payment        | PO PO-7301                                                                                                                                                    |
      | Order lines 1  | Repair (evaluation): Hydraulic Valve Block HV-7 EVAL-1003, Problem: Valve 3 leaks internally under load, RMA: {rma of EVAL-1003} · 2 · $450.50 · $901.00      |
      | Order lines 2  | Repair (evaluation): Partsco Spindle Bearing Kit SB-30 EVAL-2203, Problem: Bearing kit grinds above 2000 rpm, RMA: {rma of EVAL-2203} · 1 · $120.00 · $120.00 |
      | Total          | $1,021.00                                                                                                                                                     |
    And the company's buyer sees the store order as:
      | field          | value                                                                                                                                                     |
      | Title          | Order {order}                                                                                                                                             |
      | Status         | Canceled                                                                                                                                                  |
      | ATS quote      | {quote}                                                                                                                                                   |
      | Replaced by    | Canceled and replaced by order {new order} at the confirmed repair price. → Order {new order}                                                             |
      | Customer       | {rep}                                                                                                                                                     |
      | Placed for     | {company}                                                                                                                                                 |
      | Placed         | {today}                                                                                                                                                   |
      | Ship to        | {site} (non-FMS site), {company} Receiving, Dock B, 12 Mill Road, {site city}                                                                             |
      | Bill to        | {billing address}                                                                                                                                         |
      | Other Comments | UPS account {ups account}                                                                                                                                 |
      | Payment        | PO PO-7301                                                                                                                                                |
      | Order lines 1  | Repair (evaluation): Hydraulic Valve Block HV-7 EVAL-1003, Problem: Valve 3 leaks internally under load, RMA: {rma of EVAL-1003} · 2 · $0.00 · $0.00      |
      | Order lines 2  | Repair (evaluation): Partsco Spindle Bearing Kit SB-30 EVAL-2203, Problem: Bearing kit grinds above 2000 rpm, RMA: {rma of EVAL-2203} · 1 · $0.00 · $0.00 |
      | Total          | $0.00                                                                                                                                                     |
    And the company's buyer's order list reads:
      | field    | value                                                                       |
      | Title    | My Orders                                                                   |
      | Orders 1 | {new order} · {today} · {company} · In Process replaces {order} · $1,021.00 |
      | Orders 2 | {order} · {today} · {company} · Canceled replaced by {new order} · $0.00    |
      | Orders 3 | {other order} · {today} · {company} · In Process · $1,845.00                |
    And the mailbox of the rep reads:
      | field      | value                                                            |
      | Title      | Mail for {rep email}                                             |
      | Messages 1 | {today} · {rep email} · Order {new order} replaces order {order} |
      | Messages 2 | {today} · {rep email} · New price for your repair order {order}  |
      | Messages 3 | {today} · {rep email} · RMA for your repair order {order}        |
    And the email "Order {new order} replaces order {order}" to the rep reads:
      | field  | value                                                                                                        |
      | Title  | Order {new order} replaces order {order}                                                                     |
      | From   | orders@ats.example                                                                                           |
      | To     | {rep email}                                                                                                  |
      | Sent   | {today}                                                                                                      |
      | Line 1 | Your repair order {order} is canceled and replaced by order {new order} at the confirmed price of $1,021.00. |
      | Link 1 | Order {new order} → Order {new order}                                                                        |

  @qrg86.after.zero @assumption
  Scenario: A price changed again after the rep confirmed it waits for the rep's confirmation of the new one
    Decision 12: the rep confirms the price the email gave; a confirmation of an older price
    does not confirm a newer one.

    Given a rep has placed a repair order for "Repair (evaluation): Hydraulic Valve Block HV-7" and the integration has run
    And the repair technician has evaluated "EVAL-1003" at "1,250.00" and the integration has run
    And the rep has replied to confirm the new price with "Confirmed at $1,250.00."
    When the repair technician types "$1,400" as the repair price of "EVAL-1003", noting "The bore is scored as well"
    And the integration runs
    Then the mailbox of the rep reads:
      | field      | value                                                           |
      | Title      | Mail for {rep email}                                            |
      | Messages 1 | {today} · {rep email} · New price for your repair order {order} |
      | Messages 2 | {today} · {rep email} · New price for your repair order {order} |
      | Messages 3 | {today} · {rep email} · RMA for your repair order {order}       |
    And the email "New price for your repair order {order}" to the rep reads:
      | field  | value                                                                                             |
      | Title  | New price for your repair order {order}                                                           |
      | From   | orders@ats.example                                                                                |
      | To     | {rep email}                                                                                       |
      | Sent   | {today}                                                                                           |
      | Line 1 | ATS has evaluated the parts of order {order} ({company}):                                         |
      | Line 2 | Repair (evaluation): Hydraulic Valve Block HV-7: $1,400.00 each (was $0.00)                       |
      | Line 3 | New total: $1,400.00.                                                                             |
      | Line 4 | Reply to this email to confirm the new price; ATS then replaces the order with one at this price. |
    Given I am logged in to the console as a CSR working that quote
    When I move the quote to an order
    Then I am told that the customer has not confirmed the new price yet
    And the CSR sees the quote as:
      | field              | value                                                                                                                                                                                                                             |
      | Title              | {company} - store order {order}                                                                                                                                                                                                   |
      | Status             | Quote Hold                                                                                                                                                                                                                        |
      | Price              | Price changed at evaluation                                                                                                                                                                                                       |
      | Status history 1   | Evaluation Pending {today}                                                                                                                                                                                                        |
      | Status history 2   | Evaluation Complete {today}                                                                                                                                                                                                       |
      | Status history 3   | Quote Hold {today}                                                                                                                                                                                                                |
      | Assignment         | Assigned to you.                                                                                                                                                                                                                  |
      | Account Name       | {company}                                                                                                                                                                                                                         |
      | Customer           | {rep}                                                                                                                                                                                                                             |
      | Store Order        | {order}                                                                                                                                                                                                                           |
      | Ship-to Site       | {site} (FMS)                                                                                                                                                                                                                      |
      | Shipping Address   | {site address}                                                                                                                                                                                                                    |
      | Billing Address    | {billing address}                                                                                                                                                                                                                 |
      | Other Comments     | UPS account {ups account}                                                                                                                                                                                                         |
      | Payment            | PO PO-SEEDED                                                                                                                                                                                                                      |
      | Amount             | $1,400.00                                                                                                                                                                                                                         |
      | Received           | {today}                                                                                                                                                                                                                           |
      | New price emailed  | {today}                                                                                                                                                                                                                           |
      | Quote Line Items 1 | EVAL-1003 · Repair (evaluation): Hydraulic Valve Block HV-7 · {rma of EVAL-1003} · 1 · $1,400.00 · Fails under load after ten minutes; returned for repair · Evaluated by {technician} on {today}: The bore is scored as well · — |
      | Customer Replies 1 | {rep email} · {today}, Confirmed at $1,250.00.                                                                                                                                                                                    |
    And the rep sees the store order as:
      | field          | value                                                                                                                                                                    |
      | Title          | Order {order}                                                                                                                                                            |
      | Status         | Awaiting Customer Approval                                                                                                                                               |
      | ATS quote      | {quote}                                                                                                                                                                  |
      | Customer       | {rep}                                                                                                                                                                    |
      | Placed for     | {company}                                                                                                                                                                |
      | Placed         | {today}                                                                                                                                                                  |
      | Ship to        | {site} (FMS site), {site address}                                                                                                                                        |
      | Bill to        | {billing address}                                                                                                                                                        |
      | Other Comments | UPS account {ups account}                                                                                                                                                |
      | Payment        | PO PO-SEEDED                                                                                                                                                             |
      | Order lines 1  | Repair (evaluation): Hydraulic Valve Block HV-7 EVAL-1003, Problem: Fails under load after ten minutes; returned for repair, RMA: {rma of EVAL-1003} · 1 · $0.00 · $0.00 |
      | Total          | $0.00                                                                                                                                                                    |
