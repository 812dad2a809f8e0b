@console
Feature: Finding work on the dashboard and taking an order from the queue
  The CSR starts from the CSR Home Page Dashboard. It shows the data as of its last Refresh,
  so the CSR refreshes it before working. A CSR takes an order from the Open Order Queue by
  assigning it to themself, so that no two people work the same order.

  Background:
    Given a buyer has placed an order for a Legacy build shipped to a non-FMS site

  @npo.1 @assumption @refresh.new-order.refuses
  Scenario: The dashboard and the Open Orders report show new orders only after a Refresh
    Assumption: the article's advice to refresh is read as the dashboard, and the report
    opened from it, showing data as of its last Refresh.

    Given I am logged in to the console as a CSR
    When the integration runs
    Then my dashboard does not list the order yet
    And the CSR's Open Orders report reads:
      | field | value              |
      | Title | Open Orders report |
    When I refresh the CSR Home Page Dashboard
    Then the order is listed in the Open Order Queue
    And the CSR's Open Orders report reads:
      | field         | value                                                                                                  |
      | Title         | Open Orders report                                                                                     |
      | Open Orders 1 | {salesforce number} · {order} · {company} · {site} · Order Accepted · Unassigned · $1,845.00 · {today} |

  @npo.2 @npo.3 @assumption @assignment.order-unassigned.refuses
  Scenario: An order from the queue is read-only until I assign it to myself
    Decision 3: any CSR can open a queue order, but only its assignee can change it.

    Given the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR
    When I open the order from the Open Order Queue
    Then the order is in the "Order Accepted" stage
    And the order offers to be assigned to me and nothing on it can be changed
    When I post each of these forms of the order by hand, where its page offers none:
      | form                             |
      | the order's ASTEA job number     |
      | a line's Order Number            |
      | an order comment                 |
      | Shipping and Billing Information |
      | Mark as Current Status           |
      | a line's change                  |
      | a line's deletion                |
    Then each is refused, as the order is still in the queue, and the order is as it was in the store and in Salesforce
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.2 @assumption
  Scenario: I open the report, refresh it, and open the order from it by its number
    Invented: the article's CSR opens "the report" and clicks the order number there, without
    saying what it lists. Here the Open Orders report lists the team's orders not yet
    Activated, whoever has them (the IPS Pricing team's report lists its own queue), as of
    the last Refresh, as the dashboard does.

    Given the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR
    When I open the Open Orders report
    And I refresh the report
    Then the CSR's Open Orders report reads:
      | field         | value                                                                                                                               |
      | Title         | Open Orders report                                                                                                                  |
      | Open Orders 1 | {salesforce number} · {order} · {company} · {site} · Order Accepted · Unassigned · $1,845.00 · {today}                              |
      | Open Orders 2 | {bystander salesforce number} · {bystander order} · {company} · {first site} (FMS) · Order Accepted · Unassigned · $89.50 · {today} |
    When I open the order from the report by its number
    Then it is an order in "Order Accepted" that names the store order number
    When I assign the order to myself
    Then the other CSR's Open Orders report reads:
      | field         | value                                                                                                                               |
      | Title         | Open Orders report                                                                                                                  |
      | Open Orders 1 | {salesforce number} · {order} · {company} · {site} · Order Accepted · {CSR} · $1,845.00 · {today}                                   |
      | Open Orders 2 | {bystander salesforce number} · {bystander order} · {company} · {first site} (FMS) · Order Accepted · Unassigned · $89.50 · {today} |
    And the Pricing Analyst's Open Orders report reads:
      | field | value              |
      | Title | Open Orders report |
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.2 @npo.3 @assumption @assignment.order-unassigned.allows
  Scenario: An order I assign to myself is mine, in My Open Orders
    Decision 3: the CSR who assigns a queue order to themself works it; it leaves the queue.

    Given the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR
    When I open the order from the Open Order Queue
    And I assign the order to myself
    Then the order says it is assigned to me
    And my dashboard lists it in My Open Orders and no longer in the Open Order Queue
    When I find the order in My Open Orders and open it by its link
    Then it is an order in "Order Accepted" that names the store order number
    And the order says it is assigned to me
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.2 @assumption @assignment.order-other-csr.refuses
  Scenario: A second CSR is told who has the order and cannot change it
    Decision 3: assignment is atomic and the loser is told who has the order.

    Given the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And the order is assigned to another CSR
    And I am logged in to the console as a CSR
    When I open the order by its number
    Then the order says that the other CSR has it
    And nothing on the order can be changed
    When I post each of these forms of the order by hand, where its page offers none:
      | form                             |
      | the order's ASTEA job number     |
      | a line's Order Number            |
      | an order comment                 |
      | Shipping and Billing Information |
      | Mark as Current Status           |
      | a line's change                  |
      | a line's deletion                |
    Then each is refused, naming the CSR who has the order, and the order is as it was in the store and in Salesforce
    And the buyer's other order is as it was, in the store and in Salesforce

  @npo.2 @npo.16 @assumption @assignment.order-other-csr.refuses
  Scenario: Another CSR's order that is ready to activate cannot be activated by a crafted request
    Decision 3: only the CSR who has the order changes it; a request the page does not offer
    is refused all the same.

    Given the integration has run
    And the buyer has another order with the CSR team that nothing here may change
    And the order is assigned to another CSR
    And the order and its lines carry the ASTEA job number "J-7710"
    And the warehouse has said the order is ready to ship
    And I am logged in to the console as a CSR
    When I open the order by its number
    And I mark the order "Activated" as current anyway
    Then my change is refused, naming the CSR who has the order, and the order is still in "Order Accepted"
    And the buyer sees the order "In Process" in the store with no tracking number
    And the buyer's other order is as it was, in the store and in Salesforce
