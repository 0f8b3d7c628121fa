INCLUDE include/contract.ink
# title: Second Chances
# stage: win-back

// A company that left you, back in the room. The engine carries the old trust
// over (a little worse if they left unhappy), the deal starts cold, and after
// this meeting the account is at discovery: nobody needs a first meeting. How
// they left decides how the door opens; what you do with it is the meeting.
// Flags steer text only.
VAR owned_it = false
VAR listened = false
VAR pitched_new = false
VAR coached = false
VAR asked_morning = false
VAR priced_work = false
VAR asked_trial = false
-> the_return

=== the_return
Win-back meeting today! Lapsed accounts close twice as fast as new ones. Whatever it takes. # speaker: Sam (your manager) # sfx: notification
Back at {buyer_company}. Your old signature is still in the visitors' book at reception, a few pages back, under a courier's.
The receptionist hands you the lanyard with the frayed strap. You decide to take it as a joke.
{ was_client:
    You were their supplier once. For a while it was the easiest account you had, and then it wasn't an account at all.
- else:
    They never signed with you. It came close once, and then it didn't.
}
{
- lost_reason == "walked-away":
    // Their own line below says how the last meeting ended.
- last_impression == "warm" or last_impression == "pleased":
    The last time you were here, {buyer_name} walked you out to the car park and talked about holidays. Whatever went wrong came afterwards.
- last_impression == "cold" or last_impression == "annoyed":
    The last time you were here, it ended with {buyer_name} studying the window instead of you.
- last_impression == "guarded":
    The last time you were here, it ended politely. Too politely.
}
{
- lost_reason == "went-quiet":
    Then nobody from Lanecraft rang them for the best part of a year. Nobody, in this case, was you.
    I did wonder if you'd gone bust. Then I wondered if you'd just gone off us. # speaker: buyer # mood: guarded
- lost_reason == "moved-on":
    The project moved on while your next meeting was still a line in your diary.
    We went elsewhere while you were busy. Nothing personal. Well. A bit personal. # speaker: buyer # mood: guarded
- lost_reason == "tender" or lost_reason == "exit" or lost_reason == "not-renewed":
    {
    - lost_reason == "tender":
        We ran a tender and somebody else wanted it more. Or said so, in a nicer font. # speaker: buyer # mood: neutral
    - lost_reason == "exit":
        We used the exit clause. First time I've ever used one. Our legal people had a little party. # speaker: buyer # mood: neutral
    - else:
        We let the contract run out. Nobody decided to leave, exactly. Nobody decided to stay, either. # speaker: buyer # mood: neutral
    }
    So you know what it looks like when this goes wrong. So do I. # speaker: buyer
- lost_reason == "walked-away":
    Last time, I walked out of my own meeting room. I've done that twice in twenty years: once for you, and once for a man selling franking machines. # speaker: buyer # mood: guarded
- lost_reason == "took-the-work":
    I'll save us both the awkward bit. We took what you found, put it in a tender, and gave it to someone cheaper. # speaker: buyer # mood: guarded
    Your early mornings in their planning office, retyped under somebody else's logo.
    They've had it six months. They haven't done any of it. # speaker: buyer # mood: neutral
- else:
    Nobody ever told you exactly why {buyer_company} drifted off. Nobody there seems sure either.
    Well. I didn't think we'd see you again. Sit down before I change my mind. # speaker: buyer # mood: neutral
}
{ pressured_before:
    And the last thing I remember you doing in that chair is sliding a contract across before the kettle had boiled. # speaker: buyer # mood: guarded
}
{
- LIST_COUNT(broken) > 0:
    There's also the thing you promised and never did. I wrote it down. I write everything down now. # speaker: buyer # mood: cold
- LIST_COUNT(kept) > 0:
    I'll give you this much: what you said you'd do, you did. I remembered that when your name came up. # speaker: buyer # mood: neutral
}
{ lost_reason == "took-the-work":
    So. Why are you here? # speaker: buyer # discuss: This buyer took your free work to a tender last time. What will you ask for this time, before you give anything away?
- else:
    So. Why are you here? # speaker: buyer # discuss: The buyer left once. What do they need to hear from you before they hear anything about Lanecraft?
}
* [Tell them everything that's new at Lanecraft since they left # move: close # principle: other-focus]
    ~ close_move(1)
    ~ pitched_new = true
    A lot's changed since you left. New app, a new planning screen, and a support line that answers inside four minutes. Honestly, it's a different company. # speaker: you
    A different company. Same salesperson, though. # speaker: buyer # mood: neutral
    Your brochure gets read from the back, and put down face first.
* [Say what you got wrong last time, before they have to # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ owned_it = true
    {
    - lost_reason == "went-quiet" or lost_reason == "moved-on":
        I stopped ringing. I was chasing deals nearer to signing, and you got whatever time was left over, which was none. That's on me. # speaker: you
    - lost_reason == "walked-away" or pressured_before:
        I pushed when I should have listened. You had something to tell me and I had a form to fill in. # speaker: you
    - lost_reason == "took-the-work":
        I gave you three mornings of work and never said what I wanted for it. I can hardly complain that you didn't pay for something nobody asked you to pay for. # speaker: you
    - was_client:
        We got comfortable. You were paying us to keep up with you, and somewhere along the way we stopped trying. # speaker: you
    - else:
        I never found out what you actually needed. I was too busy telling you what we do. # speaker: you
    }
    { lost_reason == "took-the-work":
        That's more honest than I was ready for. # speaker: buyer # mood: guarded
    - else:
        Huh. I had a speech ready. You've rather wasted it. # speaker: buyer # mood: neutral
    }
* [Ask how it has been for them since, and just listen # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ listened = true
    Before I say anything about us: how's it been since? Honestly. # speaker: you
    Honestly? # speaker: buyer # mood: guarded
    {buyer_name} looks at the door, checks it is shut, and sits back down.
- -> since_then

=== since_then
{
- lost_reason == "tender" or lost_reason == "exit" or lost_reason == "moved-on" or lost_reason == "took-the-work":
    The new lot's app is lovely. It has a dark mode. What it hasn't got is anyone who picks up the phone before ten. # speaker: buyer # mood: neutral
- else:
    We went back to the whiteboard. It's honest, the whiteboard. It never needs an update. It also has no idea when one of our {buyer_vehicles} is stuck in traffic. # speaker: buyer # mood: neutral
}
So the mornings are back to how they were: the phones going, and {buyer_people} ringing in to ask where they're meant to be. # speaker: buyer
Last Tuesday, two of ours turned up at the same customer an hour apart, and neither of them was the one the customer had asked for. # speaker: buyer
{ listened:
    And I've been redoing the plan myself on Sunday nights. My family calls it my other job. I haven't told anyone in this building that. # speaker: buyer # mood: neutral
}
Any news?? Switch-back offer is migration free if they sign this quarter. # speaker: Sam (your manager) # sfx: phone-buzz
* [Offer to move them back before the quarter ends, migration free # move: close # principle: long-term]
    ~ close_move(2)
    Here's what I can do. We move you back before the quarter's out, and the migration costs you nothing. You'd be on us again by the first of the month. # speaker: you
    { pressured_before or lost_reason == "walked-away":
        And there it is. I was wondering how long it would take. # speaker: buyer # mood: annoyed
    - else:
        Free migration. I've heard that one before, usually just before an invoice. # speaker: buyer # mood: neutral
    }
* [Tell them how to get more out of what they have now, even if it isn't you # move: relate # principle: long-term]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    ~ coached = true
    { lost_reason == "tender" or lost_reason == "exit" or lost_reason == "moved-on" or lost_reason == "took-the-work":
        Before you change anything again: ask them to switch on their live re-plan. Most systems have one, and most firms leave it off. It might fix your mornings without you moving a thing. # speaker: you
    - else:
        The whiteboard isn't your problem. For a fortnight, write every morning change on it in red. You'll see exactly where the day goes wrong, and that's yours, whatever you decide about us. # speaker: you
    }
    You've come all this way to tell me how to manage without you? # speaker: buyer # mood: guarded
    ...It's a good idea, though. Annoyingly. # speaker: buyer # mood: neutral
* [Ask for a morning with their planners, to see how it goes wrong now # move: ask # principle: collaboration]
    ~ ask_move(1)
    ~ asked_morning = true
    I'd rather not guess this time. Could I spend a morning with whoever does the plan, and watch where it goes wrong now? Then we'll both know whether I'm any use to you. # speaker: you
    { trust() >= ASK_READY:
        A morning. Thursday, then, and bring biscuits. They've earned them. # speaker: buyer # mood: neutral
    - else:
        A morning of my planners' time, for a supplier we left? I'll think about it. # speaker: buyer # mood: guarded
    }
* {lost_reason == "took-the-work"} [Say that if you look again, the diagnosis is paid for, agreed up front # move: ask # principle: transparency]
    ~ ask_move(1)
    ~ priced_work = true
    I'll happily look again. But this time the diagnosis is a paid piece of work, agreed before I start. Last time I gave it away, and we both saw where it went. # speaker: you
    { trust() >= ASK_READY:
        Fair. I'd think less of you if you didn't. # speaker: buyer # mood: neutral
    - else:
        Paid? We're not even your customer. # speaker: buyer # mood: guarded
    }
- -> the_offer

=== the_offer
{ trust() >= ASK_READY:
    The clock on the wall says your half hour is up. {buyer_name} hasn't looked at it once.
- else:
    The clock on the wall says your half hour is up. {buyer_name} has looked at it twice.
}
Right. What happens now? # speaker: buyer # mood: neutral # discuss: After a loss the deal starts cold, whatever trust is left. What is a fair thing to ask for in the first meeting back?
* [Offer a free trial from Monday, and Sam's welcome-back price if they sign by quarter end # move: close # principle: long-term]
    ~ close_move(2)
    Start a trial on Monday, on the house. And if you sign before the quarter closes, there's a welcome-back price. It won't be there in the new year. # speaker: you
    { (pressured_before or lost_reason == "walked-away") and trust() < 1:
        -> shown_out
    }
    { agrees_to(trial, 1):
        -> trial_yes
    - else:
        -> trial_no
    }
* [Ask for a small trial on one patch, judged on their own numbers # move: ask # principle: collaboration]
    ~ ask_move(1)
    ~ asked_trial = true
    I'd like to earn it back properly. A trial on one patch, judged on your numbers, not mine. If it doesn't move them, you tell me, and I go quietly. # speaker: you
    { agrees_to(trial, 1):
        -> trial_yes
    - else:
        -> trial_no
    }
* [Ask for nothing today; say when you'll ring, and mean it # move: relate # principle: long-term]
    ~ serve_self(-1)
    ~ earn_intimacy(1)
    ~ push_deal(-1)
    ~ open_hook("first_monday_call")
    I'm not going to ask you for anything today. I'll ring on the first Monday of next month, to hear how the mornings are going. And I will ring. # speaker: you
    -> door_open

=== trial_yes
{
- asked_trial and trust() >= ASK_READY:
    One patch, my numbers, and you go quietly if it doesn't work. I'm holding you to the quietly. # speaker: buyer # mood: warm
- asked_trial:
    One patch, then. If it doesn't work, you said you'd go quietly. I'm writing that down. # speaker: buyer # mood: neutral
- else:
    A trial, fine. But I'm not signing anything by anybody's quarter end. I did that once. # speaker: buyer # mood: neutral
}
A trial starts the first Monday of next month. Sam replies with a row of exclamation marks and a trophy.
{
- priced_work:
    This time the work has your name on it, and an invoice number.
- owned_it:
    On the way out, {buyer_name} says it was the apology that did it, and then looks as if that was one sentence too many.
- pitched_new:
    On the way out, your brochure stays on the table. Nobody picks it up.
}
-> END

=== trial_no
{
- asked_trial and trust() >= ASK_READY:
    Not yet, and not because of you, for once. I can't take a supplier we {was_client:left|turned down} back to the board in the same year. They'll think I've lost my mind. Ask me again in the spring. # speaker: buyer # mood: warm
- pressured_before or trust() < 1:
    No. I said I'd see you. I never said I'd buy anything. # speaker: buyer # mood: cold
- else:
    Not now. Let me see how the mornings go first. # speaker: buyer # mood: neutral
}
No trial this quarter. Sam's reply is a single full stop.
{ coached or asked_morning:
    Still, you leave knowing more about their mornings than anyone at Lanecraft has in a year.
}
-> END

=== shown_out
~ buyer_walks_away()
Same chair, same speech. I'll see you out. No, really: I'll see you out. # speaker: buyer # mood: cold
The door is held open for you, very politely, by somebody who will not be holding it open again.
-> END

=== door_open
{ trust() >= ASK_READY:
    Thank you. I didn't expect to enjoy this. # speaker: buyer # mood: warm
- else:
    We'll see if you do. # speaker: buyer # mood: guarded
}
{ coached:
    Nothing is signed, and nothing is tried. But {buyer_name} is writing something in red before you've reached the door.
- else:
    Nothing is signed, and nothing is tried. You put the call in your diary before you've started the car.
}
-> END
