@console @store @integration
Feature: A priced repair: the quote is presented, approved, and becomes an order
  When the repair has a standard price that needs no change, the CSR presents the repair
  quote, the rep is emailed it and approves it in the store, and the approved quote becomes
  an order that is worked like any other. Here the rep sends in two units of one part.

  Background:
    Given a rep has placed a repair order for "2 × Repair: Servo Drive Controller SD-400" and the integration has run
    And the rep has another repair order with the CSR team that nothing here may change

  @qrg86.after.priced @priced-approval.emailed.allows @assignment.quote-other-csr.allows
  Scenario: The CSR presents the quote and the rep is emailed it
    Given I am logged in to the console as a CSR working that quote
    When I present the quote
    Then the quote is in "Presented"
    When the integration runs
    Then the email "Repair quote {quote} for order {order}" to the rep reads:
      | field  | value                                                                                                                    |
      | Title  | Repair quote {quote} for order {order}                                                                                   |
      | From   | orders@ats.example                                                                                                       |
      | To     | {rep email}                                                                                                              |
      | Sent   | {today}                                                                                                                  |
      | Line 1 | The repair for order {order} ({company}) costs $960.00. Approve the quote on the order's page and ATS starts the repair. |
      | Link 1 | Review and approve the repair quote → Order {order}                                                                      |
    And the CSR's dashboard reads:
      | field                  | value                                                                                           |
      | Title                  | CSR Home Page Dashboard                                                                         |
      | My Open Quotes 1       | {quote} · {order} · {company} · {rep name} · Presented · $960.00 · {today}                      |
      | Open Quotes in Queue 1 | {bystander quote} · {bystander order} · {company} · {rep name} · Quote Hold · $480.00 · {today} |
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.priced @assumption @priced-approval.presented.refuses @priced-approval.emailed.refuses
  Scenario: Before it is presented, there is nothing to approve in the store
    Decision 12: the customer approves the quote in the store once it is presented.

    Then the store offers no repair quote to approve yet
    And the rep has not been emailed a repair quote
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.priced @assumption
  Scenario: Once presented, the quote is no longer the technician's to price
    Decision 12: the technician prices a repair before the quote is presented; the price the
    customer is asked to approve does not change under them.

    Given the quote has been presented and the integration has run
    Then the repair technician, opening the quote, is offered no evaluation of "RPR-1001"
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.priced @assumption @priced-approval.presented.refuses
  Scenario: A crafted approval of a quote not yet presented is refused
    Decision 12: the customer approves the quote in the store once it is presented.

    When the rep sends an approval of the repair quote anyway
    Then the rep is told that ATS has not presented the repair quote yet
    And the rep's store order shows "Awaiting Customer Approval"
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.priced @assumption
  Scenario: A buyer of another company cannot approve the presented quote by a crafted request
    Decision 10: a request about another company's order is refused and logged.

    Given the quote has been presented and the integration has run
    When a buyer of another company sends an approval of the rep's repair quote anyway
    And the integration runs
    Then the buyer of another company is told the order is not one of a company they act for
    And the audit log's newest entry is "Refused: not assigned to the company" by a buyer of another company for the order's company
    And the rep's store order shows "Awaiting Customer Approval"
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.priced @assumption @priced-approval.presented.allows
  Scenario: The approved quote becomes an order in Order Accepted, and the store order is In Process
    Decision 12: the approved quote is Accepted and copied into an order in Order Accepted.

    Given the quote has been presented and the integration has run
    When the rep approves the repair quote in the store
    And the integration runs
    Then the quote became an order in "Order Accepted" with the line "RPR-1001" at "$480.00"
    And the rep's store order shows "In Process"
    And the CSR's dashboard reads:
      | field                  | value                                                                                           |
      | Title                  | CSR Home Page Dashboard                                                                         |
      | My Open Orders 1       | {salesforce number} · {order} · {company} · {site} (FMS) · Order Accepted · $960.00 · {today}   |
      | Open Quotes in Queue 1 | {bystander quote} · {bystander order} · {company} · {rep name} · Quote Hold · $480.00 · {today} |
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.priced @npo.10 @assumption
  Scenario: A job number given to a quote line is on the order's line once the quote is approved
    Decision 12: the accepted quote and its lines are copied into the order, which is then
    worked as in the new-product article.

    Given I am logged in to the console as a CSR working that quote
    When I enter the ASTEA job number "R-4420" on the quote's line "RPR-1001"
    And I present the quote
    And the integration runs
    And the rep approves the repair quote in the store
    And the integration runs
    Then the quote became an order in "Order Accepted" with the line "RPR-1001" at "$480.00"
    And the line "RPR-1001" shows the Order Number "R-4420"
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.priced @npo.10 @assumption
  Scenario: A presented quote still takes a job number on its line, and an accepted one refuses it
    DOMAIN.md, Statuses: a Presented quote is still editable; only Accepted locks it, and a
    request its page does not offer is refused all the same (decision 13).

    Given I am logged in to the console as a CSR working that quote
    When I present the quote
    And I enter the ASTEA job number "R-4421" on the quote's line "RPR-1001"
    And the integration runs
    And the rep approves the repair quote in the store
    And the integration runs
    Then the quote became an order in "Order Accepted" with the line "RPR-1001" at "$480.00"
    And the line "RPR-1001" shows the Order Number "R-4421"
    When I post each of these forms of the quote by hand, where its page offers none:
      | form                      |
      | a line's ASTEA job number |
      | Present Quote             |
      | Move to Order             |
    Then each is refused, the job number as the quote is locked, and the quote reads as it did
    And the rep's other order is as it was, in the store and in Salesforce

  @qrg86.after.priced
  Scenario: The order made from the approved quote is processed as normal, to Completed
    Given the quote has been presented and the integration has run
    And I am logged in to the console as a CSR
    When the rep approves the repair quote in the store
    And the integration runs
    Then the quote became an order in "Order Accepted" with the line "RPR-1001" at "$480.00"
    When I edit the order name and enter the ASTEA job number "R-4410"
    And I open the order's lines
    And I open the line "RPR-1001" by its product number
    And I enter "R-4410" as the line's Order Number and save
    And the warehouse says the order is ready to ship
    And I open the order from the ready-to-ship email
    And I move the status to "Activated" and mark it as current
    Then the order is in the "Activated" stage
    When the integration runs
    Then the rep's store order shows "Completed"
    And the rep's other order is as it was, in the store and in Salesforce
