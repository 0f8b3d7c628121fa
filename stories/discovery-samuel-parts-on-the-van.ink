INCLUDE include/contract.ink
# title: Parts on the Van
# persona: samuel_okafor
# stage: discovery

// You sell Lanecraft, scheduling and routing for teams on the road. Samuel
// brings a brief: the diary's a mess and the engineers are slow. The real
// problem is parts: an engineer diagnoses the fault, the part isn't on the van,
// and the customer gets a second visit. Flags below steer text only.
VAR heard_merchant = false   // he let slip where Dean's afternoon went
VAR saw_recalls = false      // you saw the second-visit numbers
VAR heard_parts = false      // the engineers' side of it, second-hand
VAR promised_six = false     // you promised six jobs a day
VAR overclaimed = false      // you said the software sorts the parts out
VAR rode_along = false       // you booked a day in a van
VAR on_the_board = false     // he wrote the questions for the call handlers on the whiteboard
VAR asked_too_soon = false
-> arrival

=== arrival
Calder Heating Services, a unit on an estate outside Halifax. Half seven, and the last vans are nosing out of the yard.
Samuel Okafor has a whiteboard full of postcodes and a mug that says WORLD'S OKAYEST GRANDAD.
{ meetings_before > 0:
    You came back, then. Most of your lot just email "circling back". # speaker: buyer # mood: neutral
- else:
    Sit down. Not that chair, it's got a lean on it. # speaker: buyer # mood: neutral
}
{ pressured_before:
    Last time you had the demo open before I'd got my coat off. I'll let that go. Today I talk, you listen. # speaker: buyer # mood: guarded
}
{ referred:
    Whoever put you onto me says you don't waffle. Don't make them a liar. # speaker: buyer
}
He taps the board. Two columns: BOOKED and DONE. The second one is shorter.
Forty-three engineers. Four jobs a day each, on a good day. When I was on the tools I'd do six. # speaker: buyer
It's the scheduling. {is_client:Even with your system in, the|The} diary's a mess, and the lads are slow. Sort that and we're laughing. # speaker: buyer # mood: neutral
* [Show him a diary that fits six jobs a day # move: close # principle: collaboration]
    ~ close_move(1)
    ~ promised_six = true
    Let me show you something. Same engineers, same postcodes, planned properly: six a day, and home by half five. # speaker: you
    You turn the laptop round. Coloured blocks click into neat rows up and down the Calder valley.
    Six. Now that's a number I can take upstairs. # speaker: buyer # mood: pleased
* [Ask what a slow day looks like from the van # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ heard_merchant = true
    What does a slow day look like? Not on the board. From the van. # speaker: you
    Slow. It looks slow. Four jobs where there should be six. # speaker: buyer # mood: annoyed
    ...Dean did two yesterday. Two. Spent the afternoon at the merchant's in Elland. # speaker: buyer # mood: neutral
    He says it the way you say something you've said to yourself a few times.
- -> the_question

=== the_question
Bev from the office puts her head round the door, puts a tea down for Samuel, and looks at you as if you've parked in her space.
So. Can your system get me six, or not? # speaker: buyer # mood: neutral
* [Offer a free month's trial on the Halifax patch from Monday # move: close # principle: long-term]
    ~ close_move(1)
    ~ promised_six = true
    Put your Halifax lads on it from Monday. A month, free. If it's not six by the end, you've lost nothing. # speaker: you
    Free. My favourite price. # speaker: buyer # mood: pleased
    Bev writes TRIAL? on a sticky note and puts it on his monitor.
* [Ask to see last month's jobs that needed a second visit # move: relate # principle: other-focus]
    ~ earn_credibility(1)
    ~ push_deal(-1)
    ~ saw_recalls = true
    Before I say yes: could I see last month's jobs that needed a second visit? # speaker: you
    That's not what I asked you. # speaker: buyer # mood: annoyed
    ...Bev, can you print the go-backs? # speaker: buyer
    Ten minutes. You drink your tea. He checks his phone. Nobody says much.
    Bev comes back with four pages. Nearly a third of last month's jobs needed a second visit. Down the reason column: PARTS. PARTS. PARTS. NO ACCESS. PARTS.
    Dean gets there, finds it's the diverter valve, and he's got a fan and a pump on the van. So he's off to the merchant's. # speaker: buyer # mood: guarded
    Or they haven't got one, and Mrs Whoever has cold showers till Thursday. And we don't get paid twice. # speaker: buyer
- { saw_recalls: -> the_parts }
-> the_screen

=== the_parts
Samuel looks at the four pages, then at you.
That's a lot of PARTS. So can your software sort that out? # speaker: buyer # mood: neutral # discuss: Samuel asks if your product solves the problem he has just found. What do you say when the honest answer is "partly"?
* [Tell him the van stock module tracks every part on every van # move: close # principle: transparency]
    ~ close_move(1)
    ~ overclaimed = true
    It can. Our van stock module knows what's on every van, so the job goes to whoever's carrying the part. # speaker: you
    Now we're talking. Bev, did you hear that? # speaker: buyer # mood: pleased
    Bev did hear it. She doesn't look convinced.
* [Tell him software is maybe a third of it # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    Some of it. It can send the job to the van with the part on. It can't guess which part, if nobody asks the customer what boiler they've got. # speaker: you
    Bev's lot ask the postcode and whether there's a dog. # speaker: buyer # mood: annoyed
    ...And the make. Sometimes. Never the fault code. # speaker: buyer # mood: neutral
    ~ on_the_board = true
    He gets up and writes MAKE, MODEL, FAULT CODE on the whiteboard, under the postcodes.
- -> the_van

=== the_screen
Whatever you do, it has to be one screen. FieldPro needs three, and Bev sits there like she's flying a plane. # speaker: buyer # mood: neutral
* [Show him the one-screen dispatch board # move: close # principle: collaboration]
    ~ close_move(1)
    One screen. Every van, every job, drag and drop. Bev could run the whole patch from her phone. # speaker: you
    Don't tell her that, she'll want to work from home. # speaker: buyer # mood: pleased
* [Ask what the engineers say is slowing them down # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ heard_parts = true
    What do the engineers say is slowing them down? # speaker: you
    The lads? Parts. Always parts. They would say that, mind. Parts is never their fault. # speaker: buyer # mood: guarded
    { heard_merchant:
        ...Though Dean wasn't at the merchant's for the fun of it. # speaker: buyer
    }
- -> the_van

=== the_van
I did nineteen years in a van, you know. Carried a spare diverter valve for every boiler in Halifax. The back end sat two inches lower. # speaker: buyer # mood: warm
Anyway. Bev can email you a month of job data. You put a proposal together. That do you? # speaker: buyer # mood: neutral
* [Take the data and promise a proposal by Friday # move: close # principle: collaboration]
    ~ close_move(1)
    Perfect. Send it over and I'll have a proposal with you by Friday. # speaker: you
    Friday. I like a Friday. # speaker: buyer # mood: pleased
    Your phone buzzes: your manager, asking if Calder can go down as "proposal stage". You text back a thumbs-up. # sfx: phone-buzz
* [Ask to spend a day in one of the vans first # move: relate # principle: collaboration]
    ~ earn_intimacy(1)
    ~ push_deal(-1)
    ~ rode_along = true
    I'd rather spend a day in one of the vans first. Dean's, if he'll have me. # speaker: you
    A day? You've got a proposal to write. # speaker: buyer # mood: annoyed
    It's not glamorous. He starts at seven and he eats a lot of pasties. # speaker: buyer # mood: neutral
    Tuesday. Bring a coat. And don't touch his radio. # speaker: buyer # mood: warm
    Your proposal slips a week. So does the line in your forecast.
- -> the_next_step

=== the_next_step
Samuel glances at the window. Grey, and the forecast says cold by the weekend.
The MD wants something in before the cold snap. First cold week, every boiler that's sulked all summer packs in at once. # speaker: buyer # mood: neutral
So what's next? # speaker: buyer # discuss: Samuel wants something in before winter and you could start a trial now. What would the trial fix?
* [Push for the scheduling trial now, before winter # move: close # principle: long-term]
    ~ close_move(2)
    Then let's not wait. Scheduling trial from the first of the month, Halifax patch, and I'll have it live before the first frost. # speaker: you
    Before the first frost. That's what I like to hear. # speaker: buyer # mood: pleased
    -> ending_trial
* [Ask for two weeks to measure first-time fix with him first # move: ask # principle: collaboration]
    ~ ask_move(1)
    { saw_recalls or heard_parts:
        Give me two weeks. We count first-time fixes, and why they fail, van by van. Then we decide together whether software's the first thing to buy. # speaker: you
    - else:
        Give me two weeks. We count how many jobs get done first time, and why the rest don't. Then we decide together what to buy. # speaker: you
    }
    { trust() >= ASK_READY:
        -> ending_diagnosis
    }
    ~ asked_too_soon = true
    Two weeks of counting? I've got forty-three vans and winter coming. # speaker: buyer # mood: guarded
    Just do the trial. We'll see where we are. # speaker: buyer
    -> ending_trial
* [Tell him you're not sure the diary is where to start # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    { saw_recalls:
        Honestly? I'm not sure the diary's where to start. Half those go-backs get fixed by asking the right question on the phone. That's free. # speaker: you
    - else:
        Honestly? I'm not sure the diary's where to start, and I'd rather say so now than after you've bought it. # speaker: you
    }
    So you've come all this way to tell me not to buy your software. # speaker: buyer # mood: annoyed
    -> ending_stall

=== ending_trial
{ not agrees_to(trial, 1):
    { asked_too_soon:
        Mind you, the MD signs anything with a price on it himself. He'll want a look first. # speaker: buyer # mood: neutral
    - else:
        Let me run it past the MD first. He likes to sign anything with a price on it himself. # speaker: buyer # mood: neutral
    }
    The MD wants a price for all forty-three vans before anyone trials anything, and he's in Tenerife till the twentieth.
    The first of the month comes and goes. The trial goes into next quarter's diary, in Bev's pencil.
    -> END
}
{ asked_too_soon:
    First of the month, then. Bev, tell the Halifax lads. # speaker: buyer # mood: neutral
- else:
    First of the month. Bev, tell the Halifax lads. # speaker: buyer # mood: pleased
}
Your manager moves Calder to "trial" before you're out of the car park.
A month later the Halifax diary is a thing of beauty. Every van has six jobs in it, in a neat line.
Dean still gets to the third one and finds it needs a diverter valve he hasn't got.
{ promised_six:
    Four and a half. You said six. # speaker: buyer # mood: guarded
- else:
    Four and a half. Better. Not the same as fixed, is it? # speaker: buyer # mood: guarded
}
{ overclaimed:
    And your van stock thing tells me Dean hasn't got the valve. Dean could have told me that. # speaker: buyer # mood: annoyed
}
{ saw_recalls or heard_parts:
    We're getting to the wrong jobs faster. # speaker: buyer
}
-> END

=== ending_diagnosis
{ rode_along:
    Two weeks, and Tuesday with Dean. He'll talk your ear off about valves, if you let him. # speaker: buyer # mood: warm
- else:
    Two weeks. Bev will want to know why you're pinching her spreadsheets. # speaker: buyer # mood: neutral
}
If it turns out it's the diary after all, I want that trial. And I'll want it quick. # speaker: buyer
{ on_the_board:
    On your way out he adds a fourth word to the whiteboard, under FAULT CODE: PHOTO.
- else:
    On the way out, Bev asks you which spreadsheets. You say all of them. She sighs like she means it.
}
On the forecast call your manager asks why Calder is still in discovery. You say: because it is.
-> END

=== ending_stall
{ trust() >= ASK_READY:
    ...No. Fair enough. That's the first straight answer I've had from a software firm. I'll think on it. # speaker: buyer # mood: warm
- else:
    Right. I'll think on it. # speaker: buyer # mood: neutral
}
He walks you out past a van with its back doors open. Inside, shelves of fittings and not one diverter valve.
Nobody mentions a next meeting.
{ saw_recalls:
    In November Bev's team start asking for the make and the fault code. The go-backs drop by a fifth, and nobody rings you to say so.
- else:
    In November Calder takes on two more engineers to keep up. The go-backs come with them.
}
-> END
