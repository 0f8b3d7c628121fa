INCLUDE include/contract.ink
# title: Fifteen Minutes and a Checklist
# stage: first-meeting

// A first meeting with any new buyer, cold or referred (the contract's
// `referred`): fifteen minutes between two other meetings, and a procurement
// checklist on the table. Flags below steer text only.
VAR heard_day = false
VAR opened_deck = false
VAR saw_real_problem = false
VAR overclaimed = false
VAR pushed_trial = false
VAR asked_too_soon = false
-> arrival

=== arrival
{buyer_company}, a small meeting room up a flight of stairs. The booking sheet on the door says 10:00 LANECRAFT, 10:15 INSURERS.
{buyer_name} arrives at four minutes past with a laptop, a coffee and a stapled sheet of paper.
{ meetings_before > 0:
    Hello again. Sorry, it's back-to-backs all morning. You've got till quarter past, then the insurers. # speaker: buyer # mood: neutral
- else:
    Lanecraft? Sorry, it's back-to-backs all morning. You've got till quarter past, then the insurers. # speaker: buyer # mood: neutral
}
{ referred:
    A colleague said you were worth fifteen minutes. From them, that's practically a standing ovation. # speaker: buyer
- else:
    Yours was the only email this month that didn't call me a visionary. So here you are. # speaker: buyer
}
{ pressured_before:
    I'll be honest: the last call from your lot felt like being chased round a car park. Let's not do that today. # speaker: buyer # mood: guarded
}
{ is_client:
    Procurement tells me we already buy something from you, which apparently makes this easier. We'll see. # speaker: buyer
}
The stapled sheet goes face down on the table. {buyer_name}'s phone buzzes, gets read, and goes face down on top of it. # sfx: phone-buzz
Your deck has thirty-two slides. The clock says five past.
* [Congratulate {buyer_name} on {buyer_company}'s growth # move: close # principle: other-focus]
    ~ close_move(1)
    I saw {buyer_company} in the regional growth rankings. Congratulations. That's quite a year. # speaker: you
    Oh, that. The photographer cost more than the prize. But thank you; it's nice someone noticed. # speaker: buyer # mood: pleased
* [Say you'll keep it tight, and open the deck # move: close # principle: collaboration]
    ~ close_move(1)
    ~ opened_deck = true
    I'll keep it tight, then. Ten slides, and stop me whenever you like. # speaker: you
    Ten slides in ten minutes. A salesperson who can count. Go on. # speaker: buyer # mood: pleased
    Slide one says TRANSFORM YOUR OPERATION. {buyer_name} reads it and drinks some coffee.
* [Ask how the last meeting went # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    ~ heard_day = true
    You've come straight from something. How did it go? # speaker: you
    {buyer_name} looks up, as if checking whether you meant it.
    Badly, since you ask. Our biggest customer, on about {buyer_people} turning up late. Third time this month. # speaker: buyer # mood: guarded
    Sorry, you didn't come here for that. That's two of your minutes gone, by the way. # speaker: buyer # mood: neutral
- -> the_checklist

=== the_checklist
{ opened_deck:
    Sorry, can I stop you at slide two? This'll be quicker. # speaker: buyer
}
{buyer_name} turns the sheet over. SUPPLIER SHORTLIST: PLANNING SOFTWARE. Fourteen questions, each with a box.
Procurement wants three quotes by the end of the month. Tick these and you're on the list with the other two. # speaker: buyer # mood: neutral
They were in yesterday. One brought doughnuts; the other brought a drone video of their own car park. # speaker: buyer
Question one's the easy one. Who else uses you? # speaker: buyer # discuss: A slide of logos answers the question asked. What would you need to know about this buyer's last vendor before answering it?
* [Turn to the slide of customer logos # move: close # principle: other-focus]
    ~ close_move(1)
    You skip to slide nine: a wall of logos. Castleway Parcels, Hollins Home Care, Penmore Plant Hire.
    Castleway have four thousand people on the road with us. If it works at their size, it'll work for {buyer_company}. # speaker: you
    Castleway? Well. That's question one ticked, and probably three as well. # speaker: buyer # mood: pleased
    {buyer_name} ticks two boxes and draws an arrow to a third.
* [Ask who wrote the list, and what happened last time # move: relate # principle: collaboration]
    ~ earn_intimacy(1)
    ~ saw_real_problem = true
    I'll answer all fourteen. But lists like this usually come from somewhere. What happened last time? # speaker: you
    Does it matter? I need three quotes, not a counselling session. # speaker: buyer # mood: annoyed
    ...Fine. The last planning system we bought came off a list very like this one. It ticked every box, and it never once did what Maureen does. # speaker: buyer # mood: guarded
    The awkward bits still go through Maureen and her whiteboard. Twenty-two years of which {buyer_people} can't do which {buyer_jobs}, all in her head, and she retires in March. # speaker: buyer # mood: guarded
    { heard_day:
        And those three complaints this month? All on Maureen's days off. # speaker: buyer
        {buyer_name} stops, as if hearing it for the first time.
    }
    You close the laptop and write two words on your pad: MAUREEN. MARCH.
- -> the_question

=== the_question
{buyer_name} taps question eleven. Someone in procurement has put it in bold.
Eleven. What share of your customers' planners are still using it a year after go-live? # speaker: buyer # mood: neutral
{ saw_real_problem:
    That's the Maureen question, really. # speaker: buyer # discuss: You don't know the answer, but slide twenty-six has a number that sounds like one. What does quoting it cost you later?
}
You don't know. Slide twenty-six says 97% CUSTOMER RETENTION, which counts contracts renewed, not planners at their desks.
* [Quote the 97% from slide twenty-six # move: close # principle: transparency]
    ~ close_move(1)
    ~ overclaimed = true
    Ninety-seven percent. Once people are in, they don't leave us. # speaker: you
    Ninety-seven. Procurement will like that; they've been burned before. # speaker: buyer # mood: pleased
    {buyer_name} writes 97% in the box, neatly, in pen.
* [Say you don't know, and offer a customer's planner to ask # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ make_promise(intro_reference)
    Honestly? I don't know. Our slide says ninety-seven percent, but that's contracts renewed, not planners using it. # speaker: you
    Let me put you in touch with a planner at one of our customers. Not a manager. You can ask them what they actually use. # speaker: you
    You're telling me your own slide doesn't answer my question? # speaker: buyer # mood: neutral
    That's a first. Procurement won't know what to do with an empty box. # speaker: buyer # mood: neutral
    {buyer_name} leaves the box empty and writes "ask a planner" in the margin.
- -> the_door

=== the_door
A knock at the door. Someone with a lanyard points at their watch. # sfx: door-knock
Your insurers are here. They've brought a lot of folders. # speaker: Lorna (from the office)
Two minutes. # speaker: buyer
Your phone buzzes. Your manager: "Q{quarter} pipeline call at twelve. Can I put {buyer_company} down as a trial?" # sfx: phone-buzz
So. What do I write in the box next to Lanecraft? # speaker: buyer # mood: neutral # discuss: Ten minutes in, the buyer asks what to write next to your name. Have you earned the right to ask for anything yet, and if so, for what?
* [Offer a trial at half price, if it starts this month # move: close # principle: long-term]
    ~ close_move(2)
    ~ pushed_trial = true
    Write "trial". Start before the end of the month and the first three months are half price. After that it's list. # speaker: you
    Half price? Procurement will think Christmas has come early. # speaker: buyer # mood: pleased
    { agrees_to(trial, 1): -> ending_trial }
    -> ending_shortlist
* [Ask for an hour next week, with the people who do the planning # move: ask # principle: collaboration]
    ~ ask_move(1)
    { saw_real_problem:
        Write "next step". Could I have an hour with Maureen next week, at the whiteboard? I'd like to see what's in her head before anyone buys anything. # speaker: you
    - else:
        Write "next step". Could I have an hour next week with whoever does your planning, to see how it works today? # speaker: you
    }
    { trust() >= ASK_READY: -> ending_second_meeting }
    ~ asked_too_soon = true
    -> ending_shortlist
* [Tell {buyer_name} to go, and promise only your notes # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    Write whatever's fair. Go and see your insurers; I'll send my notes tonight, and nothing else. # speaker: you
    -> ending_shortlist

=== ending_second_meeting
{ saw_real_problem:
    Maureen? You want an hour with Maureen? # speaker: buyer # mood: neutral
    She'll eat you alive. Tuesday, eight o'clock, before the phones start. Bring a pen; she won't let you touch her markers. # speaker: buyer # mood: warm
- else:
    Tuesday at eight, then, with the planners. If you bring slides, they'll leave. # speaker: buyer # mood: neutral
}
{ overclaimed:
    And bring whatever sits behind that ninety-seven percent. I've written it in pen. # speaker: buyer # mood: guarded
}
{ promised ? intro_reference:
    And I still want that planner's number. I'll ask them question eleven myself. # speaker: buyer
}
{ pressured_before:
    This is better than last time. Let's keep it that way. # speaker: buyer
}
{buyer_name} writes NEXT STEP: TUESDAY in the box beside Lanecraft, and goes off to be shouted at about premiums.
You text your manager back: not a trial yet. A Tuesday.
-> END

=== ending_trial
Go on, then. Send it over and I'll get it signed before the insurers have their coats off. # speaker: buyer # mood: pleased
{ overclaimed:
    And I've put ninety-seven percent in pen, so it had better be true. # speaker: buyer # mood: guarded
}
You text your manager one word: trial. A row of champagne bottles comes back before you reach the bottom of the stairs. # sfx: notification
On the pipeline call your manager reads out {buyer_company} as a new trial, and says your name twice.
{ saw_real_problem:
    Nobody shows the trial to Maureen. Three months on, the login has been used four times, all by procurement.
- else:
    Nobody shows the trial to the planners. Three months on, the login has been used four times, all by procurement.
}
When the half-price months end, the first full invoice goes to procurement, who ring {buyer_name} to ask what Lanecraft is.
-> END

=== ending_shortlist
{
- pushed_trial:
    Half price is nice. But I can't start a trial on something nobody's compared. You're on the list with the other two. # speaker: buyer # mood: neutral
- asked_too_soon:
    An hour of our planners' time, on the strength of ten minutes? # speaker: buyer # mood: guarded
    { agrees_to(trial, 1):
        Tell you what. Skip the hour: send me a trial, and the planners can find out for themselves. # speaker: buyer # mood: neutral
        -> ending_trial_instead
    }
    You're on the list with the other two. Procurement will be in touch. # speaker: buyer # mood: neutral
- else:
    Thanks. Genuinely. That's the least painful quarter of an hour I've had all week. # speaker: buyer # mood: warm
}
{buyer_name} writes something in the box beside Lanecraft and goes off to meet the insurers.
{ not pushed_trial && not asked_too_soon:
    Your notes go that evening.
    { agrees_to(trial, 1):
        The reply comes next morning: procurement have read your notes and would rather try it than compare it. Could you send a trial agreement? # sfx: notification
        -> ending_trial_instead
    }
    The reply next morning is friendly, grateful and has no date in it. # sfx: notification
}
Three weeks later a procurement portal sends you a login, the same fourteen questions and a price grid.
{ overclaimed:
    Question eleven now asks for evidence, in bold, with a box for an attachment.
}
{ promised ? intro_reference:
    You still owe {buyer_name} a planner's phone number. The portal has no box for it.
}
{ pushed_trial:
    Your half-price offer is already in the grid, typed in as your list price.
- else:
    The other two suppliers got the same questions. One of them is cheaper.
}
-> END

=== ending_trial_instead
The trial agreement comes back signed before the quarter closes, and {buyer_name} copies in the planners this time.
You text your manager: yes, a trial, after all. Put it down.
-> END
