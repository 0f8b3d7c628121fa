INCLUDE include/contract.ink
# title: Walk the Floor
# stage: discovery

// The second meeting. The buyer arrives with a brief; the brief is not the problem.
// Flags below steer text only.
VAR promised_number = false
VAR saw_idling = false
VAR walked_floor = false
VAR asked_too_soon = false
-> arrival

=== arrival
{buyer_company}, ten to seven in the morning. It was the only slot {buyer_name} had this week, and the yard is already loud.
{ meetings_before > 1:
    Back again. Sit anywhere that isn't covered in delivery notes. # speaker: buyer # mood: neutral
- else:
    You found us again, then. Sit anywhere that isn't covered in delivery notes. # speaker: buyer # mood: neutral
}
{ pressured_before:
    Before we start: last time felt a bit like being sold a timeshare. Let's keep this one about us. # speaker: buyer # mood: guarded
}
{ is_client:
    You've been in our planning office more than I have lately, so you know where the kettle is. # speaker: buyer
}
{buyer_name} slides a single printed sheet across the desk. In bold, it says FUEL: DOWN 12% BY YEAR END.
There's your brief. Fuel's our biggest cost after wages, and it's gone the wrong way three quarters running. # speaker: buyer
The board wants twelve percent off. Your software cuts miles. Show me it cuts ours. # speaker: buyer # mood: neutral # discuss: The buyer has named the problem and the number, and a demo would please them today. What does it cost to ask about the fuel first?
* [Offer a demo built around their twelve percent # move: close # principle: collaboration]
    ~ close_move(1)
    ~ promised_number = true
    Twelve's realistic for a fleet your size. Send me last month's jobs and I'll re-plan them in front of you on Tuesday. # speaker: you
    Tuesday. Now that's the kind of meeting I like. # speaker: buyer # mood: pleased
    {buyer_name} writes DEMO TUES under the twelve and underlines both.
* [Ask where the fuel actually goes # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ saw_idling = true
    Before I promise you a number: where does the fuel go? Miles on the road, or engines running while nothing moves? # speaker: you
    It goes in the tanks and comes back as an invoice. Is this a trick question? # speaker: buyer # mood: annoyed
    ...Our planners do moan about idling on the trackers. I'd assumed that was drivers with the heater on. # speaker: buyer # mood: neutral
- -> the_method

=== the_method
Your phone buzzes. Your manager: "Q{quarter} forecast call at four. Can I put {buyer_company} down as demo stage?" # sfx: phone-buzz
So what do you need from us? I've got till half seven, then it's the board pack. # speaker: buyer # mood: neutral
* [Ask for a month of job data and spare them the legwork # move: close # principle: collaboration]
    ~ close_move(1)
    Just a month of job data. I'll do the heavy lifting back at the office; nobody here needs to lose a morning. # speaker: you
    Music to my ears. Our planner can email it before lunch. # speaker: buyer # mood: pleased
    You text your manager: "Demo Tuesday." A thumbs-up comes back before you've put the phone down. # sfx: notification
* [Ask to spend their half hour on the loading bays, with the planners # move: relate # principle: collaboration]
    ~ earn_intimacy(1)
    ~ earn_credibility(1)
    ~ push_deal(-1)
    ~ walked_floor = true
    Could we spend your half hour down there instead of in here? I'd like to watch the vans go out and meet whoever plans them. # speaker: you
    The yard? It's carnage at this time, and I've a board pack to finish. # speaker: buyer # mood: annoyed
    ...Fine. Wear this. # speaker: buyer # mood: neutral
    {buyer_name} hands you a hi-vis vest two sizes too big. The board pack stays on the desk.
    Outside: twenty-odd vans, four loading doors, and every driver booked to leave at half six.
    The senior planner is holding a tablet in one hand and a bacon roll in the other.
    The routes? The routes are fine. I can shave miles off them all day. # speaker: Sam (senior planner)
    It's this. Everyone loads at once, the last van's out at ten to eight, and it goes straight into the school run with the engine on. # speaker: Sam (senior planner)
    {saw_idling:That's your idling. |}Nobody asks me about the doors. They ask me about miles. # speaker: Sam (senior planner)
    Every morning? # speaker: buyer # mood: guarded
    Every morning since we lost door five to the chiller. # speaker: Sam (senior planner)
    Your phone buzzes again. You let it. # sfx: phone-buzz
- -> reference_due

=== reference_due
{ promised ? intro_reference: -> the_reference }
-> the_board

=== the_reference
Oh, and last time you said you'd put me in touch with one of your customers. Someone who's done this for real. # speaker: buyer # mood: neutral # discuss: Your customer is mid-peak and busy; your buyer wants the real story. Whose convenience should a reference protect?
* [Give them the customer's name and number now # move: relate # principle: transparency]
    ~ keep_promise(intro_reference)
    I've got it here. Their ops manager runs thirty vans out of Doncaster. I've told them you'll ring, and asked them to tell you what went wrong as well. # speaker: you
    What went wrong? Good. That's the bit I actually want. # speaker: buyer # mood: pleased
* [Send the customer's video instead; they're mid-peak # move: close # principle: transparency]
    ~ close_move(1)
    ~ break_promise(intro_reference)
    They're flat out this month, honestly. But there's a four-minute film of their ops manager; I'll send it over today. # speaker: you
    A film. Fine, send it. # speaker: buyer # mood: neutral
    The film has drone shots of a very clean depot and a lot of music. It does not mention anything going wrong.
- -> the_board

=== the_board
{ walked_floor:
    Back upstairs, {buyer_name} picks up the sheet with the twelve percent on it and looks at it for a while.
- else:
    {buyer_name} taps the sheet with the twelve percent on it.
}
So. The board meets on the ninth. What do I tell them? # speaker: buyer # mood: neutral # discuss: The buyer's board asked for twelve percent off fuel. Is that the problem you have been asked to solve, or only the first one you have been told about?
* [Tell them twelve percent, with a demo on Tuesday to prove it # move: close # principle: transparency]
    ~ close_move(1)
    Tell them twelve percent, and a demo on Tuesday to show it. Boards like a number and a date. # speaker: you
    A number and a date. You've met our board. # speaker: buyer # mood: pleased
    -> ending_demo
* [Tell them the fuel may not be going on miles # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    { walked_floor:
        I'd tell them the fuel isn't going on miles. It's going on the queue at the doors and the school run. Some of that's software. Some of it's your shift pattern. # speaker: you
    - else:
        Honestly? I don't know yet whether it's miles. I'd tell them you're finding out before you buy anything, from me or anyone. # speaker: you
    }
    So I go upstairs with "it's complicated". They'll love that. # speaker: buyer # mood: annoyed
    -> ending_stall
* [Ask for two weeks to find out where the fuel goes, together # move: ask # principle: collaboration]
    ~ ask_move(1)
    { walked_floor:
        Tell them you'll know in two weeks where the fuel goes. Give me those two weeks with Sam, a week of tracker data and a look at the loading schedule. Then we decide together whether there's a project. # speaker: you
    - else:
        Tell them you'll know in two weeks where the fuel goes. Give me two early mornings on the yard and an hour with your planners. Then we decide together whether there's a project. # speaker: you
    }
    { trust() >= ASK_READY:
        -> ending_diagnosis
    }
    ~ asked_too_soon = true
    Two weeks of my planners? For a supplier we haven't bought anything from? # speaker: buyer # mood: guarded
    Just do the demo, and we'll see where we are. # speaker: buyer
    -> ending_demo

=== ending_demo
{ asked_too_soon:
    Tuesday at ten. I'll tell the board it's in hand, and you can tell me how. # speaker: buyer # mood: neutral
- else:
    Tuesday at ten, then. I'll tell the board we've got it in hand. # speaker: buyer # mood: pleased
}
Your manager moves {buyer_company} to demo stage before you've left the car park.
{ walked_floor:
    On Tuesday the re-plan saves four percent of the miles. Nobody mentions the loading doors, including you.
- else:
    On Tuesday the re-plan saves four percent of the miles. Nobody in the room has stood in the yard at half six.
}
{ promised_number:
    {buyer_name} looks at the four on your screen, then at the twelve on the sheet, and says nothing for a long moment. # mood: guarded
- else:
    Four. We'll need to do better than four, won't we? # speaker: buyer # mood: guarded
}
-> END

=== ending_diagnosis
{ walked_floor:
    Two weeks. Sam will be thrilled; someone's finally asking about the doors. # speaker: buyer # mood: warm
- else:
    Two weeks. Fine. But if it turns out it's just miles after all, I want that demo. # speaker: buyer # mood: neutral
}
The board wants a number on the ninth. I'll give them a date instead, and you'd better be worth it. # speaker: buyer
On the forecast call your manager asks why {buyer_company} is still in discovery. You say: because it is.
-> END

=== ending_stall
{ trust() >= ASK_READY:
    Thank you for not just agreeing with me. I'll think about it. Properly. # speaker: buyer # mood: warm
- else:
    Right. I'll think about it. # speaker: buyer # mood: neutral
}
{ walked_floor:
    {buyer_name} walks you out past the four loading doors. Nobody mentions a next meeting.
- else:
    {buyer_name} walks you out across the yard, where the last vans are still queuing for the gate. Nobody mentions a next meeting.
}
A month later the board signs a cheaper fuel-card deal "for now", and the sheet with the twelve percent goes in a drawer.
-> END
