@store
Feature: Shipping a repair order on the company's own account
  At checkout the customer is the rep, but the shipping and billing are the company's. The
  shipping address defaults from the company's site and can be corrected. Most companies
  pay for shipping on their own UPS account, set up in advance: when the store has the
  account number on file it fills it into Other Comments when Ship on Company Account is
  chosen, and when it does not, the rep types it there. The billing address is the
  company's and cannot be changed.

  @qrg86.12 @qrg86.13 @customer-is-rep.checkout.allows
  Scenario: At checkout the customer is the rep, not the company
    Given I am signed in as a rep masquerading as a company with Terms
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout
    Then the customer shown is me, not the company

  @qrg86.14 @shipping-address.default.allows @shipping-address.corrected.allows
  Scenario: The shipping address defaults from the company's site and can be corrected
    Given I am signed in as a rep masquerading as a company with Terms
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout
    Then the shipping address is that of the company's first site
    When I correct the shipping street address to "Dock 4, 200 Foundry Lane"
    And I continue to billing
    Then the shipping summary shows "Dock 4, 200 Foundry Lane"

  @qrg86.ship-account @qrg86.16 @assumption @ups-account.on-file.allows
  Scenario: The UPS account on file fills Other Comments for Ship on Company Account
    Decision 11: the store pre-fills "UPS account" and the number into Other Comments.

    Given I am signed in as a rep masquerading as a company with a UPS account on file
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout
    And I choose Ship on Company Account
    Then Other Comments holds the company's UPS account number

  @qrg86.ship-account @qrg86.16 @assumption
  Scenario Outline: Checkout starts on the company's own account when its UPS account is on file, whatever its Terms
    Decision 11: the UPS account on file is what pre-fills Other Comments; Terms decide only
    how the company pays.

    Given I am signed in as a rep masquerading as a company <traits>
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout
    Then checkout starts on "<method>" with Other Comments <comments>

    @ups-account.on-file.allows
    Examples: A UPS account on file
      | traits                                       | method                  | comments                    |
      | without Terms and with a UPS account on file | Ship on Company Account | "UPS account {ups account}" |

    @ups-account.on-file.refuses
    Examples: No UPS account on file
      | traits                                | method                                        | comments |
      | with Terms and no UPS account on file | UPS Ground (prepaid and added to the invoice) | empty    |

  @qrg86.16 @qrg86.17 @assumption @ups-account.on-file.refuses @ups-account.empty.allows @ups-account.blank.allows
  Scenario: Without a UPS account on file the rep types it into Other Comments
    Decision 11: with no UPS account on file, the rep types it into Other Comments, as a
    person would: the account number alone.

    Given I am signed in as a rep masquerading as a company with no UPS account on file
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout
    And I choose Ship on Company Account
    Then Other Comments is empty
    When I enter "7Y42X9" in Other Comments
    And I continue to billing
    Then the shipping summary shows "7Y42X9"

  @qrg86.17 @assumption
  Scenario: Other Comments of 1,000 characters, the most they hold, go on to billing whole
    Assumption (the articles set no length; the simulator keeps Other Comments to 1,000
    characters): a text of exactly that length is taken.

    Given I am signed in as a rep masquerading as a company with Terms and a UPS account on file
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout
    And I enter Other Comments 1000 characters long, ending "Deliver to dock 4 before noon."
    And I continue to billing
    Then the shipping summary shows "Deliver to dock 4 before noon."

  @qrg86.17 @assumption @ups-account.empty.refuses
  Scenario: Ship on Company Account with no UPS account in Other Comments is refused
    Decision 11: the UPS account is required when shipping on the company account.

    Given I am signed in as a rep masquerading as a company with no UPS account on file
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout
    And I choose Ship on Company Account
    And I continue to billing
    Then I am told that shipping on the company account needs its UPS account number
    And I am still at the shipping step

  @qrg86.18 @qrg86.19 @qrg86.20 @billing-locked.read-only.allows @billing-locked.street.allows @billing-locked.city.allows @billing-locked.postal-code.allows
  Scenario: The billing address is the company's and cannot be changed
    Given I am signed in as a rep masquerading as a company with Terms
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout and continue to billing
    Then the billing address shown is the company's
    And the billing address cannot be edited
    When I continue to payment
    Then I am at the payment step

  @qrg86.17 @assumption @ups-account.blank.refuses
  Scenario: Spaces only in Other Comments are no UPS account
    Decision 11: the UPS account is required when shipping on the company account.

    Given I am signed in as a rep masquerading as a company with no UPS account on file
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout
    And I choose Ship on Company Account
    And I enter "     " in Other Comments
    And I continue to billing
    Then I am told that shipping on the company account needs its UPS account number
    And I am still at the shipping step

  @qrg86.14 @assumption @shipping-address.default.refuses @shipping-address.corrected.refuses
  Scenario: A shipping address left without its street is refused at the shipping step
    Decision 11: the shipping address defaults from the company and can be corrected, not left out.

    Given I am signed in as a rep masquerading as a company with Terms
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout
    And I clear the shipping street address
    And I continue to billing
    Then I am told to enter the street address of the shipping address
    And I am still at the shipping step

  @qrg86.16 @qrg86.17 @assumption
  Scenario: Shipped prepaid with Other Comments cleared, no UPS account reaches Salesforce, and the technician may still evaluate the repair
    Decisions 11 and 12: Other Comments carries the UPS account only when the order ships on
    the company's account, and what the rep cleared stays cleared; a priced repair's quote can
    still be evaluated, so it is on the repair technician's list.

    Given I am signed in as a rep masquerading as a company with Terms and a UPS account on file
    And the rep has another repair order with the CSR team that nothing here may change
    And I have a repair of "Repair: Servo Drive Controller SD-400" in my cart described as "Drive faults with E-17 on power-up"
    When I proceed to checkout
    And I choose "UPS Ground (prepaid and added to the invoice)" for shipping
    And I clear Other Comments
    And I continue to billing
    And I continue to payment
    And I enter the PO number "PO-7310"
    And I agree to the Terms and Conditions
    And I place the order
    Then I see a confirmation with the new store order number
    When the integration runs
    Then the rep sees the store order as:
      | field         | value                                                                                                                                       |
      | Title         | Order {order}                                                                                                                               |
      | Status        | Awaiting Customer Approval                                                                                                                  |
      | ATS quote     | {quote}                                                                                                                                     |
      | Customer      | {rep}                                                                                                                                       |
      | Placed for    | {company}                                                                                                                                   |
      | Placed        | {today}                                                                                                                                     |
      | Ship to       | {site} (FMS site), {site address}                                                                                                           |
      | Bill to       | {billing address}                                                                                                                           |
      | Payment       | PO PO-7310                                                                                                                                  |
      | Order lines 1 | Repair: Servo Drive Controller SD-400 RPR-1001, Problem: Drive faults with E-17 on power-up, RMA: {rma of RPR-1001} · 1 · $480.00 · $480.00 |
      | Total         | $480.00                                                                                                                                     |
    And the Repair Technician's dashboard reads:
      | field                | value                                                                                           |
      | Title                | Repair Evaluations                                                                              |
      | Quotes to evaluate 1 | {bystander quote} · {bystander order} · {company} · {rep name} · Quote Hold · $480.00 · {today} |
      | Quotes to evaluate 2 | {quote} · {order} · {company} · {rep name} · Quote Hold · $480.00 · {today}                     |
    And the rep's other order is as it was, in the store and in Salesforce
