@console @integration
Feature: Order Comments
  The CSR adds Order Comments, and for an order with a Harvard or Partsco line confirms the
  vendor there. Comments are only ever added to: what is already there is never changed or
  removed. The integration carries the comments to the store, where the buyer reads them.

  Background:
    Given a buyer has placed an order for a Harvard product and a Partsco part shipped to a non-FMS site
    And the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that order

  @npo.5 @assumption
  Scenario: The vendor confirmation is added to the Order Comments with its author
    Decision 5 asks for a comment confirming the vendor; that the CSR marks such a comment
    "confirms the vendor", and the console shows the mark, is invented.

    When I add the order comment "Vendors confirmed with Harvard and Partsco." confirming the vendor
    Then the Order Comments show "Vendors confirmed with Harvard and Partsco." by me, marked as confirming the vendor
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.5 @assumption @comments-append-only.remove.refuses @comments-append-only.change.refuses @comments-append-only.blank.allows
  Scenario: A new comment is added below what is there, and nothing offers to change or remove it
    Decision 5: Order Comments are append-only.

    When I add the order comment "First note from the CSR."
    And I add the order comment "Ships Friday."
    Then the Order Comments show "First note from the CSR." before "Ships Friday."
    And no comment can be edited or deleted
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.5 @comments-to-store.sync.refuses @comments-to-store.own-order.allows
  Scenario: The buyer reads the comments in the store once the integration has run
    When I add the order comment "Your order ships from the Harvard warehouse."
    Then the buyer does not see "Your order ships from the Harvard warehouse." on the store order yet
    When the integration runs
    Then the buyer sees "Your order ships from the Harvard warehouse." on the store order
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.5 @comments-to-store.sync.allows
  Scenario: The store shows each comment with who wrote it and when, not when the order was placed
    When 2 hours pass
    And I add the order comment "Vendors confirmed: Harvard and Partsco." confirming the vendor
    And I add the order comment "Customer asked for a single delivery."
    And the integration runs
    Then the buyer sees the store order as:
      | field            | value                                                             |
      | Title            | Order {order}                                                     |
      | Status           | In Process                                                        |
      | ATS order        | {salesforce number}                                               |
      | Order Comments 1 | {CSR} · {now}, Vendors confirmed: Harvard and Partsco.            |
      | Order Comments 2 | {CSR} · {now}, Customer asked for a single delivery.              |
      | Customer         | {buyer}                                                           |
      | Company          | {company}                                                         |
      | Placed           | {today}                                                           |
      | Ship to          | {site} (non-FMS site), {site address}                             |
      | Bill to          | {billing address}                                                 |
      | Other Comments   | UPS account {ups account}                                         |
      | Payment          | PO PO-SEEDED                                                      |
      | Order lines 1    | Harvard Pneumatic Gripper HG-200 HVD-3101 · 1 · $560.00 · $560.00 |
      | Order lines 2    | Partsco Proximity Sensor PX-18 PCO-2201 · 1 · $89.50 · $89.50     |
      | Total            | $649.50                                                           |
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.5 @assumption @comments-append-only.blank.refuses
  Scenario: A comment of spaces only is refused and adds nothing
    Decision 5: comments are added to, never emptied out; an empty one adds nothing.

    When I add the order comment "Packed on pallet 4."
    And I add the order comment "    "
    Then I am told to write the comment before adding it
    And the Order Comments show only "Packed on pallet 4."
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.5 @comments-to-store.own-order.refuses
  Scenario: A comment reaches its own order only, not the buyer's other orders
    Given the buyer has placed another order for a Legacy build
    When I add the order comment "Your gripper ships on Tuesday."
    And the integration runs
    Then the buyer sees "Your gripper ships on Tuesday." on the store order
    And the buyer does not see "Your gripper ships on Tuesday." on their other order
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.5 @assumption
  Scenario: A comment of 2,000 characters, the most one holds, is added whole
    Assumption (the articles set no length; the simulator keeps a comment to 2,000
    characters, as a text field has a limit): a comment of exactly that length is taken.

    When I add an order comment 2000 characters long, ending "End of the vendor's notes."
    Then the Order Comments show only "End of the vendor's notes."
    And the buyer's other order is as it was, in the store and in Salesforce
