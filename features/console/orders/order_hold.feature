@console @store @integration
Feature: Order Hold and re-authorizing a changed amount
  An order may stay in Order Accepted until it is ready to ship. A change that alters its total
  moves it to Order Hold at once, until the customer authorizes the new amount: a customer who
  paid by PO is emailed the price change and confirms the PO; one who paid by card or PayPal is
  emailed a link to a second cart. The integration carries the request to the store and the
  authorization back.

  Background:
    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order

  @npo.hold
  Scenario Outline: Changing a line's quantity moves the order to Order Hold at once, <after>
    When <first>
    And I change the quantity of line "ATS-LB-1001" to 2
    Then the order is in the "Order Hold" stage
    And the order's amount is "$3,690.00"
    And the buyer's other order is as it was, in the store and in Salesforce

    @hold.quantity.refuses
    Examples: Nothing else done first
      | after                   | first                    |
      | nothing else done first | I open the order's lines |

    @hold.job-and-comment.refuses @activated-locked.lines.allows
    Examples: After the order's job number
      | after                | first                                                          |
      | after its job number | I edit the order name and enter the ASTEA job number "A-31002" |

    @hold.tracking.refuses
    Examples: After the tracking number
      | after                     | first                                         |
      | after its tracking number | I enter the tracking number "1Z999AA10131002" |

  @npo.hold @assumption @hold.job-and-comment.allows
  Scenario: Job numbers and comments never put the order on hold
    Decision 6: only a change to the order's total causes a hold.

    When I edit the order name and enter the ASTEA job number "A-31001"
    And I add the order comment "Checked with the warehouse."
    Then the order is in the "Order Accepted" stage
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @npo.hold.po @assumption @reauthorization.po.allows @reauthorization-link.own-order.allows @reauthorization-link.newest.allows @reauthorization-link.once.allows
  Scenario: A PO customer is emailed the price change and authorizes it by confirming the PO
    Decision 6: a PO payer authorizes the new amount from a link in the email, by confirming the PO.

    When I change the quantity of line "ATS-LB-1001" to 2
    And the integration runs
    Then the buyer is emailed the price change of the order
    And the buyer is not sent to a second cart
    When the buyer follows the link in that email and confirms the PO number "PO-31001-B"
    And the integration runs
    Then the order is back in "Order Accepted" with the amount "$3,690.00"
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @npo.12 @assumption
  Scenario: The warehouse reports an order on Order Hold ready to ship, and that notice stands once it is authorized
    Decision 8: the warehouse's notice is recorded whatever the order waits for; a hold waits
    for the customer, not for the warehouse, and activation needs no second notice.

    When I change the quantity of line "ATS-LB-1001" to 2
    Then the other CSR's Open Orders report reads:
      | field         | value                                                                                                                               |
      | Title         | Open Orders report                                                                                                                  |
      | Open Orders 1 | {salesforce number} · {order} · {company} · {site} · Order Hold · {CSR} · $3,690.00 · {today}                                       |
      | Open Orders 2 | {bystander salesforce number} · {bystander order} · {company} · {first site} (FMS) · Order Accepted · Unassigned · $89.50 · {today} |
    When the warehouse says the order is ready to ship
    Then I am emailed that the order is ready to ship
    When the integration runs
    Then the buyer is emailed the price change of the order
    When the buyer follows the link in that email and confirms the PO number "PO-31003"
    And the integration runs
    Then the order is back in "Order Accepted" with the amount "$3,690.00"
    When I edit the order name and enter the ASTEA job number "A-31003"
    And I open the order's lines
    And I open the line "ATS-LB-1001" by its product number
    And I enter "A-31003" as the line's Order Number and save
    And I move the status to "Activated" and mark it as current
    Then the order is in the "Activated" stage
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @npo.hold.po @assumption @reauthorization-link.own-customer.allows
  Scenario: The PO payer confirms the PO number the page offers, and the order keeps it
    Decision 6: a PO payer authorizes the new amount by confirming their PO Number/Reference
    Number; the page offers the one the order was placed with.

    When I change the quantity of line "ATS-LB-1001" to 2
    And the integration runs
    And the buyer follows the link in that email and confirms the PO number it offers
    And the integration runs
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
      | Payment        | PO PO-SEEDED                                                          |
      | Order lines 1  | Servo Drive Controller SD-400 ATS-LB-1001 · 2 · $1,845.00 · $3,690.00 |
      | Total          | $3,690.00                                                             |
    And the order is back in "Order Accepted" with the amount "$3,690.00"
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @npo.hold.po @assumption
  Scenario: A buyer who is signed out signs in on the way and still reaches the new amount
    Decision 6: the customer authorizes the new amount from the emailed link. A link opened
    before signing in asks for the sign-in first, then goes on to the page it was for.

    When I change the quantity of line "ATS-LB-1001" to 2
    And the integration runs
    And the buyer, signed out, follows the link in that email and signs in where asked
    And the buyer confirms there the PO number "PO-6302-B"
    And the integration runs
    Then the order is back in "Order Accepted" with the amount "$3,690.00"
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @npo.hold.po @assumption
  Scenario: A PO number of spaces authorizes nothing
    Decisions 6 and 11: a PO payer authorizes the new amount by confirming their PO
    Number/Reference Number, which is required as at checkout.

    When I change the quantity of line "ATS-LB-1001" to 2
    And the integration runs
    And the buyer follows the link in that email and tries to confirm the PO number "    "
    Then the buyer is asked again for the PO Number/Reference Number
    When the integration runs
    Then the order is still in "Order Hold"
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @assumption @reauthorization-link.once.refuses
  Scenario: The link works only once
    Decision 6: the link is single-use, bound to the order and amount, and expires in 24 hours.

    Given I changed the quantity of line "ATS-LB-1001" to 2 and the integration has run
    And the buyer has authorized the new amount with the PO number "PO-31001-B"
    When the buyer follows the link in that email
    Then the buyer is told that the link was already used
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @assumption @reauthorization-link.expiry.refuses
  Scenario: An expired link changes nothing
    Decision 6: the link expires after 24 hours.

    Given I changed the quantity of line "ATS-LB-1001" to 2 and the integration has run
    And 25 hours have passed
    When the buyer follows the link in that email
    Then the buyer is told that the link has expired
    And the order is still in "Order Hold"
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @npo.hold.card @reauthorization.card.allows
  Scenario: A card customer is emailed a link to a second cart and pays the new amount there
    Given another order, paid by card, is the one I am working
    When I change the quantity of line "ATS-LB-1001" to 2
    And the integration runs
    Then the buyer is emailed a link to a second cart
    And the buyer is not asked to confirm a PO number
    When the buyer pays the second cart with the test card "4111 1111 1111 1111"
    And the integration runs
    Then the order is back in "Order Accepted" with the amount "$3,690.00"
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @npo.hold.card @assumption
  Scenario: A declined card in the second cart authorizes nothing, and a good card then does
    Decisions 6 and 11: the second cart pays through the same gateway as checkout, which
    declines one of its test cards; the order stays on hold until a payment goes through.

    Given another order, paid by card, is the one I am working
    When I change the quantity of line "ATS-LB-1001" to 2
    And the integration runs
    And the buyer tries to pay the second cart with the test card "4000 0000 0000 0002"
    Then I am told that my card was declined
    When the integration runs
    Then the order is still in "Order Hold"
    When the buyer pays the second cart with the test card "4111 1111 1111 1111"
    And the integration runs
    Then the order is back in "Order Accepted" with the amount "$3,690.00"
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @npo.hold.card @assumption @reauthorization.paypal.allows
  Scenario: A PayPal customer is emailed a link to a second cart and pays the new amount with PayPal
    Decision 6: card and PayPal payers alike pay a changed amount in a second cart.

    Given another order, paid by PayPal, is the one I am working
    When I change the quantity of line "ATS-LB-1001" to 2
    And the integration runs
    Then the buyer is emailed a link to a second cart
    And the buyer is not asked to confirm a PO number
    When the buyer pays the second cart with PayPal
    And the integration runs
    Then the order is back in "Order Accepted" with the amount "$3,690.00"
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @assumption @reauthorization-link.expiry.allows
  Scenario: A link still works 23 hours after the email, a day after the order
    Decision 6: the link expires 24 hours after the email, not before; the hours run from the
    email, not from when the order was placed.

    Given 5 hours have passed
    And I changed the quantity of line "ATS-LB-1001" to 2 and the integration has run
    And 23 hours have passed
    When the buyer follows the link in that email and confirms the PO number "PO-31001-C"
    And the integration runs
    Then the order is back in "Order Accepted" with the amount "$3,690.00"
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @assumption @reauthorization-link.newest.refuses
  Scenario: After a newer change only the newest email's link works
    Decision 6 binds a link to its order and amount; that a newer request replaces an older
    one for the same order is an assumption of this project (the decision names one request).

    Given I changed the quantity of line "ATS-LB-1001" to 2 and the integration has run
    And the buyer has kept the link of that email
    When I change the quantity of line "ATS-LB-1001" to 3
    And the integration runs
    And the buyer opens the link they kept
    Then the buyer is told that the link was replaced by a newer one
    And the order is still in "Order Hold"
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @assumption @reauthorization-link.own-order.refuses
  Scenario: A link pointed at another order of the buyer is not valid
    Decision 6: the link is bound to the order and the amount it was sent for.

    Given the buyer has placed another order for a Legacy build
    And I changed the quantity of line "ATS-LB-1001" to 2 and the integration has run
    When the buyer opens the link of that email for their other order
    Then the buyer is told that the link is not valid
    And the buyer's other order is as it was, in the store and in Salesforce
