INCLUDE include/contract.ink
# title: What You Wouldn't Buy
# stage: proposal

// Writing the proposal together. The price book rewards a bigger scope and a
// deadline; the buyer needs less than that. Flags below steer text only.
VAR padded = false
VAR big_bang = false
VAR pilot = false
VAR asked_too_soon = false
-> arrival

// What a signature here would be: the pilot is a trial; otherwise the contract as written.
=== function proposal_offer()
{ pilot:
    ~ return trial
}
~ return full_contract

=== arrival
{buyer_company}'s planning office. A shared screen, a blank proposal template, and two mugs of tea going cold.
{ pressured_before:
    Before we start: no "this week only" prices. I've had one of those from you already. # speaker: buyer # mood: guarded
- else:
    Right. Let's write this thing together, so procurement can't say I didn't read it. # speaker: buyer # mood: neutral
}
{ (broken ? send_case_study) or (broken ? intro_reference):
    And whatever goes in writing today actually happens. The last thing you promised me never turned up. # speaker: buyer # mood: guarded
}
{ kept ? intro_reference:
    I rang that customer of yours, by the way. They told me the bad bits as well. It's half the reason you're here. # speaker: buyer # mood: warm
}
{ is_client:
    We already pay you for one contract, so keep this one simple. I'd like to understand my own invoice. # speaker: buyer
}
-> the_scope

=== the_scope
Your price book lists five modules: Planner, Live Re-plan, Mobile App, Customer ETAs and Insights.
Your manager has left a comment on the template: "Bundle all five = 20% off list. Push Insights, it's our Q{quarter} focus."
Go on, then. Which of those do we actually need? # speaker: buyer # mood: neutral # discuss: The bundle is bigger and cheaper per module. Would you sell a buyer something they will not use if they are happy to buy it?
* [Propose the bundle: all five work out cheaper per module # move: close # principle: other-focus]
    ~ close_move(1)
    ~ padded = true
    The bundle, honestly. All five come out twenty percent cheaper per module, and you won't have to go back for budget next year. # speaker: you
    Cheaper per module. The FD likes anything with "per" in it. Put it in. # speaker: buyer # mood: pleased
* [Go down the list and strike out what they won't use # move: relate # principle: other-focus]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    Planner and Live Re-plan, yes: that's the problem you've described. Mobile App, probably: your {buyer_people} need the plan in their pocket. Customer ETAs can wait a year. # speaker: you
    And I wouldn't buy Insights. Your planners already have a spreadsheet that does it, and they like theirs better. # speaker: you
    You're crossing things out of your own proposal. Is that allowed? # speaker: buyer # mood: neutral
    {buyer_name} deletes two lines from the template before you can change your mind. # mood: warm
- -> the_rollout

=== the_rollout
Next question. Do we switch everybody over at once, or what? # speaker: buyer # mood: neutral # discuss: A pilot with a way out makes a smaller deal today. When is offering the buyer an exit the stronger sale?
* [Quote for everybody from day one # move: close # principle: long-term]
    ~ close_move(1)
    ~ big_bang = true
    { promised ? pilot_plan:
        ~ break_promise(pilot_plan)
    }
    Everybody, day one. One go-live, one training week, one invoice. Rollouts that trickle along never quite finish. # speaker: you
    One go-live. That sounds clean, and the board likes clean. # speaker: buyer # mood: pleased
* [Propose a twelve-week pilot with one team, with a way out # move: relate # principle: collaboration]
    ~ earn_intimacy(1)
    ~ earn_credibility(1)
    ~ push_deal(-1)
    ~ pilot = true
    { promised ? pilot_plan:
        ~ keep_promise(pilot_plan)
        One team for twelve weeks. Here's the pilot plan I promised you: who does what, week by week, and what "working" means before we start. # speaker: you
    - else:
        ~ make_promise(pilot_plan)
        One team for twelve weeks. We agree now what "working" means, and if it doesn't work, you walk away owing the pilot fee and nothing else. # speaker: you
        I'll write up the plan: who does what, week by week, and how we'll know. # speaker: you
    }
    A pilot means the real contract's a quarter later. You do know that's worse for you? # speaker: buyer # mood: neutral
    I do. # speaker: you
    Hm. # speaker: buyer # mood: warm
- -> the_decision

=== the_decision
A notification from your manager: "Anything closing by Friday? Forecast call is Monday." # sfx: notification
{buyer_name} scrolls to the bottom of the proposal, where the price sits.
{ padded:
    It's a big number, written down. # speaker: buyer
- else:
    It's smaller than I expected. I'm not complaining. # speaker: buyer
}
Right. It's written. What happens now? # speaker: buyer # mood: neutral # discuss: The proposal is written and the buyer asks what happens now. Is asking for the signature here pushy or honest, and what would make it one or the other?
* [Offer fifteen percent off if it's signed by Friday # move: close # principle: long-term]
    ~ close_move(2)
    One more thing. If it's signed by Friday I can take fifteen percent off. After that it goes back to list. # speaker: you
    -> ending_friday
* [Ask plainly whether they'll sign it, and when # move: ask # principle: transparency]
    ~ ask_move(1)
    { pilot:
        Straight question, then. Will you sign the pilot? If yes, when. If not, what's missing. # speaker: you
    - else:
        Straight question, then. Will you sign it? If yes, when. If not, what's missing. # speaker: you
    }
    { agrees_to(proposal_offer(), 1): -> ending_signed }
    { trust() >= ASK_READY:
        Yes, in principle. But procurement sign, not me, and procurement's next slot is after your quarter ends. I asked. # speaker: buyer # mood: warm
    - else:
        ~ asked_too_soon = true
        Today? I'd want to sleep on it, and so would procurement. # speaker: buyer # mood: guarded
    }
    -> ending_drift
* [Tell them to take it to the team, with no rush # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    Take it to the team. Pull it apart. There's no rush from my side. # speaker: you
    That's kind. I'll do that. # speaker: buyer # mood: warm
    -> ending_no_rush

=== ending_friday
{ not agrees_to(proposal_offer(), 1):
    { pressured_before:
        And there it is. Second time. # speaker: buyer # mood: cold
        I'll pass it to procurement. They'll want two other quotes, and they'll get them. # speaker: buyer
        The tender pack arrives a month later. Your fifteen percent has been copied into it, as the starting point.
    - else:
        Fifteen percent's nice, but nobody here signs anything by Friday. Procurement will want it in writing. # speaker: buyer # mood: neutral
        The proposal goes into a procurement portal, and the portal wants two other quotes to go with it.
    }
    -> END
}
{ pressured_before:
    And there it is. Second time. Fine: procurement can't say no to fifteen percent. But I'm writing it down. # speaker: buyer # mood: guarded
- else:
    Fifteen percent. Go on, then. Send it over. # speaker: buyer # mood: pleased
}
{ pilot:
    The pilot is signed at four on Friday. Your manager wanted the whole thing, and buys the drinks anyway.
- else:
    It is signed at four on Friday: the biggest deal on your team this quarter. Your manager buys the drinks.
}
{
- padded:
    Six months in, nobody at {buyer_company} has opened Insights. {buyer_name} asks, quite politely, why they are still paying for it. # mood: guarded
- big_bang:
    Go-live day goes wrong everywhere at once. {buyer_name} spends it on the phone, and not to you. # mood: guarded
- else:
    At the first review, {buyer_name} mentions the Friday deadline, lightly, as a thing you once did. # mood: guarded
}
-> END

=== ending_signed
{
- pilot and kept ? pilot_plan:
    Yes. Leave that plan with me and I'll sign the pilot on Tuesday. # speaker: buyer # mood: warm
- pilot:
    Yes. Get the plan on my desk by Monday and I'll sign the pilot on Tuesday. # speaker: buyer # mood: warm
- else:
    Yes. Send me the final version and I'll get it signed this month. # speaker: buyer # mood: pleased
}
{ padded:
    Insights is still on the invoice. Nobody at {buyer_company} will open it, and one day someone will notice.
}
{ pilot:
    Your manager looks at the pilot fee and asks, quite loudly, where the rest of it is. You say: in twelve weeks, if it works.
- else:
    Your manager looks at the number and stops asking about Friday.
}
-> END

// You never asked; whether the team comes back with a signature is theirs to decide.
=== ending_no_rush
{ agrees_to(proposal_offer(), 1):
    The team pulls it apart on Tuesday, as invited, and can't find much to pull.
    {buyer_name} writes on the Thursday: "Procurement had a gap after all. {pilot:The pilot's|It's} signed. Don't let it go to your head." # sfx: notification
    { padded:
        Insights is on it too. Nobody on the team thought to strike it out, because you hadn't.
    }
    On Monday's forecast call, your manager asks what the trick was. You say: no rush. Nobody believes you.
    -> END
}
-> ending_drift

=== ending_drift
{ asked_too_soon:
    {buyer_name} closes the laptop. The meeting ends ten minutes early.
}
The proposal goes into a shared folder called SUPPLIERS TO REVIEW.
{ trust() >= ASK_READY:
    Three weeks later {buyer_name} writes: "Still keen, honestly. Just swamped. Next quarter?" # sfx: notification
- else:
    A fortnight later, a procurement portal sends you a login and a questionnaire. # sfx: notification
}
-> END
