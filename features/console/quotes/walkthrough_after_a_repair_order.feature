@console @store @integration @walkthrough
Feature: Walkthrough: what follows a zero-dollar repair order (QRG 8.6, after step 24)
  For readers who know the QRG: one repair followed from the rep's checkout to the new order
  Completed in the store, in the order the article tells it. The comments quote the stage.
  The features beside this one cover each stage's rules and refusals.

  @qrg86.after.rma @qrg86.after.zero @qrg86.23 @qrg86.24 @rma.non-priced.allows
  Scenario: A non-priced repair is evaluated, confirmed by the rep, moved to an order and completed
    Given I am signed in as a rep masquerading as a company with Terms and a UPS account on file
    And I have a repair of "Repair (evaluation): Hydraulic Valve Block HV-7" in my cart described as "Valve 3 leaks internally under load"
    # What follows assumes the rep paid by PO and shipped on the company's own account
    When I proceed to checkout
    And I choose Ship on Company Account
    Then Other Comments holds the company's UPS account number
    When I continue to billing
    And I continue to payment
    And I enter the PO number "PO-9120"
    And I agree to the Terms and Conditions
    And I place the order
    Then I see a confirmation with the new store order number
    # The customer gets an RMA to send the product in
    When the integration runs
    Then the rep is emailed the RMA number of "EVAL-1003"
    And the rep's store order shows "Awaiting Evaluation"
    # An evaluation finds what the repair costs; it is marked Evaluation Complete
    When the repair technician prices "EVAL-1003" at "1,250.00", noting "Spool and seals worn; bore intact"
    Then the quote amounts to "$1,250.00" in "Quote Hold"
    # The rep is emailed the new price and confirms it by replying
    When the integration runs
    And the rep replies to the new-price email with "Confirmed, please go ahead with the repair."
    Then the reply shows on the quote for the CSR
    # The CSR takes the quote and moves it to an order
    When the CSR opens the quote from Open Quotes in Queue
    And the CSR assigns the quote to themself
    And the CSR moves the quote to an order
    Then the quote became an order in "Order Accepted" with the line "EVAL-1003" at "$1,250.00"
    # The zero-dollar order is canceled; a new order carries all of its information over
    When the integration runs
    Then the rep's $0 store order is Canceled and points to the new order
    And the new store order is in process at "$1,250.00" and carries over from the old one
      | what                 |
      | customer             |
      | company              |
      | PO number            |
      | payment              |
      | shipping address     |
      | billing address      |
      | Other Comments       |
      | site                 |
      | lines                |
      | RMA numbers          |
      | problem descriptions |
    # The new order is processed as normal, to Completed in the store
    When the CSR edits the order name and enters the ASTEA job number "R-5512"
    And the CSR opens the order's lines
    And the CSR opens the line "EVAL-1003" by its product number
    And the CSR enters "R-5512" as the line's Order Number and saves
    And the warehouse says the order is ready to ship
    And the CSR opens the order from the ready-to-ship email
    And the CSR enters the tracking number "1Z999AA10123456785"
    And the CSR moves the status to "Activated" and marks it as current
    Then the order is in the "Activated" stage
    When the integration runs
    Then the buyer sees the order "Completed" in the store with tracking number "1Z999AA10123456785"
    # What each party sees at the end: the order that replaced the $0 one, whole
    And the CSR sees the new console order as:
      | field              | value                                                                                      |
      | Title              | {company} - store order {old order} · ASTEA R-5512                                         |
      | Activated          | Activated by {CSR} on {today}                                                              |
      | Assignment         | Assigned to you.                                                                           |
      | Order Number       | {new salesforce number}                                                                    |
      | Store Order Number | {new order}                                                                                |
      | ASTEA Job Number   | R-5512                                                                                     |
      | Status             | Activated                                                                                  |
      | Account Name       | {company}                                                                                  |
      | Customer           | {rep}                                                                                      |
      | Queue              | Open Order Queue                                                                           |
      | Owner              | {CSR}                                                                                      |
      | Order Amount       | $1,250.00                                                                                  |
      | Other Comments     | UPS account {ups account}                                                                  |
      | Ship-to Site       | {site} (FMS site)                                                                          |
      | Shipping Address   | {site address}                                                                             |
      | Billing Address    | {billing address}                                                                          |
      | Payment            | PO PO-9120 (PO: no payment capture needed)                                                 |
      | Ready to Ship      | {today}                                                                                    |
      | Payment Captured   | Not needed                                                                                 |
      | Tracking Number    | 1Z999AA10123456785                                                                         |
      | Order Products 1   | EVAL-1003 · Repair (evaluation): Hydraulic Valve Block HV-7 · ATS · 1 · $1,250.00 · R-5512 |
    And the rep sees the new store order as:
      | field           | value                                                                                                                                                        |
      | Title           | Order {new order}                                                                                                                                            |
      | Status          | Completed                                                                                                                                                    |
      | ATS order       | {new salesforce number}                                                                                                                                      |
      | Replaces        | Replaces the canceled order {old order}. → Order {old order}                                                                                                 |
      | Tracking number | 1Z999AA10123456785                                                                                                                                           |
      | Customer        | {rep}                                                                                                                                                        |
      | Placed for      | {company}                                                                                                                                                    |
      | Placed          | {today}                                                                                                                                                      |
      | Ship to         | {site} (FMS site), {site address}                                                                                                                            |
      | Bill to         | {billing address}                                                                                                                                            |
      | Other Comments  | UPS account {ups account}                                                                                                                                    |
      | Payment         | PO PO-9120                                                                                                                                                   |
      | Order lines 1   | Repair (evaluation): Hydraulic Valve Block HV-7 EVAL-1003, Problem: Valve 3 leaks internally under load, RMA: {rma of EVAL-1003} · 1 · $1,250.00 · $1,250.00 |
      | Total           | $1,250.00                                                                                                                                                    |
    And the company's buyer sees the store order as:
      | field           | value                                                                                                                                                        |
      | Title           | Order {new order}                                                                                                                                            |
      | Status          | Completed                                                                                                                                                    |
      | ATS order       | {new salesforce number}                                                                                                                                      |
      | Replaces        | Replaces the canceled order {old order}. → Order {old order}                                                                                                 |
      | Tracking number | 1Z999AA10123456785                                                                                                                                           |
      | Customer        | {rep}                                                                                                                                                        |
      | Placed for      | {company}                                                                                                                                                    |
      | Placed          | {today}                                                                                                                                                      |
      | Ship to         | {site} (FMS site), {site address}                                                                                                                            |
      | Bill to         | {billing address}                                                                                                                                            |
      | Other Comments  | UPS account {ups account}                                                                                                                                    |
      | Payment         | PO PO-9120                                                                                                                                                   |
      | Order lines 1   | Repair (evaluation): Hydraulic Valve Block HV-7 EVAL-1003, Problem: Valve 3 leaks internally under load, RMA: {rma of EVAL-1003} · 1 · $1,250.00 · $1,250.00 |
      | Total           | $1,250.00                                                                                                                                                    |
