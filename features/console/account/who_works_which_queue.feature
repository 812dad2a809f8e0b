@console @integration @assumption
Feature: Who works which queue
  Decision 13: the CSR team takes orders from the Open Order Queue and quotes from Open Quotes
  in Queue; the Pricing Analyst team takes orders from the IPS Pricing Queue; neither takes the
  other's. The repair technician only records evaluations and the administrator only reads the
  audit log: neither takes work from a queue. The page offers no way to, and the server
  refuses a crafted request.

  Rule: Each team takes orders from its own queue only

    @npo.route.pricing @console-roles.csr.refuses
    Scenario: A CSR cannot take an order from the IPS Pricing Queue
      Given a buyer has placed an order for a Harvard product shipped to an FMS site
      And the integration has run
      When the CSR opens that order by its number
      Then the CSR cannot assign the order to themself

    @npo.route.non-fms @console-roles.pricing-analyst.refuses
    Scenario: The Pricing Analyst cannot take an order from the Open Order Queue
      Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
      And the integration has run
      When the Pricing Analyst opens that order by its number
      Then the Pricing Analyst cannot assign the order to themself

    @qrg86.after.priced
    Scenario: The Pricing Analyst cannot take a repair quote from Open Quotes in Queue
      Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400" and the integration has run
      When the Pricing Analyst opens that quote by its number
      Then the Pricing Analyst cannot assign the quote to themself
      And the quote is listed in Open Quotes in Queue in "Quote Hold"

    @npo.route.pricing
    Scenario: Assign to me posted by hand from outside the Pricing Analyst team names the team that works the IPS Pricing Queue
      Given a buyer has placed an order for a Harvard product shipped to an FMS site
      And the integration has run
      When each of these console users posts "Assign to me" for the order by hand:
        | who               |
        | CSR               |
        | Repair Technician |
        | Warehouse         |
        | Administrator     |
      Then each is refused, saying work in the IPS Pricing Queue is taken by the Pricing Analyst team, and the order is as it was in the store and in Salesforce

    @npo.route.non-fms
    Scenario: Assign to me posted by hand from outside the CSR team names the team that works the Open Order Queue
      Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
      And the integration has run
      When each of these console users posts "Assign to me" for the order by hand:
        | who               |
        | Pricing Analyst   |
        | Repair Technician |
        | Warehouse         |
        | Administrator     |
      Then each is refused, saying work in the Open Order Queue is taken by the CSR team, and the order is as it was in the store and in Salesforce

    @qrg86.after.priced
    Scenario: Assign to me posted by hand on a repair quote from outside the CSR team names the CSR team
      Given a rep has placed a repair order for "Repair: Servo Drive Controller SD-400" and the integration has run
      When each of these console users posts "Assign to me" for the quote by hand:
        | who               |
        | Pricing Analyst   |
        | Repair Technician |
        | Warehouse         |
        | Administrator     |
      Then each is refused, saying work in the Open Quotes in Queue is taken by the CSR team, and the quote is as it was in the store and in Salesforce

  Rule: The repair technician and the administrator take no work from a queue

    Scenario Outline: The <person> cannot take an order from the Open Order Queue
      Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
      And the integration has run
      When the <person> opens that order by its number
      Then the <person> cannot assign the order to themself

      @console-roles.technician.refuses
      Examples: The repair technician
        | person            |
        | Repair Technician |

      @console-roles.administrator.refuses
      Examples: The administrator
        | person        |
        | Administrator |

  Rule: Only the administrator reads the audit log

    @console-roles.administrator.allows
    Scenario: Other console users who open the audit log by its address are refused and see no entry
      The menu offers the audit log to the administrator alone; its address, typed or
      bookmarked, is refused to everyone else.

      Given I am signed in as a rep masquerading as one of my companies
      Then each of these console users opens the audit log by its address and is refused:
        | person            |
        | CSR               |
        | Pricing Analyst   |
        | Repair Technician |
        | Warehouse         |
      And the audit log's newest entry is "Masquerade started" by me for "{company}"
