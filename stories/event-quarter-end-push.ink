INCLUDE include/contract.ink
# title: Signed by the Thirtieth
# event: quarter-end-push

// Event meeting: your manager wants this deal inside the quarter. It takes the
// place of a meeting only when your proposal is on the table (proposal or
// negotiation): the buyer has read it and likes it. Played with a client, the
// proposal is taking Lanecraft to the rest of their {buyer_people}. A general
// conversation: any buyer, so nothing here belongs to one trade.
// The flags below steer text only.
VAR offered_discount = false
VAR went_around = false
VAR held_to_date = false
VAR leaned_on_them = false
VAR told_them = false
-> the_message

// What the signature would be: a client taking it wider expands; anyone else signs the contract.
=== function push_offer()
{ is_client:
    ~ return expansion
}
~ return full_contract

=== the_message
The car park at {buyer_company}, ten minutes early. Your phone lights up before the engine is off. # sfx: notification
{buyer_company} today? I need it signed by the 30th. I'm on the regional call on the 1st and we're short. # speaker: Sam (your manager)
{
- is_client:
    They already use us, so the rest of {buyer_company} should be a formality. Fifteen percent off is approved if it helps. # speaker: Sam (your manager)
- quarter == 1:
    Your first quarter. Let's not open with a miss. Fifteen percent off is approved if it helps. # speaker: Sam (your manager)
- else:
    You know how that call goes when we're short. Fifteen percent off is approved if it helps. # speaker: Sam (your manager)
}
-> the_meeting

=== the_meeting
{buyer_name} meets you at reception with two mugs of tea and a visitor's lanyard.
{
- pressured_before:
    Before we start: last time felt a bit like buying a sofa in a sale. Can we not do that today? # speaker: buyer # mood: guarded
- meetings_before >= 3:
    You again. It's the good biscuits today, so don't say anything to spoil it. # speaker: buyer # mood: warm
- else:
    Come through. Mind the cables; IT are moving the printers again. # speaker: buyer # mood: neutral
}
{ is_client:
    So: I've read your proposal for the rest of our {buyer_people}, and I'm keen. But anything that size needs our finance director, and she's on leave until the 8th. # speaker: buyer # mood: neutral # discuss: Your manager wants this signed by the 30th; the buyer's finance director is away until the 8th. Whose deadline is it?
- else:
    So: I've read your proposal, twice, and I like it. But anything that size needs our finance director, and she's on leave until the 8th. # speaker: buyer # mood: neutral # discuss: Your manager wants this signed by the 30th; the buyer's finance director is away until the 8th. Whose deadline is it?
}
The 8th of next month. A week after Sam's call.
* [Offer fifteen percent off if it's signed by the 30th # move: close # principle: long-term]
    ~ close_move(1)
    ~ offered_discount = true
    What if I made it worth moving sooner? Signed by the thirtieth, I can take fifteen percent off the first year. # speaker: you
    Fifteen percent? # speaker: buyer # mood: pleased
    {buyer_name} writes 15% on the corner of the proposal and draws a box round it.
    That's real money. Shame she's on a beach in Crete. # speaker: buyer # mood: neutral
* [Tell them about your quarter end, and that it's your problem # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ told_them = true
    I'll be straight with you. My quarter ends on the thirtieth, and my manager would love this inside it. That's my problem, not yours. # speaker: you
    Ha. Most of your lot invent a price rise at this point. # speaker: buyer # mood: pleased
    Thanks for not doing that. # speaker: buyer # mood: warm
* {promised ? price_hold} [Say the price you held for them ends with the quarter # move: close # principle: long-term]
    ~ break_promise(price_hold)
    ~ close_move(1)
    One thing to be aware of: the price I held for you runs out with the quarter. After the thirtieth, it goes up. # speaker: you
    You told me that price would hold. # speaker: buyer # mood: annoyed
    Fine. I'll see what can be done before the thirtieth. But I heard that. # speaker: buyer # mood: guarded
* {promised ? price_hold} [Confirm the price you held still stands on the 8th # move: relate # principle: long-term]
    ~ keep_promise(price_hold)
    ~ serve_self(-1)
    And the price I said I'd hold still stands on the 8th. Or the 18th, if she comes back to a full inbox. # speaker: you
    Good. I'd half expected it to evaporate on the thirtieth. # speaker: buyer # mood: warm
- -> the_workaround

=== the_workaround
{buyer_name} glances at the wall planner. The 30th already has a red ring round it, for some other reason entirely. # discuss: Getting someone else to sign would hit your number. What would it do to the buyer's standing with their finance director?
* [Ask whether anyone else can sign while she's away # move: close # principle: collaboration]
    ~ close_move(1)
    ~ went_around = true
    Is there anyone else who can sign while she's away? # speaker: you
    ...Our MD can, technically. He signs most things between two other meetings. # speaker: buyer # mood: neutral
    I could put it in front of him on Thursday. She won't love it. # speaker: buyer # mood: guarded
* [Ask if she'd look at it from leave, and take no for an answer # move: ask # principle: collaboration]
    ~ ask_move(1)
    Would she look at it from leave? If that's not how you do things here, it waits for her. # speaker: you
    { trust() >= ASK_READY:
        She might, actually. She reads everything on holiday; it drives her husband mad. # speaker: buyer # mood: neutral
        I'll forward it tonight. No promises. # speaker: buyer # mood: neutral
    - else:
        You want me to email a contract to someone on a sunlounger because your quarter ends? # speaker: buyer # mood: annoyed
        I'll forward it. But I know why I'm doing it. # speaker: buyer # mood: guarded
    }
* [Say it should wait for her, and tell your manager so # move: relate # principle: long-term]
    ~ serve_self(-1)
    ~ push_deal(-1)
    ~ held_to_date = true
    Then it should wait for her. Give me one second. # speaker: you
    You text Sam: {buyer_company} won't sign before the 8th, and they're right not to. Will explain.
    The 8th is NEXT QUARTER. Call me. # speaker: Sam (your manager) # sfx: phone-buzz
    Your boss? That's a lot of capital letters from here. # speaker: buyer # mood: neutral
    It is. # speaker: you
    Then you're having two biscuits. # speaker: buyer # mood: warm
- -> the_question

=== the_question
{buyer_name} puts the mug down and looks at you properly.
Can I ask you something? If this isn't signed by the thirtieth, what actually happens to you? # speaker: buyer # mood: neutral # discuss: The buyer asks what missing the quarter would cost you. How much of your own pressure should a buyer see, and what should they do with it?
* [Say it would make a real difference to your month # move: close # principle: other-focus]
    ~ close_move(1)
    ~ leaned_on_them = true
    Truthfully? It would make my month. My manager's been on at me since Tuesday. # speaker: you
    Oh. Well, I don't want to be the reason you get shouted at. # speaker: buyer # mood: pleased
    -> after_the_push
* [Say a missed number is yours to absorb, not theirs # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    An awkward phone call on the first. I'll live. It's not a reason for you to buy anything. # speaker: you
    That's a very un-salesy answer. # speaker: buyer # mood: warm
    { agrees_to(push_offer(), 1): -> ending_not_for_you }
    -> ending_next_quarter
* [Ask plainly whether they're ready to go ahead, and when # move: ask # principle: collaboration]
    ~ ask_move(1)
    Less than you'd think. What would help me more is knowing where we stand. Are you ready to go ahead, and if so, when? # speaker: you
    { agrees_to(push_offer(), 1): -> ending_signed }
    { trust() >= ASK_READY: -> ending_firm_date }
    Is that you asking, or your manager? # speaker: buyer # mood: guarded
    -> ending_next_quarter

=== after_the_push
{ agrees_to(push_offer(), 1): -> ending_signed }
-> ending_next_quarter

=== ending_signed
Leave it with me. You'll have it by the thirtieth. # speaker: buyer # mood: neutral
{ went_around:
    The MD signs it on Thursday, between two other meetings. Nobody says whether he read it.
- else:
    The signature comes back on the 29th, scanned slightly crooked, from the finance director's phone.
}
Get in. Knew you had it in you. # speaker: Sam (your manager) # sfx: notification
On Monday, Sam writes your name on the whiteboard under a heading that just says CLOSERS.
{
- went_around:
    On the 9th, {buyer_name} rings. The finance director is back, and wants to know why she heard about it from the MD.
    I said you'd explain it to her. I'm not sure I could. # speaker: buyer # mood: cold
- offered_discount:
    On the 9th, {buyer_name} rings about onboarding, and brings up next year before you do.
    Fifteen percent off this year. I take it that's the price from now on? # speaker: buyer # mood: guarded
- leaned_on_them:
    On the 9th, {buyer_name} rings about onboarding. Near the end there's a pause.
    I signed that as a favour to you, you know. I'd rather buy software for better reasons. # speaker: buyer # mood: guarded
- told_them and trust() >= ASK_READY:
    On the 9th, {buyer_name} rings about onboarding, in a good mood.
    Thanks for being straight about the thirtieth. It made it easier to push it through. # speaker: buyer # mood: warm
- else:
    On the 9th, {buyer_name} rings about onboarding. It's a short call.
    Next time there's a rush, just tell me what it's for. # speaker: buyer # mood: guarded
}
-> END

// Told it was not a reason to buy, the buyer buys anyway: their decision, not your month's.
=== ending_not_for_you
{ went_around:
    I'll still put it to the MD on Thursday. Not for your month. We want it, and I'd rather not wait. # speaker: buyer # mood: warm
    He signs it between two other meetings. The finance director, back on the 8th, asks why she heard about it from him.
- else:
    I'll send it to her anyway. If she says it waits, it waits. # speaker: buyer # mood: warm
    She doesn't say that. She reads it by a pool in Crete, and the signature comes back on the 29th with a note: "Why was this waiting for me?"
}
In by the 30th? I won't ask how. # speaker: Sam (your manager) # sfx: notification
{ offered_discount:
    The fifteen percent goes through with it. In {buyer_name}'s spreadsheet it is no longer a discount. It is the price.
}
On the 9th, {buyer_name} rings about onboarding, and stops you before you can say thank you.
You told me not to buy it for your sake. I didn't. # speaker: buyer # mood: warm
-> END

=== ending_firm_date
Ready? Yes. This month? No. # speaker: buyer # mood: neutral
{ went_around:
    Forget the MD. It goes through her, properly, when she's back. # speaker: buyer # mood: neutral
}
She's back on the 8th. I'll put it in her diary for the 9th myself, and tell her I want it signed that day. Hold me to it. # speaker: buyer # mood: warm
{ offered_discount:
    And if your fifteen percent dies on the thirtieth, I'd rather know now. # speaker: buyer # mood: guarded
    You tell {buyer_name} it stands. Sam will have views on that.
}
A date isn't a signature. We'll talk on the 1st. # speaker: Sam (your manager) # sfx: notification
The 9th goes in your diary in pen. So does the call with Sam.
-> END

=== ending_next_quarter
{
- leaned_on_them:
    I'll see what I can do before the thirtieth. I can't promise anything. # speaker: buyer # mood: neutral
    { went_around:
        The MD reads it on Thursday and sends it back with a sticky note: wait for the FD.
    }
- held_to_date or trust() >= ASK_READY:
    Then let's do it properly. She's back on the 8th, and I'll walk it over to her myself. # speaker: buyer # mood: warm
- else:
    Leave it with me. I'll come back to you when she's back. # speaker: buyer # mood: guarded
}
The 30th comes and goes without a signature.
So that's a no for this quarter. My office, Monday. # speaker: Sam (your manager) # sfx: notification
{ held_to_date or trust() >= ASK_READY:
    That evening {buyer_name} sends a meeting invite for the 9th, titled: Sign the thing.
- else:
    Nothing arrives from {buyer_company} that week, or the next.
}
-> END
