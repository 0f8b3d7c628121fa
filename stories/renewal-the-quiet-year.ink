INCLUDE include/contract.ink
# title: The Quiet Year
# stage: renewal

// Renewal time, a year or more after signing. Nothing has gone wrong for months;
// the renewal is the test. Flags steer text only.
VAR led_with_numbers = false
VAR owned_misses = false
VAR heard_wishlist = false
VAR sold_bundle = false
VAR talked_down_bundle = false
VAR told_to_shop = false
VAR asked = false
VAR held_price = false
VAR other_debts = false
-> the_catch_up

// The term on the table: the three-year bundle if you sold it, otherwise a year.
=== function sheet_years()
{ sold_bundle:
    ~ return 3
}
~ return 1

=== the_catch_up
{buyer_company}, renewal time. The planning office is quiet at eleven in the morning, which it never used to be.
{ meetings_before >= 5:
    Whoever is nearest the door waves you through without looking up. You have been here that often.
}
Nobody at {buyer_company} has rung you with a problem for months. That is either very good news or very bad news.
{ pressured_before:
    So. Renewal. I assume there's a new price, and a deadline attached to it. # speaker: buyer # mood: guarded
- else:
    Come in. I've actually got time to make you a coffee these days. # speaker: buyer # mood: warm
}
{
- LIST_COUNT(broken) > 0:
    And I haven't forgotten what you promised and never delivered. # speaker: buyer # mood: cold
- LIST_COUNT(kept) >= 2 and pressured_before:
    I'll give you this, though. Whatever else, you've done what you said you'd do. # speaker: buyer # mood: neutral
- LIST_COUNT(kept) >= 2:
    You've done what you said you'd do, every time. I do notice, you know. # speaker: buyer # mood: warm
}
{ LIST_COUNT(promised) > 0: -> loose_ends }
-> the_review

=== loose_ends
{ promised ? price_hold:
    Before we start: you said this price would hold at renewal. I put that in the contract file, in green. # speaker: buyer # mood: neutral
    Your manager's renewal sheet has a nine percent rise on it, in bold.
- else:
    Before we start: you still owe me something, from a good while back. You know what it is. # speaker: buyer # mood: neutral # discuss: A long-overdue promise has come due at the renewal. What does keeping it late say, and what does explaining it away say?
    // Name the oldest debt the ledger holds, so the player knows what they are answering for.
    {
    - promised ? send_case_study: You do: the write-up from a customer like them, bad bits included.
    - promised ? intro_reference: You do: an introduction to one of your customers.
    - promised ? pilot_plan: You do: a written plan for the pilot.
    - promised ? fix_onboarding: You do: the onboarding fixes, checked and finished.
    - else: You do.
    }
    It has been on your list so long it has stopped looking like a promise.
}
* [Make good on what you promised # move: relate # principle: long-term]
    ~ held_price = promised ? price_hold
    ~ other_debts = LIST_COUNT(promised - price_hold) > 0
    ~ keep_promise(price_hold)
    ~ keep_promise(send_case_study)
    ~ keep_promise(intro_reference)
    ~ keep_promise(pilot_plan)
    ~ keep_promise(fix_onboarding)
    { held_price:
        I said it would hold, so it holds. I'll sort the sheet out with my manager.{ other_debts: And the other thing I owe you is on its way this week.} # speaker: you
    - else:
        You're right, and it's overdue. You'll have it by Friday, and I'll ring to check it arrived. # speaker: you
    }
    Good. That's the answer I'd hoped for, and not the one I expected. # speaker: buyer # mood: pleased
* [Explain that things have changed since then # move: close # principle: transparency]
    ~ close_move(1)
    ~ break_promise(price_hold)
    ~ break_promise(send_case_study)
    ~ break_promise(intro_reference)
    ~ break_promise(pilot_plan)
    ~ break_promise(fix_onboarding)
    A lot has changed since then, to be fair. What made sense back then doesn't really apply now. # speaker: you
    It keeps the nine percent on your sheet and an awkward conversation off your calendar.
    Right. I'll stop writing things in the contract file, then. # speaker: buyer # mood: cold
- -> the_review

=== the_review
So. How do you think it's gone, since go-live? # speaker: buyer # mood: neutral # discuss: The dashboard looks great and someone in their office still checks every plan by hand. Which do you lead with, and why?
The dashboard in your bag says mileage down, overtime down and fewer late {buyer_jobs}. You also know the mobile app still logs people out twice a week, and one of their schedulers has never quite trusted it.
* [Open with the dashboard: mileage down, overtime down # move: close # principle: other-focus]
    ~ close_move(1)
    ~ led_with_numbers = true
    Well, I think. Mileage down eleven percent, overtime down by a fifth, and a third fewer late {buyer_jobs}. Your board must be pleased. # speaker: you
    They are, actually. Your graph went in the quarterly report. In colour. # speaker: buyer # mood: pleased
* [Start with what hasn't worked, then what has # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ owned_misses = true
    Mixed, honestly. The app still logs your {buyer_people} out, and I'd bet someone in your office keeps a spreadsheet in case we fall over. The mileage is the good news. # speaker: you
    I was rather enjoying the version where it all went well. # speaker: buyer # mood: annoyed
    But yes. Pauline still prints the plan every morning and checks it with a highlighter. # speaker: buyer # mood: neutral
* [Ask what they'd change if they were starting again # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ heard_wishlist = true
    Before I say anything: if you were starting this again, what would you do differently? # speaker: you
    Is that a trick question? # speaker: buyer # mood: guarded
    ...Talk to the office first. We asked the managers and the {buyer_people}, and forgot the people who fix the plan all day. Pauline still checks every plan with a highlighter. # speaker: buyer # mood: neutral
- -> the_renewal_sheet

=== the_renewal_sheet
Your manager's renewal sheet: three years, nine percent up, and the new Insight analytics bundle. Scrawled across the top: "Happy customers pay."
Go on, then. I know what a renewal meeting is. What are you here to sell me? # speaker: buyer # mood: neutral # discuss: The product has delivered and the buyer expects a price rise. Is asking for more wrong here? What would make it fair?
* [Propose three years, with the Insight analytics bundle included # move: close # principle: long-term]
    ~ close_move(2)
    ~ sold_bundle = true
    { held_price:
        Three years, with Insight bundled in: live dashboards for your board, and today's price fixed for the whole term. # speaker: you
    - else:
        Three years, with Insight bundled in: live dashboards for your board, and the price fixed for the whole term after a nine percent rise. # speaker: you
    }
    Three years. I wouldn't have to think about this again until I'm older. And the board does love a dashboard. # speaker: buyer # mood: pleased
* [Say the analytics bundle isn't worth it for them yet, and why # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    ~ talked_down_bundle = true
    There's an analytics bundle on my sheet. I'd skip it for now. It's built for firms that already run everything off the plan, and { heard_wishlist or owned_misses: your office still checks it by hand.| you're not there yet.} # speaker: you
    Does your manager know you're saying this? # speaker: buyer # mood: guarded
    He will by this evening. # speaker: you
* {not held_price} [Present the nine percent as the standard rise for everyone # move: close # principle: transparency]
    ~ close_move(1)
    There's a nine percent rise this year. It's across the board; everyone's getting it. # speaker: you
    Everyone? Well. If it's everyone, I can hardly argue. # speaker: buyer # mood: neutral
- -> the_ask

=== the_ask
{ trust() >= ASK_READY:
    {buyer_name} looks at the renewal sheet for a while, and then at you.
- else:
    {buyer_name} turns the renewal sheet face down and folds both arms.
}
Right. What do you actually want from me today? # speaker: buyer # mood: neutral
* [Ask them to renew, and to recommend you if the year has earned it # move: ask # principle: collaboration]
    ~ ask_move(2)
    ~ asked = true
    I'd like you to renew. And if this year has earned it, I'd like you to tell people about us. # speaker: you
    { trust() >= ASK_READY:
        { agrees_to(renewal, 1): -> ending_advocate }
        -> ending_shopping_around
    }
    -> ending_on_the_sheet
* [Say these terms only hold if they sign this month # move: close # principle: long-term]
    ~ close_move(1)
    The terms on this sheet are good until the end of the month. After that I can't promise them. # speaker: you
    -> ending_on_the_sheet
* [Suggest they test the market before renewing # move: relate # principle: long-term]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    ~ told_to_shop = true
    Don't renew because it's easy. Look at what else is out there. If we're still the right answer, you'll know it. # speaker: you
    -> ending_shopping_around

=== ending_on_the_sheet
{ agrees_to(renewal, sheet_years()): -> ending_locked_in }
-> ending_shopping_around

=== ending_advocate
{ pressured_before:
    Not so long ago I'd have said no just to make a point. # speaker: buyer # mood: neutral
}
Yes to the renewal. One year, and we have this chat again this time next year. # speaker: buyer # mood: warm
{ talked_down_bundle or owned_misses:
    And Sue from my business breakfast asked me last week who we use. I'll tell her you're the one who told me what didn't work. # speaker: buyer # mood: warm
- else:
    And Sue from my business breakfast asked me last week who we use. I'll give her your number. # speaker: buyer # mood: warm
}
{ heard_wishlist or owned_misses:
    On the way out, Pauline catches you in the corridor. She has a list, and it is in highlighter.
}
The renewal comes back signed that afternoon, for a year. Across the top, in {buyer_name}'s writing: "Same time next year."
-> END

=== ending_locked_in
Fine. Send it over. # speaker: buyer # mood: neutral
It comes back signed the same afternoon, {sold_bundle:three years with Insight bundled in|for another year}: the biggest renewal on your team this quarter.
{ sold_bundle:
    The Insight dashboards go live the next month. Three months later, nobody has logged in since the launch.
}
A few months later, Sue from the business breakfast asks {buyer_name} who they use for scheduling.
"Lanecraft," says {buyer_name}. "The software's fine." Sue does not get your number.
-> END

=== ending_shopping_around
{
- told_to_shop and trust() >= ASK_READY:
    You might be the first supplier who's ever told me to shop around. Fine. I will. # speaker: buyer # mood: warm
    {buyer_name} books three demos and starts a very long spreadsheet. Whatever it ends up saying, you're promised you'll hear it first.
- told_to_shop:
    Oh, don't worry. I was going to. # speaker: buyer # mood: cold
    {buyer_name} walks you to the door, and doesn't say when you'll hear anything.
- asked and trust() >= ASK_READY:
    I'd say yes tomorrow. It isn't up to me any more. # speaker: buyer # mood: guarded
    Head office wants every site on the group's own system by spring. I've lost that argument twice, and I'm not going to win it a third time. # speaker: buyer # mood: neutral
    The contract runs to its last day. The final email from {buyer_name} thanks you by name, which nobody asked for.
- trust() >= ASK_READY:
    End of the month? I'm not buying a house. I'll let you know. # speaker: buyer # mood: guarded
    {buyer_name} lets the month run out, on purpose. Then the contract goes out to tender, to see what your end of the month was worth.
- else:
    {
    - pressured_before:
        Same as last time, then. # speaker: buyer # mood: cold
    - else:
        I see. Leave it with me. # speaker: buyer # mood: cold
    }
    Three weeks later, a procurement portal invites Lanecraft to tender for the contract it already holds.
}
-> END
