@store
Feature: Signing in to the store
  Buyers and reps sign in to the ATS store with their email address and password
  before they can shop or see orders.

  @assumption @sign-in.store.allows
  Scenario: A buyer signs in, lands on the dashboard of the company they buy for, and signs out alone
    Invented: qrg86.7 names the company at the upper left for a rep acting for it; a buyer
    sees the company they buy for there too.

    Given I am a buyer at a company with Terms
    When I sign in to the store
    Then I see my store dashboard
    And the company I buy for is named at the upper left
    When another buyer signs in to the store with their own password
    And I sign out of the store
    Then I, opening the store again, am asked to sign in
    And the other buyer, opening their dashboard, is welcomed by name

  @sign-in.store.allows @assumption
  Scenario: The email address is taken however it is capitalised
    Assumption: email addresses are not case-sensitive, as in the real store.

    Given I am a buyer at a company with Terms
    When I sign in to the store with my email address in capitals
    Then I see my store dashboard

  @sign-in.store.refuses
  Scenario: A wrong password is refused with a clear message
    Given I am a buyer at a company with Terms
    When I sign in to the store with a wrong password
    Then I am told that my email address or password is incorrect
    And I am still on the sign-in page

  @assumption @sign-in.store.refuses
  Scenario: An unknown email address gets the same message as a wrong password
    Invented: one message for an unknown address and a wrong password, so that the sign-in
    page does not tell anyone which addresses hold an account.

    When I sign in to the store as "nobody@store.example"
    Then I am told that my email address or password is incorrect
    And I am still on the sign-in page

  @sign-in.store.allows @assumption
  Scenario: Four wrong passwords in a row still let the right one in
    Assumption (the articles are silent; the simulator guards accounts as real stores do):
    sign-in locks after five wrong passwords in a row, not before, and the right password
    starts the count again.

    Given I am a buyer at a company with Terms
    When I sign in to the store with a wrong password 4 times in a row
    And I then type my own password on the sign-in page
    Then I see my store dashboard
    When I sign out of the store
    And I sign in to the store with a wrong password
    Then I am told that my email address or password is incorrect

  @sign-in.store.refuses @assumption
  Scenario: Five wrong passwords in a row lock the sign-in, the right password too
    Assumption (the articles are silent; the simulator guards accounts as real stores do):
    after five wrong passwords in a row, sign-in is refused for a while, whatever is typed.

    Given I am a buyer at a company with Terms
    When I sign in to the store with a wrong password 5 times in a row
    And I then type my own password on the sign-in page
    Then I am told that too many wrong passwords have locked signing in
    And I am still on the sign-in page
    When another buyer signs in to the store with their own password
    Then the other buyer, opening their dashboard, is welcomed by name

  @sign-in.store.allows @assumption
  Scenario: Wrong passwords at the mailbox do not lock the store
    Assumption (the articles are silent): the mailbox stands in for the person's own email,
    a system apart; what is typed wrong there counts against it alone.

    Given I am a buyer at a company with Terms
    When I sign in to my mail with a wrong password 5 times in a row
    And I then type my own password on the sign-in page
    Then I see my store dashboard
