@console @integration
Feature: A NEW-product order reaches the right team in Salesforce
  The integration is a separate job that carries store orders into Salesforce. An order of
  NEW products only skips the quote stage: it arrives as an order in Order Accepted, in the
  queue of the team that must work it first. Store and Salesforce number their orders
  differently, and each side shows the other's number.

  Rule: An order of NEW products only becomes a Salesforce order, not a quote

    @npo.route.bypass-quote @npo.3 @stage.priced-repair.allows @stage.non-priced-repair.allows @stage.new-and-repair.allows @numbers.order.allows
    Scenario: A Legacy build order arrives as an order in Order Accepted
      Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
      When the integration runs
      And the CSR opens the order from the Open Order Queue
      Then it is an order in "Order Accepted" that names the store order number

    @numbers.order.refuses
    Scenario: Until the integration runs, Salesforce does not have the order
      Given a buyer has placed an order for a Legacy build shipped to a non-FMS site
      Then a CSR does not find the order in the Open Order Queue
      And the buyer sees the order as not yet confirmed, Salesforce not having it yet

  Rule: Only an order of nothing but Harvard products for an FMS site goes straight to IPS Pricing
    The "Pricing Analyst team" and the "IPS Pricing team" of the article are one team, whose
    queue is the IPS Pricing Queue. The article's reason is billing: those orders are billed
    in a way that team handles. Every other NEW-product order goes to the CSR team's Open
    Order Queue first. The site decides "FMS": the ship-to site of the order is an FMS site.
    Open question for the product owner: the article also says Harvard orders "purchased by a
    FMS Buyer for an ATS Site" bypass the CSR team. Whether the buyer's own role must also be
    "FMS Buyer" is not settled; these scenarios route on the products and the site only.

    Scenario Outline: <products> shipped to <site> goes to the <queue>
      Given a buyer has placed an order for <products> shipped to <site>
      When the integration runs
      Then the order waits in the <queue> in "Order Accepted"
      And it is not in the <other queue>

      @npo.route.pricing @ips-routing.site.allows @ips-routing.with-legacy.allows @ips-routing.with-partsco.allows @ips-routing.no-harvard.allows @ips-routing.several-harvard.allows
      Examples: Nothing but Harvard products, for an FMS site
        | products             | site        | queue             | other queue      |
        | a Harvard product    | an FMS site | IPS Pricing Queue | Open Order Queue |
        | two Harvard products | an FMS site | IPS Pricing Queue | Open Order Queue |

      @npo.route.mixed @ips-routing.with-legacy.refuses @ips-routing.with-partsco.refuses
      Examples: Harvard products with any other part
        | products                             | site        | queue            | other queue       |
        | a Harvard product and a Legacy build | an FMS site | Open Order Queue | IPS Pricing Queue |
        | a Harvard product and a Partsco part | an FMS site | Open Order Queue | IPS Pricing Queue |

      @npo.route.non-fms @ips-routing.site.refuses
      Examples: Not for an FMS site
        | products                             | site           | queue            | other queue       |
        | a Harvard product                    | a non-FMS site | Open Order Queue | IPS Pricing Queue |
        | a Harvard product and a Legacy build | a non-FMS site | Open Order Queue | IPS Pricing Queue |
        | a Legacy build                       | a non-FMS site | Open Order Queue | IPS Pricing Queue |

      @npo.route.non-fms @ips-routing.several-harvard.refuses
      Examples: Several Harvard products, not for an FMS site
        | products             | site           | queue            | other queue       |
        | two Harvard products | a non-FMS site | Open Order Queue | IPS Pricing Queue |

      @assumption @ips-routing.no-harvard.refuses
      Examples: No Harvard product, for an FMS site (decision 1: every other order goes to the CSR team)
        | products       | site        | queue            | other queue       |
        | a Legacy build | an FMS site | Open Order Queue | IPS Pricing Queue |
        | a Partsco part | an FMS site | Open Order Queue | IPS Pricing Queue |

  Rule: One order, followed from the buyer's checkout to the CSR's queue

    @npo.route.bypass-quote @npo.route.non-fms @npo.1 @npo.3 @qrg86.12 @qrg86.18 @qrg86.20 @qrg86.23 @qrg86.24 @numbers.order.allows @store-status.po.allows @refresh.new-order.allows
    Scenario: A buyer's Legacy build order travels from checkout to the Open Order Queue
      Given I am a buyer at a company with Terms and a non-FMS site
      And the buyer has another order with the CSR team that nothing here may change
      When I search the catalog for "Servo"
      And I open "Servo Drive Controller SD-400" and add it to my cart
      And I proceed to checkout
      Then the customer shown is me
      When I ship to the company's non-FMS site
      And I continue to billing
      And I continue to payment
      And I enter the PO number "PO-4410"
      And I agree to the Terms and Conditions
      And I place the order
      Then I see a confirmation with the new store order number
      And my orders list it as "Awaiting Payment"
      When the integration runs
      And a CSR refreshes the CSR Home Page Dashboard
      Then the order is listed in the Open Order Queue
      When the CSR opens the order from the Open Order Queue
      Then it is an order in "Order Accepted" that names the store order number
      And in the store, my order shows its Salesforce order number and "In Process"
      And the buyer's other order is as it was, in the store and in Salesforce
