@console @store @integration
Feature: A repair order is worked as a quote
  An order with a repair line does not become a Salesforce order straight away: the
  integration makes a quote of it. A quote whose lines are all priced waits in Quote Hold for
  the CSR; one with any non-priced line waits in Evaluation Pending for the technician. The
  store order waits too. CSRs take quotes from Open Quotes in Queue exactly as they take
  orders: read-only until assigned, and only the assignee works it.

  @qrg86.after.priced @qrg86.after.zero @assumption
  Scenario Outline: A repair order reaches Salesforce as a quote in <quote status>
    Decisions 2 and 12: the quote stage and the statuses both systems show while it lasts.

    Given a rep has placed a repair order for "<repairs>"
    When the integration runs
    Then the quote is listed in Open Quotes in Queue in "<quote status>"
    And the rep's store order shows "<store status>"

    @quote-status.priced.allows @quote-status.mixed.allows @refresh.new-quote.allows
    Examples:
      | repairs                                                                                   | quote status       | store status               |
      | Repair: Servo Drive Controller SD-400                                                     | Quote Hold         | Awaiting Customer Approval |
      | Repair (evaluation): Hydraulic Valve Block HV-7                                           | Evaluation Pending | Awaiting Evaluation        |
      | Repair: Servo Drive Controller SD-400 and Repair (evaluation): Hydraulic Valve Block HV-7 | Evaluation Pending | Awaiting Evaluation        |

    @npo.route.bypass-quote @stage.new-and-repair.refuses
    Examples: A NEW product beside a repair
      | repairs                                                                 | quote status | store status               |
      | Servo Drive Controller SD-400 and Repair: Servo Drive Controller SD-400 | Quote Hold   | Awaiting Customer Approval |

  @qrg86.after.priced @assumption @refresh.new-quote.refuses
  Scenario: The dashboard shows a new quote only after a Refresh
    Assumption: the article's advice to refresh is read as the dashboard showing quotes, like
    orders, as of its last Refresh.

    Given I am logged in to the console as a CSR
    And a rep has placed a repair order for "Repair: Servo Drive Controller SD-400"
    When the integration runs
    Then my dashboard does not list the quote yet
    When I refresh the CSR Home Page Dashboard
    Then the quote is listed in Open Quotes in Queue in "Quote Hold"

  @assumption @assignment.quote-unassigned.refuses
  Scenario: A quote from the queue is read-only until I assign it to myself
    Decision 3 applies to quotes as to orders.

    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400" and the integration has run
    And the rep has another repair order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR
    When I open the quote from Open Quotes in Queue
    Then the quote offers to be assigned to me and cannot be presented
    And the rep's other order is as it was, in the store and in Salesforce

  @assumption @assignment.quote-unassigned.allows
  Scenario: A quote I assign to myself is mine, and leaves the queue for every CSR
    Decision 3 applies to quotes as to orders.

    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400" and the integration has run
    And the rep has another repair order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR
    When I open the quote from Open Quotes in Queue
    And I assign the quote to myself
    Then the quote is mine and listed in My Open Quotes
    And the CSR's dashboard reads:
      | field                  | value                                                                                           |
      | Title                  | CSR Home Page Dashboard                                                                         |
      | My Open Quotes 1       | {quote} · {order} · {company} · {rep name} · Quote Hold · $480.00 · {today}                     |
      | Open Quotes in Queue 1 | {bystander quote} · {bystander order} · {company} · {rep name} · Quote Hold · $480.00 · {today} |
    And the other CSR's dashboard reads:
      | field                  | value                                                                                           |
      | Title                  | CSR Home Page Dashboard                                                                         |
      | Open Quotes in Queue 1 | {bystander quote} · {bystander order} · {company} · {rep name} · Quote Hold · $480.00 · {today} |
    And the rep's other order is as it was, in the store and in Salesforce

  @assumption @assignment.quote-other-csr.refuses
  Scenario: Another CSR is told who has the quote and cannot work it
    Decision 3 applies to quotes as to orders: only the assignee works it.

    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400" and the integration has run
    And the rep has another repair order with the CSR team that nothing here may change
    And I am logged in to the console as a CSR working that quote
    When another CSR opens the quote
    Then the other CSR is told that I have the quote and cannot present it
    And the rep's other order is as it was, in the store and in Salesforce

  @assumption @assignment.quote-other-csr.refuses
  Scenario: The forms of a quote another CSR has, posted by hand, are refused
    Decision 3 applies to quotes as to orders: a stale tab or a bookmark does not let a second
    CSR work a quote its page shows them read-only.

    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400" and the integration has run
    And the rep has another repair order with the CSR team that nothing here may change
    And the quote is assigned to another CSR
    And I am logged in to the console as a CSR
    When I post each of these forms of the quote by hand, where its page offers none:
      | form                      |
      | a line's ASTEA job number |
      | Present Quote             |
    And the integration runs
    Then each is refused, naming the CSR who has the quote, and the quote is as it was in the store and in Salesforce
    And the rep has not been emailed a repair quote
    And the rep's other order is as it was, in the store and in Salesforce
