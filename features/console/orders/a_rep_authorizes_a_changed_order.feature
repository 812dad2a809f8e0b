@console @store @integration
Feature: A changed order that a rep placed for a company is the rep's to authorize
  An order a rep places while acting for a company has the rep as its customer (decision 10).
  When a CSR changes its total, the email with the link to authorize the new amount goes to
  the rep, and the link is the rep's: the company's own buyer, who did not place the order,
  cannot use it.

  @npo.hold @npo.hold.po @qrg86.13 @assumption @reauthorization-link.own-customer.refuses
  Scenario: The rep authorizes the new amount; the company's buyer cannot use the rep's link
    Decisions 6 and 10: the link is bound to the order and to its customer, the rep.

    Given I am signed in as a rep masquerading as a company with Terms
    And the rep has another repair order with the CSR team that nothing here may change
    And I have a Legacy build in my cart
    When I check out to the company's first site paying with PO number "PO-6801"
    Then I see a confirmation with the new store order number
    When the integration runs
    And a CSR assigns the order and changes the quantity of line "ATS-LB-1001" to 2
    And the integration runs
    Then the email "Price change on order {order}" to the rep reads:
      | field  | value                                                                                                                                     |
      | Title  | Price change on order {order}                                                                                                             |
      | From   | orders@ats.example                                                                                                                        |
      | To     | {rep email}                                                                                                                               |
      | Sent   | {today}                                                                                                                                   |
      | Line 1 | The amount of your order {order} has changed to $3,690.00. Please authorize the new amount by confirming your PO Number/Reference Number. |
      | Link 1 | Authorize the new amount → Authorize the new amount                                                                                       |
    When the company's buyer opens the link of that email
    Then the company's buyer is told that the link is for another customer
    When the rep follows the link in that email and confirms the PO number "PO-6801-B"
    And the integration runs
    Then the rep sees the store order as:
      | field          | value                                                                 |
      | Title          | Order {order}                                                         |
      | Status         | In Process                                                            |
      | ATS order      | {salesforce number}                                                   |
      | Customer       | {rep}                                                                 |
      | Placed for     | {company}                                                             |
      | Placed         | {today}                                                               |
      | Ship to        | {site} (FMS site), {site address}                                     |
      | Bill to        | {billing address}                                                     |
      | Other Comments | UPS account {ups account}                                             |
      | Payment        | PO PO-6801-B                                                          |
      | Order lines 1  | Servo Drive Controller SD-400 ATS-LB-1001 · 2 · $1,845.00 · $3,690.00 |
      | Total          | $3,690.00                                                             |
    And the CSR sees the console order as:
      | field              | value                                                                 |
      | Title              | {company} - store order {order}                                       |
      | Assignment         | Assigned to you.                                                      |
      | Order Number       | {salesforce number}                                                   |
      | Store Order Number | {order}                                                               |
      | ASTEA Job Number   | None yet                                                              |
      | Status             | Order Accepted                                                        |
      | Account Name       | {company}                                                             |
      | Customer           | {rep}                                                                 |
      | Queue              | Open Order Queue                                                      |
      | Owner              | {CSR}                                                                 |
      | Order Amount       | $3,690.00                                                             |
      | Other Comments     | UPS account {ups account}                                             |
      | Ship-to Site       | {site} (FMS site)                                                     |
      | Shipping Address   | {site address}                                                        |
      | Billing Address    | {billing address}                                                     |
      | Payment            | PO PO-6801-B (PO: no payment capture needed)                          |
      | Ready to Ship      | Not yet                                                               |
      | Payment Captured   | Not needed                                                            |
      | Tracking Number    | None                                                                  |
      | Order Products 1   | ATS-LB-1001 · Servo Drive Controller SD-400 · ATS · 2 · $1,845.00 · — |
    And the rep's other order is as it was, in the store and in Salesforce
