INCLUDE include/contract.ink
# title: Walk the Floor
# stage: discovery

// The second meeting. The buyer arrives with a brief (mileage); the brief is not
// the problem. The day is planned the night before, falls apart by ten, and the
// office re-plans it by phone, sending people back across the patch.
// Flags below steer text only.
VAR promised_number = false
VAR saw_gap = false
VAR walked_floor = false
VAR asked_too_soon = false
-> arrival

=== arrival
{buyer_company}, ten to seven in the morning. It was the only slot {buyer_name} had this week, and the phones are already going.
{ meetings_before > 1:
    Back again. Sit anywhere that isn't covered in timesheets. # speaker: buyer # mood: neutral
- else:
    You found us again, then. Sit anywhere that isn't covered in timesheets. # speaker: buyer # mood: neutral
}
{ pressured_before:
    Before we start: last time felt a bit like being sold a timeshare. Let's keep this one about us. # speaker: buyer # mood: guarded
}
{ is_client:
    You've been in our planning office more than I have lately, so you know where the kettle is. # speaker: buyer
}
{ has_hook("first_monday_call"):
    ~ close_hook("first_monday_call")
    You rang on the first Monday, like you said. Four minutes, and you didn't try to sell me a thing. I told my deputy to put the kettle on for you today. # speaker: buyer # mood: neutral
}
{buyer_name} slides a single printed sheet across the desk. In bold, it says MILEAGE: DOWN 12% BY YEAR END.
There's your brief. Mileage is one of our biggest bills, and it's gone the wrong way three quarters running. # speaker: buyer
The board wants twelve percent off. Your software cuts miles. Show me it cuts ours. # speaker: buyer # mood: neutral # discuss: The buyer has named the problem and the number, and a demo would please them today. What does it cost to ask about the miles first?
* [Offer a demo built around their twelve percent # move: close # principle: collaboration]
    ~ close_move(1)
    ~ promised_number = true
    Twelve's realistic for an operation your size. Send me last month's {buyer_jobs} and I'll re-plan them in front of you on Tuesday. # speaker: you
    Tuesday. Now that's the kind of meeting I like. # speaker: buyer # mood: pleased
    {buyer_name} writes DEMO TUES under the twelve and underlines both.
* [Ask where the miles actually go # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ saw_gap = true
    Before I promise you a number: where do the miles go? On the routes you plan, or on the changes after? # speaker: you
    They go on the road and come back as a bill. Is this a trick question? # speaker: buyer # mood: annoyed
    ...Our planner does moan that the miles we pay for never match the miles on the plan. I'd assumed that was people nipping home for lunch. # speaker: buyer # mood: neutral
- -> the_method

=== the_method
Your phone buzzes. Your manager: "Q{quarter} forecast call at four. Can I put {buyer_company} down as demo stage?" # sfx: phone-buzz
So what do you need from us? I've got till half seven, then it's the board pack. # speaker: buyer # mood: neutral
* [Ask for a month of planning data and spare them the legwork # move: close # principle: collaboration]
    ~ close_move(1)
    Just a month of your planning data. I'll do the heavy lifting back at the office; nobody here needs to lose a morning. # speaker: you
    Music to my ears. Our planner can email it before lunch. # speaker: buyer # mood: pleased
    You text your manager: "Demo Tuesday." A thumbs-up comes back before you've put the phone down. # sfx: notification
* [Ask to spend their half hour in the planning office, watching the day start # move: relate # principle: collaboration]
    ~ earn_intimacy(1)
    ~ earn_credibility(1)
    ~ push_deal(-1)
    ~ walked_floor = true
    Could we spend your half hour next door instead of in here? I'd like to sit with whoever plans the day while it starts. # speaker: you
    The planning office? At seven? It's carnage, and I've a board pack to finish. # speaker: buyer # mood: annoyed
    ...Fine. Bring your tea. # speaker: buyer # mood: neutral
    {buyer_name} picks up a notepad. The board pack stays on the desk.
    Next door: two screens, a wall planner in four colours of pen, and a phone that rings as you walk in.
    The planner has the phone in one hand and a slice of toast in the other.
    The plan? It was lovely at six last night. I can shave miles off it all day. # speaker: The planner
    It's this. Two off sick, one stuck behind a crash, and a cancellation nobody told me about. By ten I'll have rung half the {buyer_people} and sent them from one end of the patch to the other. # speaker: The planner
    {saw_gap:That's your missing miles. |}Nobody asks me about the phone. They ask me about miles. # speaker: The planner
    I know the mornings are a scramble. I never thought of it as miles. # speaker: buyer # mood: guarded
    Every change is somebody driving back the way they came. Mondays, it starts before I've got my coat off. # speaker: The planner
    Your phone buzzes again. You let it. # sfx: phone-buzz
- -> reference_due

=== reference_due
{ promised ? intro_reference: -> the_reference }
-> the_board

=== the_reference
Oh, and last time you said you'd put me in touch with one of your customers. Someone who's done this for real. # speaker: buyer # mood: neutral # discuss: Your customer is mid-peak and busy; your buyer wants the real story. Whose convenience should a reference protect?
* [Give them the customer's name and number now # move: relate # principle: transparency]
    ~ keep_promise(intro_reference)
    I've got it here. Their ops manager runs thirty-odd {buyer_people} out of Doncaster. I've told them you'll ring, and asked them to tell you what went wrong as well. # speaker: you
    What went wrong? Good. That's the bit I actually want. # speaker: buyer # mood: pleased
* [Send the customer's video instead; they're mid-peak # move: close # principle: transparency]
    ~ close_move(1)
    ~ break_promise(intro_reference)
    They're flat out this month, honestly. But there's a four-minute film of their ops manager; I'll send it over today. # speaker: you
    A film. Fine, send it. # speaker: buyer # mood: neutral
    The film has drone shots of {buyer_vehicles} on an empty motorway, and a lot of music. It does not mention anything going wrong.
- -> the_board

=== the_board
{ walked_floor:
    Back at the desk, {buyer_name} picks up the sheet with the twelve percent on it and looks at it for a while.
- else:
    {buyer_name} taps the sheet with the twelve percent on it.
}
So. The board meets on the ninth. What do I tell them? # speaker: buyer # mood: neutral # discuss: The buyer's board asked for twelve percent off mileage. Is that the problem you have been asked to solve, or only the first one you have been told about?
* [Tell them twelve percent, with a demo on Tuesday to prove it # move: close # principle: transparency]
    ~ close_move(1)
    Tell them twelve percent, and a demo on Tuesday to show it. Boards like a number and a date. # speaker: you
    A number and a date. You've met our board. # speaker: buyer # mood: pleased
    -> ending_demo
* [Tell them the miles may not be going on the plan # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    { walked_floor:
        I'd tell them the miles aren't going on the plan. They're going on the phone calls after seven, sending people back across the patch. Some of that's software. Some of it's a plan with no slack in it. # speaker: you
    - else:
        Honestly? I don't know yet whether it's the routes. I'd tell them you're finding out before you buy anything, from me or anyone. # speaker: you
    }
    So I go upstairs with "it's complicated". They'll love that. # speaker: buyer # mood: annoyed
    -> ending_stall
* [Ask for two weeks to find out where the miles go, together # move: ask # principle: collaboration]
    ~ ask_move(1)
    { walked_floor:
        Tell them you'll know in two weeks where the miles go. Give me those two weeks with your planner, a week of mileage and a note of every call that changes the plan. Then we decide together whether there's a project. # speaker: you
    - else:
        Tell them you'll know in two weeks where the miles go. Give me two early mornings in the planning office and an hour with your planner. Then we decide together whether there's a project. # speaker: you
    }
    { trust() >= ASK_READY:
        -> ending_diagnosis
    }
    ~ asked_too_soon = true
    Two weeks of my planner's mornings? Before I've even seen a demo? # speaker: buyer # mood: guarded
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
    On Tuesday the re-plan saves four percent of the miles. Nobody mentions the phone, including you.
- else:
    On Tuesday the re-plan saves four percent of the miles. Nobody in the room has sat in the planning office at seven.
}
{ promised_number:
    {buyer_name} looks at the four on your screen, then at the twelve on the sheet, and says nothing for a long moment. # mood: guarded
- else:
    Four. We'll need to do better than four, won't we? # speaker: buyer # mood: guarded
}
-> END

=== ending_diagnosis
{ walked_floor:
    Two weeks. Our planner will be thrilled; someone's finally asking about the phone. # speaker: buyer # mood: warm
- else:
    Two weeks. Fine. But if it turns out it's just the routes after all, I want that demo. # speaker: buyer # mood: neutral
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
    {buyer_name} walks you out past the planning office. The phone is ringing again. Nobody mentions a next meeting.
- else:
    {buyer_name} walks you out. Through the planning office door, someone is saying "no, the other end of the patch". Nobody mentions a next meeting.
}
A month later the board sends round a memo telling everyone to take the shortest route, and the sheet with the twelve percent goes in a drawer.
-> END
