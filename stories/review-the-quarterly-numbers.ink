INCLUDE include/contract.ink
# title: The Quarterly Numbers
# stage: review

// A client between milestones: live, paying, and some way off renewal. The
// quarterly review has good numbers and one bad one, and the slides your
// manager made leave the bad one out. The client is opening a new site, so
// expansion is in the air. Flags steer text only.
VAR led_green = false
VAR owned_mondays = false
VAR asked_score = false
VAR sold_training = false
VAR fixed_sync = false
VAR booked_monday = false
VAR pushed_site = false
-> the_deck

=== the_deck
~ temp to_go = renewal_quarter - quarter
~ temp live_for = quarter - signed_quarter
Deck's in your inbox. Lead with the green, skip slide nine, finish on their new site. I hear they're opening one in the spring. # speaker: Sam (your manager) # sfx: notification
Slide nine is the one with Mondays on it.
Quarterly review at {buyer_company}, in the meeting room with the blind that only comes halfway down.
{
- not is_client:
    The pilot has run for a full quarter. This is the meeting where everyone pretends a review isn't really a decision.
- signed_quarter > 0 and live_for > 1:
    They signed {live_for} quarters ago: long enough for the novelty to wear off, not long enough for anyone to forget what it cost.
- else:
    They signed only recently, and this is the first proper look at the numbers since go-live.
}
{
- is_client and renewal_quarter > 0 and to_go == 1:
    Renewal is next quarter. Nobody mentions it, and everybody knows.
- is_client and to_go > 1:
    Renewal is {to_go} quarters off, far enough away that people still say what they think.
}
Across the table, beside {buyer_name}, sits Marcus from finance, with a printout of his own. That is never a good sign.
{ pressured_before:
    If this is a sales meeting dressed up as a review, tell me now and I'll send Marcus back to his desk. # speaker: buyer # mood: guarded
- else:
    Go on, then. Tell us how we've done. Marcus has a calculator, so choose your words. # speaker: buyer # mood: neutral
}
{
- LIST_COUNT(broken) > 0:
    He's also got a column for things you said you'd do. It isn't a long column. It isn't empty, either. # speaker: buyer # mood: guarded
- LIST_COUNT(kept) > 0:
    For the record, everything you said you'd sort out got sorted. Marcus checked. # speaker: buyer # mood: neutral
}
{ has_hook("button_on_probation"):
    And Kez on the planning desk says the re-plan button is still on probation, so don't expect a round of applause for it. # speaker: buyer
}
The numbers, as you know them: miles down eight percent on last year, overtime down, complaints flat. And on Mondays, since Lanecraft's spring update, a quarter more late {buyer_jobs} than before it.
So. How was our quarter? # speaker: buyer # discuss: Your manager's slides leave out the one bad number. Does the client need it in this meeting, or can it wait for a better one?
* [Run Sam's deck: the green slides, in order # move: close # principle: transparency]
    ~ close_move(1)
    ~ led_green = true
    A good quarter. Miles down eight percent on last year, overtime down, complaints flat. That's real money, Marcus. # speaker: you
    It is, actually. I'd worked it out to the pound before you arrived. # speaker: Marcus (finance)
    Well, that's cheered me up. # speaker: buyer # mood: pleased
    You click past slide nine. Marcus turns a page of his printout, and then another.
* [Show them Mondays first, then the good news # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ owned_mondays = true
    Mostly good, and I'll get to the good. But Mondays have got worse since our spring update: a quarter more late {buyer_jobs}. I'd rather you heard it from me than found it yourselves. # speaker: you
    Marcus puts his printout down. Mondays are circled on it, twice.
    We found it in the summer. We were waiting to see if you'd bring it up. # speaker: buyer # mood: neutral
* [Ask them to score the quarter before you show a single slide # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    ~ asked_score = true
    Before I put anything up: out of ten, how was the quarter? Not for the spreadsheet. For you. # speaker: you
    For me? Six. Tuesday to Friday, an eight. Mondays, a three, and I spend Sunday evenings dreading them. # speaker: buyer # mood: neutral
    Marcus looks at {buyer_name} as if hearing this for the first time, which he is.
- -> the_mondays

=== the_mondays
{ led_green:
    Lovely slides. Can we talk about Mondays now? # speaker: Marcus (finance)
}
Since your update, anything cancelled over the weekend just sits there until somebody re-plans on Monday morning. By then half our {buyer_vehicles} have already left. # speaker: buyer # mood: annoyed
You know the rest. The update moved the weekend sync to six on Monday morning, to save server time, and told nobody. And their two newest planners joined after go-live, so nobody ever showed them the override.
It's half Lanecraft's doing and half theirs.
So whose problem is it? # speaker: buyer # discuss: The fault is split between your product and the client's new starters. What does owning your half cost you, and what does it buy?
* [Point to the new planners, and offer Lanecraft's paid training day # move: close # principle: other-focus]
    ~ close_move(1)
    ~ sold_training = true
    Your two newest planners have never had the override shown to them. Our training day sorts that: one day on site, everybody up to speed, certificates and all. # speaker: you
    Marcus asks what the day costs, and writes your answer in the margin without comment.
    Send me the details. It's quicker than arguing about it. # speaker: buyer # mood: neutral
* [Own the update's half, and have the weekend sync put back at no charge # move: relate # principle: long-term]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ fixed_sync = true
    ~ open_hook("weekend_sync")
    Half of it's ours. Our update moved your weekend sync to Monday morning and nobody told you. I'll have it moved back to Saturday night, no charge, and ring you the Monday after to see whether it held. # speaker: you
    And the other half's ours. The new planners. # speaker: buyer # mood: neutral
    I can show them the override now, if they're in. Ten minutes. # speaker: you
    They are. It takes twenty, because one of them asks very good questions.
* [Ask to sit with the planners one Monday from six, before anyone decides # move: ask # principle: collaboration]
    ~ ask_move(1)
    ~ booked_monday = true
    ~ open_hook("monday_morning")
    Could I sit with your planners one Monday, from six? I'd rather watch it go wrong than argue about why it does. # speaker: you
    { trust() >= ASK_READY:
        From six? Bring a coat. The heating doesn't come on till seven. # speaker: buyer # mood: warm
    - else:
        You want a front-row seat for our worst morning of the week. Strange request, from a supplier. # speaker: buyer # mood: guarded
        ...Fine. Next Monday. # speaker: buyer # mood: neutral
    }
- -> the_new_site

=== the_new_site
Right. The bit your manager's been dying to ask about. We're opening a new site in the spring. # speaker: buyer # mood: neutral
Another twenty-odd {buyer_people}, and somebody has to decide what they plan with. # speaker: buyer
Have they mentioned the new site yet?? # speaker: Sam (your manager) # sfx: phone-buzz
Should the new site go on Lanecraft? You tell me. # speaker: buyer # discuss: The client is asking your advice about buying more from you, with one problem still open. What is advice worth if it always says yes?
* [Put the new site on the contract this quarter, at this year's price # move: close # principle: long-term]
    ~ close_move(2)
    ~ pushed_site = true
    Yes, and do it now. If it goes on the contract this quarter, it comes in at this year's price. Next year's is higher. # speaker: you
    { agrees_to(expansion, 1):
        -> site_agreed
    - else:
        -> site_not_yet
    }
* [Ask whether they'd want the new site on Lanecraft, knowing what they know # move: ask # principle: collaboration]
    ~ ask_move(1)
    You know what works and what doesn't better than I do by now. Would you want the new site on Lanecraft? If you would, I'd like to add it to the contract. # speaker: you
    { agrees_to(expansion, 1):
        -> site_agreed
    - else:
        -> site_not_yet
    }
* [Say the new site should wait until Mondays are fixed # move: relate # principle: other-focus]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    Not yet. Fix Mondays first. If we can't get your {buyer_people} right on a Monday, I'm not adding twenty more to the problem. Ask me again when Mondays are boring. # speaker: you
    -> site_waits

=== site_agreed
{
- not pushed_site:
    Yes, we would. And thank you for asking it that way round. # speaker: buyer # mood: warm
- pressured_before or trust() < ASK_READY:
    Fine. Put it on. But Marcus is writing "Mondays" on the order, and so am I. # speaker: buyer # mood: neutral
- else:
    This year's price. Marcus, that's your favourite phrase. Go on, then. # speaker: buyer # mood: pleased
}
The new site goes on the contract before the quarter closes. Sam sends a GIF of a man dancing on a desk.
{
- fixed_sync:
    The weekend sync goes back to Saturday night. The Monday after, you ring, and there is nothing to report, which is the best report there is.
- booked_monday:
    The Monday after, you are in their planning office at six, in a coat, watching the first cancellation land.
- sold_training:
    The training day leaflet goes into Marcus's folder, behind the printout. Mondays stay exactly as they were.
- else:
    Slide nine is never mentioned again. Neither, for a while, are Mondays, which is not the same as them being fixed.
}
-> END

=== site_not_yet
{
- pushed_site and (pressured_before or trust() < ASK_READY):
    This quarter? With Mondays the way they are? No. # speaker: buyer # mood: annoyed
- pushed_site:
    I'm not buying more of something until the bit I've got works on a Monday. Spring is a long way off. # speaker: buyer # mood: neutral
- trust() >= ASK_READY:
    Probably. Not yet. Come back when Mondays are quiet and ask me again. # speaker: buyer # mood: warm
- else:
    Ask me when Mondays work. # speaker: buyer # mood: guarded
}
The new site stays off the contract this quarter. Marcus folds his printout into quarters and takes it with him.
-> END

// You advised waiting; whether they wait is theirs to decide.
=== site_waits
{ agrees_to(expansion, 1):
    Marcus turns his printout over and taps the back of it.
    The new site opens in the spring whatever Mondays are doing. Go on now and it comes in at this year's price. I can count too. # speaker: Marcus (finance)
    He's right, and he's enjoying it. Put it on. You've got till spring to make Mondays boring, and you said so in front of finance. # speaker: buyer # mood: warm
    The new site goes on the contract before the quarter closes, against your own advice.
    You told them to wait and they said YES? Tell them to wait more often. # speaker: Sam (your manager) # sfx: notification
- else:
    { trust() >= ASK_READY:
        I could get used to a supplier who argues against their own sale in front of finance. # speaker: Marcus (finance)
        Mondays first, then. And when they're boring, I'll ring you before you ring me. # speaker: buyer # mood: warm
    - else:
        Right. We'll see how Mondays go. # speaker: buyer # mood: neutral
    }
    You told them to WAIT?? # speaker: Sam (your manager) # sfx: notification
    The new site stays off the contract this quarter.
}
{ fixed_sync or booked_monday:
    For the first time in a while, Mondays at {buyer_company} are somebody else's problem as well as theirs.
}
-> END
