@console @integration
Feature: Fulfilling and activating an order
  An order can wait in Order Accepted until the warehouse says it is ready to ship. The CSR
  then checks how the customer paid in Shipping and Billing Information, captures a card or
  PayPal payment, enters tracking when there is some, and moves the status to Activated with
  Mark as Current Status. The store then shows the order Completed.

  @npo.16 @assumption @activation.order-job-number.refuses @activation.ready-to-ship.refuses
  Scenario: Activation is refused with the list of exactly what is missing
    Decisions 4, 5, 7 and 8: job numbers, the vendor confirmation, payment capture and the
    ready-to-ship notice are required before Activation.

    Given a buyer has placed an order for a Harvard product and a Partsco part shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order
    When I move the status to "Activated" and mark it as current
    Then I am told that activation needs the ASTEA job number on the order
    And I am told that activation needs the ASTEA job number on line "HVD-3101"
    And I am told that activation needs an order comment confirming the vendor
    And I am told that activation needs the ready-to-ship notice
    And the order is in the "Order Accepted" stage
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.16 @assumption @activation.order-job-number.refuses
  Scenario: Job numbers on every line do not stand in for the order's own
    Decision 4: the ASTEA job number is required on the order and on every line; a number
    on the lines is not the order's.

    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order
    And the warehouse has said the order is ready to ship
    When I open the order's lines
    And I open the line "ATS-LB-1001" by its product number
    And I enter "A-55130" as the line's Order Number and save
    And I move the status to "Activated" and mark it as current
    Then I am told that activation needs the ASTEA job number on the order
    And the order is in the "Order Accepted" stage
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.5 @npo.16 @assumption
  Scenario: A Partsco part on the second line still needs its vendor confirmed
    Decision 5: an order with a Harvard or Partsco line, whichever line it is, waits for a
    comment confirming the vendor.

    Given a buyer has placed an order for a Legacy build and a Partsco part shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order
    And the order and its lines carry the ASTEA job number "A-55125"
    And the warehouse has said the order is ready to ship
    When I move the status to "Activated" and mark it as current
    Then I am told that activation needs an order comment confirming the vendor
    And the order is in the "Order Accepted" stage
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.12 @npo.13 @npo.14 @npo.16 @npo.17 @activation.order-job-number.allows @activation.line-job-number.allows @activation.ready-to-ship.allows @activation.po.allows @activation.on-hold.allows @vendor-confirmation.legacy.allows @completion.status.allows @completion.tracking.allows @ready-to-ship-email.assignee.allows @activated-locked.lines.refuses @hold.tracking.allows @assumption
  Scenario: A PO order, ready to ship, is activated and shows Completed in the store
    DOMAIN.md, Statuses, says an activated order's lines cannot be deleted; that they cannot be
    changed either is an assumption of this project.

    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order
    And the order and its lines carry the ASTEA job number "A-55120"
    When the warehouse says the order is ready to ship
    Then I am emailed that the order is ready to ship
    And another CSR is not emailed that the order is ready to ship
    When I open the order from the ready-to-ship email
    Then Shipping and Billing Information shows the customer paid by PO and needs no payment capture
    When I enter the tracking number "1Z999AA10123456784"
    And I move the status to "Activated" and mark it as current
    Then the order is in the "Activated" stage
    And the order shows who activated it and when
    And the order's lines can no longer be changed, "ATS-LB-1001" included
    When I send the ASTEA job number "A-99999" for the order anyway
    Then it is refused, as the order is "Activated", and the order keeps "A-55120"
    When the integration runs
    Then the buyer sees the order "Completed" in the store with tracking number "1Z999AA10123456784"
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.16 @assumption
  Scenario: Once Activated, no form of the order changes it, though a tab opened before offers them
    DOMAIN.md, Statuses, says an activated order's lines cannot be deleted; that nothing else
    on it changes either is an assumption. A request its page no longer offers is refused all
    the same (decision 13), and both systems keep what was activated.

    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order
    And the order and its lines carry the ASTEA job number "A-55121"
    And the warehouse has said the order is ready to ship
    When I enter the tracking number "1Z999AA10123456790"
    And I move the status to "Activated" and mark it as current
    And the integration runs
    And I post each of these forms of the order by hand, where its page offers none:
      | form                             |
      | the order's ASTEA job number     |
      | a line's Order Number            |
      | Shipping and Billing Information |
      | Mark as Current Status           |
      | a line's change                  |
      | a line's deletion                |
    And the integration runs
    Then each is refused, and the Activated order is as it was in the store and in Salesforce
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.13 @assumption
  Scenario Outline: A <method> order is not activated until Payment Captured is ticked
    Decision 7: card and PayPal payments are captured by ticking Payment Captured.

    Given a buyer paying by <method> has placed an order for a Legacy build shipped to an FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order
    And the order and its lines carry the ASTEA job number "A-55121"
    And the warehouse has said the order is ready to ship
    When I move the status to "Activated" and mark it as current
    Then I am told that activation needs Payment Captured
    And the order is in the "Order Accepted" stage
    And the buyer's other order is as it was, in the store and in Salesforce

    @activation.card-capture.refuses @activation.po.refuses
    Examples: Paid by card
      | method |
      | card   |

    @activation.paypal-capture.refuses
    Examples: Paid by PayPal
      | method |
      | PayPal |

  @npo.13 @assumption
  Scenario Outline: A <method> order with Payment Captured ticked is activated
    Decision 7: card and PayPal payments are captured by ticking Payment Captured; a later save
    of Shipping and Billing Information, for the tracking number, keeps it ticked.

    Given a buyer paying by <method> has placed an order for a Legacy build shipped to an FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order
    And the order and its lines carry the ASTEA job number "A-55122"
    And the warehouse has said the order is ready to ship
    When I tick Payment Captured and save
    And I enter the tracking number "1Z999AA10155122"
    And I move the status to "Activated" and mark it as current
    Then the order is in the "Activated" stage
    And the buyer's other order is as it was, in the store and in Salesforce

    @activation.card-capture.allows
    Examples: Paid by card
      | method |
      | card   |

    @activation.paypal-capture.allows
    Examples: Paid by PayPal
      | method |
      | PayPal |

  @npo.10 @npo.16 @assumption @activation.line-job-number.refuses
  Scenario: An order with one line still without its job number is not activated
    Decision 4: the ASTEA job number is required on the order and on every line.

    Given a buyer has placed an order for a Harvard product and a Partsco part shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order
    And the warehouse has said the order is ready to ship
    When I edit the order name and enter the ASTEA job number "A-66002"
    And I add the order comment "Vendors confirmed with Harvard and Partsco." confirming the vendor
    And I open the order's lines
    And I open the line "HVD-3101" by its product number
    And I enter "A-66002" as the line's Order Number and save
    And I move the status to "Activated" and mark it as current
    Then I am told that activation needs the ASTEA job number on line "PCO-2201"
    And the order is in the "Order Accepted" stage
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.hold @npo.16 @assumption @activation.on-hold.refuses
  Scenario: An order on Order Hold is not activated
    Decision 6: an order on Order Hold waits for the customer to authorize the new amount.

    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order
    And the order and its lines carry the ASTEA job number "A-66003"
    And the warehouse has said the order is ready to ship
    When I change the quantity of line "ATS-LB-1001" to 2
    And I move the status to "Activated" and mark it as current
    Then I am told that only an order in Order Accepted can be activated
    And the order is in the "Order Hold" stage
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.14 @npo.17 @assumption @completion.status.refuses @completion.tracking.refuses
  Scenario: The store shows Completed only after the integration, and no tracking when the CSR left none
    Decision 9: activation sends Completed, and the tracking when there is some, to the store.
    A tracking number typed by mistake and then cleared is no tracking number.

    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order
    And the order and its lines carry the ASTEA job number "A-66004"
    And the warehouse has said the order is ready to ship
    When I enter the tracking number "1Z999AA10199001"
    And I clear the tracking number and save
    And I move the status to "Activated" and mark it as current
    Then the buyer sees the order "In Process" in the store with no tracking number
    When the integration runs
    Then the buyer sees the order "Completed" in the store with no tracking number
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.14 @npo.17 @assumption
  Scenario: A tracking number of 60 characters, the most one holds, reaches the store whole
    Invented: the articles set no length; the simulator keeps a tracking number to 60
    characters. One longer is refused and changes nothing; one of exactly that length is
    taken.

    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
    And the integration has run
    And I am logged in to the console as a CSR working that order
    And the order and its lines carry the ASTEA job number "A-66060"
    And the warehouse has said the order is ready to ship
    When I enter the tracking number "1Z999AA101234567890123456789012345678901234567890123456789012"
    Then I am told that a tracking number has at most 60 characters
    When I enter the tracking number "1Z999AA10123456789012345678901234567890123456789012345678901"
    And I move the status to "Activated" and mark it as current
    And the integration runs
    Then the buyer sees the order "Completed" in the store with tracking number "1Z999AA10123456789012345678901234567890123456789012345678901"

  @npo.16 @assumption
  Scenario: The confetti flies on activation, unless reduced motion is asked for
    Assumption: the confetti honours a reduced-motion setting, which the article does not mention.

    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order
    And the order and its lines carry the ASTEA job number "A-55122"
    And the warehouse has said the order is ready to ship
    When I move the status to "Activated" and mark it as current with motion allowed
    Then the confetti flies
    When I reload the order with reduced motion
    Then no confetti is shown
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.12 @assumption
  Scenario: Only the warehouse says an order is ready to ship, whoever posts the notice by hand
    Decision 8: the warehouse sends the ready-to-ship notice. No other console user's page
    offers it, and a notice posted by hand from their browser is refused.

    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order
    When each of these console users posts "the warehouse's Ready to Ship" for the order by hand:
      | who               |
      | CSR               |
      | other CSR         |
      | Pricing Analyst   |
      | Repair Technician |
      | Administrator     |
    And the integration runs
    Then each is refused, as only the warehouse reports an order ready to ship, and the order is as it was in the store and in Salesforce
    And the buyer's other order is as it was, in the store and in Salesforce

  Rule: An order with a Harvard or Partsco line needs the vendor confirmed in a comment
    Decision 5: activation waits for an order comment that confirms the vendor.

    @npo.5 @npo.16 @assumption
    Scenario Outline: An order with <products> is not activated on an ordinary comment
      Given a buyer has placed an order for <products> shipped to a non-FMS site
      And the integration has run
      And the buyer has another order with the CSR team that nothing here may change
      And I am logged in to the console as a CSR working that order
      And the order and its lines carry the ASTEA job number "A-66001"
      And the warehouse has said the order is ready to ship
      When I add the order comment "Checked the delivery date with the warehouse."
      And I move the status to "Activated" and mark it as current
      Then I am told that activation needs an order comment confirming the vendor
      And the order is in the "Order Accepted" stage
      And the buyer's other order is as it was, in the store and in Salesforce

      @vendor-confirmation.harvard.refuses @vendor-confirmation.plain-comment.refuses @vendor-confirmation.legacy.refuses
      Examples: A Harvard product
        | products          |
        | a Harvard product |

      @vendor-confirmation.partsco.refuses
      Examples: A Partsco part
        | products       |
        | a Partsco part |

    @npo.5 @npo.16 @assumption
    Scenario Outline: An order with <products> is activated once a comment confirms the vendor
      Given a buyer has placed an order for <products> shipped to a non-FMS site
      And the integration has run
      And the buyer has another order with the CSR team that nothing here may change
      And I am logged in to the console as a CSR working that order
      And the order and its lines carry the ASTEA job number "A-66003"
      And the warehouse has said the order is ready to ship
      When I add the order comment "Vendor confirmed." confirming the vendor
      And I move the status to "Activated" and mark it as current
      Then the order is in the "Activated" stage
      And the buyer's other order is as it was, in the store and in Salesforce

      @vendor-confirmation.harvard.allows
      Examples: A Harvard product
        | products          |
        | a Harvard product |

      @vendor-confirmation.partsco.allows
      Examples: A Partsco part
        | products       |
        | a Partsco part |
