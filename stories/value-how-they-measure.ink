INCLUDE include/contract.ink
# title: What Counts
# stage: value

// The buyer's boss wants one big number. The seller can hand over the slide,
// or find out what the business already measures. Flags below steer text only.
VAR quoted_number = false
VAR overclaimed = false
VAR heard_metrics = false
VAR named_the_gap = false
VAR offered_month = false
-> arrival

=== arrival
{buyer_company}, a meeting room with a whiteboard nobody has properly wiped since the Christmas rota.
{ pressured_before:
    I'll be honest, I nearly moved this. Last time it felt like you had a target to hit. # speaker: buyer # mood: guarded
- else:
    Come in. I've got forty minutes and a favour to ask. # speaker: buyer # mood: neutral
}
{ meetings_before >= 3:
    You've been in this room more often than our auditors. At least you bring biscuits. # speaker: buyer
}
Our finance director wants the case for Lanecraft on one slide by Thursday. One slide, one big number. # speaker: buyer
The FD doesn't read paragraphs. If it hasn't got a percentage sign on it, it didn't happen. # speaker: buyer # mood: neutral
{ promised ? send_case_study: -> case_study_due }
-> the_number

=== case_study_due
And you said you'd send me that write-up from a customer like us. I've not seen it. # speaker: buyer # mood: neutral
* [Hand it over, including the part that went badly # move: relate # principle: transparency]
    ~ keep_promise(send_case_study)
    Here. Same line of work as yours, and a bit bigger. Page three is the bit they'd rather forget: two months when the {buyer_people} ignored the plans entirely. # speaker: you
    You've brought me the bad bit on purpose? # speaker: buyer # mood: neutral
    ...That's the first vendor document I'll read to the end. # speaker: buyer # mood: pleased
* [Skip it: the slide makes the case better # move: close # principle: transparency]
    ~ close_move(1)
    ~ break_promise(send_case_study)
    Honestly, it's twelve pages of quotes. What you need for Thursday fits on one slide, and I've brought it. # speaker: you
    Fair enough. The FD won't read twelve pages anyway. # speaker: buyer # mood: pleased
- -> the_number

=== the_number
So. What's Lanecraft worth to us? Give me the number and I'll make it look pretty. # speaker: buyer # mood: neutral # discuss: The buyer is asking for your number. What do you lose by asking for theirs first?
Marketing built you a slide for exactly this moment: a green arrow, and 18% FEWER MILES in type you could read from the car park.
* [Put up the slide: 18% fewer miles, payback in nine months # move: close # principle: other-focus]
    ~ close_move(1)
    ~ quoted_number = true
    Across our customers, eighteen percent fewer miles and payback in about nine months. Feel free to steal the slide. # speaker: you
    Oh, that's lovely. The FD will want that framed. # speaker: buyer # mood: pleased
    {buyer_name} photographs the screen twice, to be safe.
* [Ask how {buyer_company} knows it has had a good week # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ push_deal(-1)
    ~ heard_metrics = true
    Before any slide: how does {buyer_company} know it's had a good week? What do you actually look at on a Friday? # speaker: you
    I asked you for a number, not a questionnaire. # speaker: buyer # mood: annoyed
    ...Fine. Miles between {buyer_jobs}. Late arrivals on our two biggest contracts, because they fine us. And overtime, because that's where the wage bill leaks. # speaker: buyer # mood: neutral
    Nobody's asked me that before. Not even the FD. # speaker: buyer
- -> the_metrics

=== the_metrics
{ not heard_metrics:
    Mind you, the FD will hold it up against our own figures. Miles between {buyer_jobs}, late arrivals on our two biggest contracts, and overtime. # speaker: buyer
}
Be straight with me. Which of those does Lanecraft actually move? # speaker: buyer # mood: neutral # discuss: Saying your product moves all three measures is what the buyer hopes to hear. What happens in month three if it doesn't?
You know the honest answer. Better routes trim the miles. Better schedules take a bite out of the overtime. But late arrivals mostly start when someone rings in sick and there's nobody spare, and no plan can put another person on the road.
* [Tell them it moves all three # move: close # principle: transparency]
    ~ close_move(1)
    ~ overclaimed = true
    All three. Better plans, fewer miles, fewer late arrivals, less overtime. It's one system; it all moves together. # speaker: you
    All three. That's a slide in itself. # speaker: buyer # mood: pleased
* [Say which two it moves, and which one it won't # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    ~ named_the_gap = true
    Two of them. Miles, a little. Overtime, more than a little. I'd leave late arrivals off: most of yours start with a sick call and nobody spare, and my software can't put another person on the road. # speaker: you
    You're talking yourself out of a third of your own pitch. # speaker: buyer # mood: annoyed
    ...Though the FD would have found that out by month three, and I'd have been the one explaining it. # speaker: buyer # mood: neutral
* [Offer to track all three together for a month before claiming any # move: relate # principle: collaboration]
    ~ earn_intimacy(1)
    ~ earn_credibility(1)
    ~ push_deal(-2)
    ~ offered_month = true
    Honestly? I can guess, but I don't know. Give me a month of your real figures and we'll see together which ones move. If none of them do, better we both find out now. # speaker: you
    A month? The FD wants this on Thursday. # speaker: buyer # mood: annoyed
    ...Although a month of real numbers would be a first round here. # speaker: buyer # mood: neutral
- -> the_slide

=== the_slide
Your phone buzzes. Your manager: "Is {buyer_company} landing in Q{quarter}? I need your number by Friday." # sfx: phone-buzz
{ is_client:
    You can already see our data. Surely that makes the sum easy. # speaker: buyer
}
So what goes on my slide on Thursday? # speaker: buyer # mood: neutral # discuss: The finance director wants one big number. Is there an honest number you could give, and would it be enough?
* [Send them the big-number slide, with a payback chart # move: close # principle: long-term]
    ~ close_move(1)
    I'll send you the deck tonight: eighteen percent, payback in nine months, our logo in the corner. Boards say yes to slides like that. # speaker: you
    -> ending_big_number
* [Ask to present it with them on Thursday, and agree a start there # move: ask # principle: collaboration]
    ~ ask_move(1)
    {
    - named_the_gap:
        Put your own three figures on it, and mark the one we won't move. Let me come on Thursday to take the awkward questions. If the FD's happy, we talk start dates in the room. # speaker: you
    - offered_month:
        Put your own three figures on it, and say we're measuring them for a month. Let me come on Thursday to take the awkward questions. If the FD's happy, we talk start dates in the room. # speaker: you
    - else:
        Put your own three figures on it, not ours. Let me come on Thursday to take the awkward questions. If the FD's happy, we talk start dates in the room. # speaker: you
    }
    { trust() >= ASK_READY:
        -> ending_together
    }
    Present it with me? I think I'd rather do this one on my own. # speaker: buyer # mood: guarded
    -> ending_no_number
* [Tell them to take their own figures, and no Lanecraft number yet # move: relate # principle: long-term]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    I wouldn't put a Lanecraft number on it yet. Take your three figures and tell the FD what we're going to test. A small true number beats a big borrowed one. # speaker: you
    Thanks. I think. # speaker: buyer # mood: neutral
    -> ending_no_number

=== ending_big_number
Perfect. That's exactly what I needed. # speaker: buyer # mood: pleased
{ not agrees_to(full_contract, 1):
    The FD likes the slide so much that procurement is told to find two more like it.
    A tender pack arrives a fortnight later. Your eighteen percent is in it, as the figure the others have to beat. # sfx: notification
    -> END
}
The FD approves it on Thursday in eleven minutes. The purchase order lands before the quarter ends, and your manager rings to say well done.
{ overclaimed:
    Six months in, {buyer_name} forwards you one line from the FD: "Why haven't late arrivals moved?" There is no message of {buyer_name}'s own above it. # sfx: notification
- else:
    Six months in, {buyer_name} forwards you one line from the FD: "Where is my eighteen percent?" There is no message of {buyer_name}'s own above it. # sfx: notification
}
-> END

=== ending_together
{ overclaimed:
    You said all three earlier. If the FD asks, you'd better still mean it. # speaker: buyer # mood: guarded
}
Thursday at two, then. Bring the awkward answers and leave the green arrow at home. # speaker: buyer # mood: warm
{
- named_the_gap:
    On Thursday the FD asks you four questions. Three of them are about the number you said you wouldn't move.
    On the way to the lift, {buyer_name} says the FD has never had a supplier volunteer what their product won't do.
- offered_month:
    On Thursday the FD asks you four questions. You answer two of them with "we'll know in a month", and the FD, unexpectedly, seems to like that.
    On the way to the lift, {buyer_name} says the month of figures starts on Monday.
- else:
    On Thursday the FD asks you four questions, all of them about late arrivals. You answer the fourth more carefully than the first.
    On the way to the lift, {buyer_name} says the FD liked that the figures were {buyer_company}'s own.
}
The FD wants a proper proposal: {buyer_company}'s figures, your name on it, and a start date in it. Your manager asks what you said in there. You tell him: less.
-> END

=== ending_no_number
I'll go in with our three numbers and "we're looking into it". The FD is going to hate it. # speaker: buyer # mood: guarded
{ agrees_to(full_contract, 1):
    On Friday {buyer_name} emails: the FD did hate it, for about five minutes, then asked why nobody had measured those three before, and said yes to a year. # sfx: notification
    The purchase order is raised before the quarter closes. {buyer_name}'s covering note says only: "Don't make me regret the honest version."
    -> END
}
{ trust() >= ASK_READY:
    On Friday {buyer_name} emails: the FD wants to see a month of figures before deciding anything. It is friendly, and it has no date in it. # sfx: notification
- else:
    On Friday {buyer_name} emails: the FD has asked for three quotes, "to be thorough". # sfx: notification
}
-> END
