@store @qrg86.who
Feature: Acting for a company through masquerade
  ATS Buyers, IPS Sales Reps and Site Service Reps are not buyers of any one company. They
  are assigned to several customer companies and order on behalf of one of them by
  masquerading as it: Log In on the company in their dashboard, and from then on the store
  shows and sells as that company until they end the masquerade or pick another.

  Rule: A rep's dashboard lists the companies assigned to them, each with Log In

    @qrg86.1 @qrg86.2 @qrg86.3 @qrg86.4
    Scenario Outline: An <rep> sees how many companies are assigned to them and a list of them
      Given I am an <rep>
      When I sign in to the store
      Then I see my store dashboard
      And my dashboard shows how many company accounts are assigned to me
      And each company assigned to me is listed with Log In

      @masquerade-dashboard.ats-buyer.allows
      Examples: An ATS Buyer
        | rep       |
        | ATS Buyer |

      @masquerade-dashboard.ips-sales-rep.allows
      Examples: An IPS Sales Rep
        | rep           |
        | IPS Sales Rep |

      @masquerade-dashboard.site-service-rep.allows
      Examples: A Site Service Rep
        | rep              |
        | Site Service Rep |

    @masquerade-scope.buyer.allows
    Scenario: A buyer of one company sees no list of companies and no masquerade
      Given I am a buyer at a company with Terms
      When I sign in to the store
      Then I see no list of assigned companies
      And no masquerade banner is shown

    @masquerade-scope.buyer.allows
    Scenario Outline: A buyer opens the <page> of their own company
      Given I am signed in as a buyer at a company with Terms
      When I open the <page> of my company
      Then the store page is headed "<heading>"

      Examples:
        | page    | heading   |
        | catalog | Catalog   |
        | cart    | Your cart |
        | orders  | My Orders |

  Rule: Log In makes the rep act as that company until they end the masquerade

    @qrg86.5 @qrg86.6 @qrg86.7 @assumption @masquerade-dashboard.selected.allows
    Scenario: Logging in as a company marks it selected and names it at the upper left
      A banner naming the company, with a way to end the masquerade, is the product
      owner's addition (decision 10).

      Given I am signed in as an IPS Sales Rep
      When I log in as one of my companies
      Then the company shows "selected" instead of Log In
      And the company I act for is named at the upper left
      And a banner names the company and offers to end the masquerade
      And every other company assigned to me still shows Log In

    @qrg86.7 @masquerade-one-company.end.allows @masquerade-scope.pages.allows
    Scenario: The company stays named at the upper left on every page
      Given I am signed in as a rep masquerading as one of my companies
      Then the company I act for is named at the upper left of the catalog page
      And the company I act for is named at the upper left of the cart page
      And the company I act for is named at the upper left of the orders page

    @qrg86.5 @assumption @masquerade-one-company.cart.refuses
    Scenario: Starting a masquerade empties the cart
      Assumption (decision 10): a cart belongs to one masquerade, so nothing meant for one
      company can be ordered for another.

      Given I am signed in as a rep masquerading as one of my companies
      And I have a Legacy build in my cart
      When I log in as another of my companies
      Then my cart is empty

    @assumption @masquerade-one-company.end.refuses
    Scenario: Ending the masquerade returns the rep to their own dashboard
      Decision 10: the masquerade banner offers to end the masquerade.

      Given I am signed in as a rep masquerading as one of my companies
      When I end the masquerade
      Then I am not acting for any company
      And every company assigned to me shows Log In again

  @assumption
  Rule: A rep can act only for the companies assigned to them, and every attempt is logged
    Decision 10: any request for another company is refused, whatever the page offered,
    and the attempt is written to the audit log.

    Scenario Outline: A crafted Log In by an <rep> for a company not assigned to them is refused
      Given I am signed in as an <rep>
      When I send a Log In request for a company not assigned to me
      Then I am told that I am not assigned to that company
      And I am not acting for any company

      @masquerade-scope.ats-buyer.refuses
      Examples: An ATS Buyer
        | rep       |
        | ATS Buyer |

      @masquerade-scope.ips-sales-rep.refuses
      Examples: An IPS Sales Rep
        | rep           |
        | IPS Sales Rep |

      @masquerade-scope.site-service-rep.refuses
      Examples: A Site Service Rep
        | rep              |
        | Site Service Rep |

    @masquerade-scope.buyer.refuses
    Scenario: A buyer cannot open the pages of another company
      Given I am signed in as a buyer at a company with Terms
      When I open the catalog of another company
      Then I am told that I am not assigned to that company

    @masquerade-scope.pages.refuses
    Scenario Outline: The <page> of a company not assigned to me is refused
      Given I am signed in as a rep masquerading as one of my companies
      When I open the <page> of a company not assigned to me
      Then I am told that I am not assigned to that company
      And I am still acting for my company
      And the audit log's newest entry is "Refused: not assigned to the company" by me for "{company not assigned}"

      Examples:
        | page     |
        | catalog  |
        | cart     |
        | checkout |
        | orders   |

    @masquerade-scope.order.refuses
    Scenario: An order of a company not assigned to me is refused
      Given I am signed in as a rep masquerading as one of my companies
      And a buyer of a company not assigned to me has placed an order
      When I open that order
      Then I am told that I cannot see that order
      And the audit log's newest entry is "Refused: not assigned to the company" by me for "{company not assigned}"

    @masquerade-scope.order.refuses @assumption
    Scenario: An order number that does not exist is refused in the same words
      Assumption (decision 10 refuses other companies' requests; the articles say nothing of
      unknown numbers): answering alike keeps order numbers from being probed.

      Given I am signed in as a rep masquerading as one of my companies
      And an order number that no store order has
      When I open that order
      Then I am told that I cannot see that order

    @console-roles.administrator.allows @audit-log.masquerade.refuses
    Scenario: An administrator reads who acted as which company, and every refusal
      Given I am signed in as an IPS Sales Rep
      When I log in as one of my companies
      And I end the masquerade
      And I send a Log In request for a company not assigned to me
      Then the audit log, newest first, reads
        | company                | what                                 | details            |
        | {company not assigned} | Refused: not assigned to the company | start a masquerade |
        | {company}              | Masquerade ended                     |                    |
        | {company}              | Masquerade started                   |                    |

  Rule: Every kind of rep places orders for the companies assigned to them

    @qrg86.who @qrg86.5 @qrg86.23 @qrg86.24
    Scenario Outline: An <rep> places a repair order for one of their companies
      Given I am signed in as an <rep>
      When I log in as my company with Terms
      And I add "Repair: Servo Drive Controller SD-400" to my cart describing the problem as "Drive faults with E-17 on power-up"
      And I check out to the company's first site paying with PO number "PO-7700"
      Then I see a confirmation with the new store order number
      And the order shows me under Customer information, placed for the company

      @masquerade-scope.ats-buyer.allows
      Examples: An ATS Buyer
        | rep       |
        | ATS Buyer |

      @masquerade-scope.ips-sales-rep.allows
      Examples: An IPS Sales Rep
        | rep           |
        | IPS Sales Rep |

      @masquerade-scope.site-service-rep.allows
      Examples: A Site Service Rep
        | rep              |
        | Site Service Rep |
