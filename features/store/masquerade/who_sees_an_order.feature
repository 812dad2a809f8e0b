@store
Feature: Who sees an order, on every page that shows one
  An order a rep places for a company is the company's: the rep who placed it and the
  company's own buyer see it on every store page that shows an order. Nobody else does, on
  any of them: a buyer of another company, or a rep who is not assigned to the company, is
  refused the page, or finds the order missing from their list. A guard on one page and not
  on another would show the order to someone who may not see it.

  Background:
    Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400"

  @assumption @qrg86.24
  Scenario: The rep and the company's buyer see the order on every page that shows one
    Decision 10: every order placed while masquerading appears in the company's order list.

    Then each of these opens the page and sees the order on it
      | party               | route                |
      | the rep             | order page           |
      | the rep             | confirmation page    |
      | the rep             | order list           |
      | the rep             | company's order list |
      | the company's buyer | order page           |
      | the company's buyer | confirmation page    |
      | the company's buyer | order list           |

  @assumption @masquerade-scope.order.allows
  Scenario: The rep also sees the order the company's own buyer placed
    Decision 10: the company's orders are the company's, whoever of its people placed them.

    Given the company's buyer has placed an order for a Legacy build
    Then each of these opens the page and sees the other order on it
      | party               | route                |
      | the rep             | order page           |
      | the rep             | company's order list |
      | the company's buyer | order page           |
      | the company's buyer | order list           |

  @assumption
  Scenario: Nobody else sees the order, on any page that shows one
    Decision 10: a request for another company is refused (403) and logged.

    Then each of these opens the page and does not see the order on it
      | party                             | route                |
      | a buyer of another company        | order page           |
      | a buyer of another company        | confirmation page    |
      | a buyer of another company        | order list           |
      | a buyer of another company        | company's order list |
      | a rep not assigned to the company | order page           |
      | a rep not assigned to the company | confirmation page    |
      | a rep not assigned to the company | order list           |
      | a rep not assigned to the company | company's order list |

  @assumption
  Scenario: A buyer of another company asking for the order is refused, logged for the order's company
    Decision 10: a request for another company's records is refused and logged; the log names
    the company asked for, not the company of whoever asked.

    Then each of these opens the page and does not see the order on it
      | party                      | route      |
      | a buyer of another company | order page |
    And the audit log's newest entry is "Refused: not assigned to the company" by a buyer of another company for the order's company
