INCLUDE include/contract.ink
# title: Right Postcode, Wrong Engineer
# persona: samuel_okafor
# stage: implementation

// Week three of the Lanecraft roll-out at Calder Heating. Your onboarding team
// loaded twelve engineers' skills one row out, and for a week the scheduler sent
// jobs to people without the tickets for them. Fixing it properly is two days.
// Samuel pardons one slip, not a second. Flags below steer text only.
VAR was_promised = false   // fix_onboarding was on the ledger when the meeting began
VAR prior_slip = false     // he had already pardoned you once: a broken promise or a pressure close
VAR owned_it = false       // you said plainly it was your team's mistake
VAR charged = false        // you raised a change request for the fix
VAR fixed = false          // you fixed it at your cost
VAR credited = false       // you credited the month, no strings
VAR traded = false         // you traded the credit for a longer contract
VAR on_the_call = false    // you took the landlord's call with him
VAR pushed = false         // you put the Huddersfield form in front of him
VAR asked = false
-> week_three

// Huddersfield: twenty more engineers on a client's contract; without a contract (only in an ink editor), the contract itself.
=== function huddersfield()
{ is_client:
    ~ return expansion
}
~ return full_contract

=== week_three
~ was_promised = promised ? fix_onboarding
~ prior_slip = LIST_COUNT(broken) > 0 or pressured_before
Calder Heating Services, week three of the roll-out. Every van is out and every phone in the office is ringing.
Ines from your onboarding team has come with you. She hasn't taken her coat off.
Samuel has a printout in front of him with a lot of yellow highlighter on it.
Sit down. There's coffee. You'll want it. # speaker: buyer # mood: neutral
Last Monday your system started sending my lads to jobs they aren't ticketed for. # speaker: buyer # mood: annoyed
It sent Liam to two landlord safety checks. Liam's an apprentice. He can't sign a certificate. # speaker: buyer
And Kev does combis in semis. Thursday it sent him to a chip shop range in Sowerby Bridge. He sent me a photo of himself looking at it. # speaker: buyer
Ines found it last night: twelve engineers' skills loaded one row out. Liam got Gary's tickets. Kev got somebody's commercial catering. Calder's spreadsheet was fine.
Nobody did anything daft, credit to them. They rang in. Thirty-seven jobs rebooked, and I spent Saturday ringing customers. # speaker: buyer # mood: guarded
{
- LIST_COUNT(broken) > 0:
    And this isn't the first time you've let me down. I let the last one go. Just so you know where we are. # speaker: buyer
- pressured_before:
    You leant on me hard for the signature, back when. I let that go. Just so you know where we are. # speaker: buyer
}
So. What have you got to say? # speaker: buyer
* [Offer Premium Support, first month free, so it never happens again # move: close # principle: other-focus]
    ~ close_move(1)
    This is what Premium Support is for: a named engineer on your account and a four-hour fix. First month's on us. # speaker: you
    Four hours. We could have done with that last Monday. Put it in writing and I'll look at it when I've stopped ringing customers. # speaker: buyer # mood: pleased
    Ines looks at you sideways. The named engineer would be her.
* [Say it was your team's mistake, plainly, before anything else # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ owned_it = true
    Before anything else: that was us. Our import, and our check that never happened. I'm sorry about your Saturday. # speaker: you
    Ines's eyebrows go up. Your company's account handbook says never to say "our fault" before legal has seen it.
    Right. Well. That's more than the last lot ever managed. # speaker: buyer # mood: neutral
- -> the_fix

=== the_fix
Fixing it properly means reloading all forty-three profiles and checking each one against their Gas Safe card. Two days, mine. # speaker: Ines (your onboarding lead)
Strictly, onboarding was signed off on the twelfth. After sign-off, that's a change request. # speaker: Ines (your onboarding lead)
{ was_promised:
    Samuel opens a black notebook, flicks back a few pages, and turns it round to face you.
    Before you answer. You told me if your onboarding got anything wrong, you'd put it right yourselves. It's in here, with the date. # speaker: buyer # mood: guarded
- else:
    Change request. The last lot said that a lot. # speaker: buyer # mood: guarded
}
Who's paying for the two days? # speaker: buyer # discuss: The sign-off lets you bill for the fix, and it would be honest paperwork. Is it still a second slip?
* [Raise a change request: two billable days, done by Friday # move: close # principle: transparency]
    ~ close_move(1)
    ~ break_promise(fix_onboarding)
    ~ charged = true
    { was_promised:
        I know what I said. But that was onboarding, and onboarding's signed off. This is a change request: two days, done by Friday. # speaker: you
        Signed off. So it was a promise with a date on the back. # speaker: buyer # mood: cold
        He doesn't cross anything out. He just closes the notebook.
    - else:
        Onboarding's signed off, so I'll raise a change request. It's the quickest way through our system: two days, done by Friday. # speaker: you
        Two days at your rate. Raise it, and Bev can decide whether we pay it. Friday, mind. Not Monday. # speaker: buyer # mood: neutral
    }
    Your manager answers your text before you've put the phone down: "Nice. Billable." # sfx: notification
* [Fix it at your own cost, and start today # move: relate # principle: long-term]
    ~ serve_self(-1)
    ~ fixed = true
    { was_promised:
        ~ keep_promise(fix_onboarding)
        That is what I said, and it stands. It's ours, so it's on us. Ines starts now, and I'm staying till the first twelve are done. # speaker: you
        He draws a line through something in the notebook. # mood: warm
        First thing in this book anybody's crossed off. # speaker: buyer # mood: warm
    - else:
        ~ make_promise(fix_onboarding)
        No change request. Our mistake, our two days. Ines starts today, and I'll check all forty-three myself before I tell you it's done. # speaker: you
        You'll check them. Yourself. # speaker: buyer # mood: neutral
        He opens a black notebook and writes it down, with the date. # mood: neutral
    }
    Ines texts home that she won't be back for tea. Two days of her time won't appear on any invoice, and your manager will ask why.
- -> the_week

=== the_week
Bev from the office comes in with a calculator, which is never a good sign.
Thirty-seven go-backs. That's an engineer's week we paid for and didn't get. Somebody pays for that, and so far it's us. # speaker: Bev (his office manager)
I'm not after money. Bev is. # speaker: buyer # mood: neutral
{ fixed:
    But she's not wrong. # speaker: buyer
}
What do you say to Bev? # speaker: buyer # discuss: Bev wants the week paid for. A free month could be a gift or a lever. Which one builds the account?
* [Make this month free if he moves to a three-year term today # move: close # principle: long-term]
    ~ close_move(1)
    ~ traded = true
    Here's what I can do. Move to a three-year term today, and I'll make this month free. # speaker: you
    A free month, and Bev off my back. Tempting. I'll sleep on the three years. # speaker: buyer # mood: pleased
    That's not free. That's a discount with a pen attached. # speaker: Bev (his office manager)
    She says it to the calculator, not to you.
* [Credit this month's licences, no strings # move: relate # principle: long-term]
    ~ serve_self(-1)
    ~ earn_reliability(1)
    ~ credited = true
    Bev's right. I'll credit this month's licences. No strings, nothing to sign. # speaker: you
    Oh. Right. # speaker: Bev (his office manager)
    Your phone buzzes. Your manager: "Who approved a credit note??" You turn it face down. # sfx: phone-buzz
    Bev puts the calculator away. Samuel watches her do it. # mood: warm
- -> the_landlord

=== the_landlord
Samuel's mobile goes. He looks at the screen and breathes out through his nose. # sfx: phone-buzz
Pennine Lets. Two hundred houses with us. Two of Liam's safety checks were theirs, and the certificates ran out on Friday. # speaker: buyer # mood: guarded
He's going to shout, and he's entitled. I've got to take it. # speaker: buyer
* [Tell him your compliance add-on would have flagged those certificates # move: close # principle: other-focus]
    ~ close_move(1)
    Tell him about our compliance add-on. It flags every certificate a month before it runs out. This would never have happened. # speaker: you
    Would it? Right. I'll tell him that. # speaker: buyer # mood: pleased
    He takes the call by the window. You hear "new system" twice and "compliance" once. When he comes back he's writing ADD-ON? on a sticky note.
* [Offer to get on the call and tell the landlord it was your system # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ earn_intimacy(1)
    ~ on_the_call = true
    Put it on speaker. It was our system, so he can shout at me. # speaker: you
    You'd do that? # speaker: buyer # mood: neutral
    Who's this? # speaker: Mr Haworth (Pennine Lets)
    You tell him who you are, and whose import it was. He tells you, for four minutes, what a lapsed gas certificate means to a landlord.
    ...Well. At least somebody's saying whose it was. When can Calder get out to them? # speaker: Mr Haworth (Pennine Lets)
    Tomorrow, eight o'clock. Gary, not Liam. # speaker: buyer
    He hangs up and looks at you for a moment longer than he needs to. # mood: warm
- -> the_wrap

=== the_wrap
He walks you and Ines out to the car park. The first vans are coming back in.
{
- charged and was_promised:
    I'll tell you how I work. Everyone drops a spanner down a flue once. I've done it. Last Monday was yours, and I'd have let it go. # speaker: buyer # mood: cold
    Then you billed me for fishing it out, after you'd said you wouldn't. That's {prior_slip:three, counting last time|two}. # speaker: buyer
- charged:
    I'll tell you how I work. Everyone drops a spanner down a flue once. Last Monday was yours, and I'd have let it go. # speaker: buyer # mood: guarded
    Sending me a bill for fishing it out, though. I'll have to think about whether that's {prior_slip:three, counting last time|two}. # speaker: buyer
- prior_slip:
    Everyone drops a spanner down a flue once. Thing is, you'd had your once. # speaker: buyer # mood: guarded
    You've handled this one right, and that's why we're still talking. There isn't a next time. # speaker: buyer
- else:
    Everyone drops a spanner down a flue once. I did, in Hebden Bridge, in nineteen ninety-six. Last Monday was yours. # speaker: buyer # mood: warm
    Just the once, mind. # speaker: buyer
}
{ traded and not charged:
    And next time Bev asks for something, give it her. Don't sell it her. # speaker: buyer
}
Your phone buzzes: your manager wants to know if the Huddersfield depot is still on for this quarter. Twenty more engineers. # sfx: phone-buzz
* [Put the Huddersfield order form in front of him before you go # move: close # principle: long-term]
    ~ close_move(2)
    ~ pushed = true
    While I've got you: the Huddersfield order. It's all filled in, it just needs your name. # speaker: you
    Now? In the car park? # speaker: buyer # mood: neutral
    { agrees_to(huddersfield(), 1): -> ending_signed }
    -> ending_later
* [Ask if he'll still back Huddersfield when his MD decides # move: ask # principle: collaboration]
    ~ ask_move(1)
    ~ asked = true
    When your MD decides on Huddersfield, will you still back it? After this week, I'd understand if not. # speaker: you
    { agrees_to(huddersfield(), 1): -> ending_backing }
    -> ending_later
* [Leave the paperwork, and come back Friday to go through the profiles with Bev # move: relate # principle: long-term]
    ~ earn_intimacy(1)
    ~ push_deal(-1)
    Huddersfield can wait. I'll come back Friday and go through every profile with Bev, so she can see it's right. # speaker: you
    -> ending_friday

=== ending_signed
{ charged or traded:
    He signs on the bonnet of your car. Ines looks at the tarmac.
    From then on, every email from Samuel copies in Bev, and every request arrives as a numbered ticket. # mood: cold
- else:
    He signs on the bonnet of your car, slower than you'd like. # mood: neutral
    You fixed it, so I'll sign. I'd rather it hadn't been in a car park. # speaker: buyer # mood: neutral
}
Huddersfield goes live in March. Bev checks every profile herself, twice, and tells you she did.
-> END

=== ending_backing
{
- on_the_call:
    Back it? You got on the phone to Haworth. I'll tell the MD that story myself. # speaker: buyer # mood: warm
- owned_it and fixed:
    I will. You said "that was us" before I'd finished my coffee, and then you paid for it. I noticed. # speaker: buyer # mood: warm
- fixed or credited:
    I will. You put it right without making me ask twice. That's rarer than working software. # speaker: buyer # mood: warm
- else:
    I will. It works, mostly, and when it doesn't, you turn up. # speaker: buyer # mood: warm
}
{ charged:
    The change request goes through with it. He signs it without a word, which is its own kind of word.
}
The MD says yes inside a week, and the Huddersfield order comes back signed before the quarter is out, with a note on the front: "Thank Ines."
-> END

=== ending_later
{
- pushed:
    Not in a car park, no. Not this week. Send it to Bev. # speaker: buyer # mood: guarded
    Bev puts it in a tray marked PENDING, which, she tells you later, is where things go to think about what they've done.
- asked and trust() >= ASK_READY:
    I'll back it. I'll tell the MD about this week myself, the good bits first. # speaker: buyer # mood: warm
    But he won't sign for twenty more engineers till he's seen a clean month here. Neither would I. # speaker: buyer
    Huddersfield waits for next quarter, with Samuel's name on the cover note. Your manager calls it "a timing issue".
- else:
    Ask me again when Liam's certificates are sorted. # speaker: buyer # mood: guarded
    Huddersfield slides to next quarter. Your manager calls it "a timing issue".
}
-> END

// You left the form in your bag; whether Huddersfield comes up on Friday is Samuel's to decide.
=== ending_friday
{
- charged:
    Friday for the fix, then. Huddersfield can wait till I've seen it. # speaker: buyer # mood: guarded
    The fix lands on Friday.
- trust() >= ASK_READY:
    Friday it is. Bev will have the kettle on. # speaker: buyer # mood: warm
    On Friday Bev finds one more wrong profile that everyone missed. You fix it there and then.
- else:
    Friday, then. We'll see. # speaker: buyer # mood: neutral
}
{ agrees_to(huddersfield(), 1):
    { charged:
        Bev pays the change request that afternoon, then slides the Huddersfield form out from underneath it. # mood: neutral
        He's signed that one too. Twenty more engineers costs less than starting again with somebody new. I did the sum. # speaker: Bev (his office manager)
    - else:
        At half four Samuel comes in with two mugs and the Huddersfield form. # mood: warm
        You never asked, so I will. Twenty more engineers, and you check every row of the import yourself, like this week. # speaker: buyer # mood: warm
    }
    The MD signs it off the week after, and Huddersfield goes on the contract before the quarter is out.
- else:
    { charged:
        The change request sits in Bev's tray, unsigned, on top of the Huddersfield form.
    - else:
        Huddersfield isn't mentioned, and the quarter closes without it.
    }
}
-> END
