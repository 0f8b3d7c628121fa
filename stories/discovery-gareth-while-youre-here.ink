INCLUDE include/contract.ink
# title: While You're Here
# persona: gareth_pryce
# stage: discovery

// Gareth takes every free diagnosis on offer, cheerfully, and gives nothing
// back unless he is asked. You sell Lanecraft route-planning software.
// Flags below steer text only.
VAR promised_analysis = false   // you offered to analyse all twelve branches for free
VAR gave_free = 0               // free diagnoses handed over this meeting
VAR read_cardiff = false
VAR saw_real_problem = false
VAR knows_the_mandate = false
VAR got_morning = false
VAR trial_pencilled = false
-> arrival

=== arrival
Dunmore Builders' Merchants, the Bridgend yard. Plasterboard under tarpaulins, a crane lorry beeping its way backwards, and a portakabin with TRANSPORT on the door in marker pen.
{ meetings_before > 1:
    Back again! Bethan's started calling you "our route man". Tea? # speaker: buyer # mood: warm
- else:
    There you are! Come in out of that wind. Tea? It's builders', obviously. # speaker: buyer # mood: warm
}
{ pressured_before:
    No hard sell today, mind. Last time I nearly signed something on the bonnet of your car. # speaker: buyer # mood: neutral
}
{ referred:
    The fella who put me on to you says you actually listen. We'll see, is it? # speaker: buyer # mood: warm
}
{ is_client:
    Swansea's been on your planner a year now, and Bethan's stopped swearing at it. High praise, that. # speaker: buyer
}
{ promised ? send_case_study:
    And that write-up you mentioned. No rush. Whenever. # speaker: buyer
}
He hands you a mug that says WORLD'S OKAYEST UNCLE.
Twelve branches, thirty-one lorries, most with a crane on the back. And every morning, somehow, not enough lorries. # speaker: buyer # mood: neutral
-> the_routes

=== the_routes
Now. While you're here. Would you have a quick look at our Cardiff routes? I couldn't tell you if they're any good. # speaker: buyer # mood: warm
He turns his monitor round: a spreadsheet, colour-coded by someone who loves colour.
* [Offer to run the numbers on all twelve branches, free # move: close # principle: other-focus]
    ~ close_move(1)
    ~ promised_analysis = true
    Why stop at Cardiff? Send me a month of jobs from all twelve branches and I'll run the lot. No charge. You'll see exactly what you'd save. # speaker: you
    All twelve? For nothing? # speaker: buyer # mood: pleased
    Bethan! Send this one everything! # speaker: buyer
    Through the wall, a voice shouts back: "Everything?"
* [Read the Cardiff sheet and tell him what you see # move: relate # principle: other-focus]
    ~ earn_credibility(1)
    ~ gave_free += 1
    ~ read_cardiff = true
    You read it for five minutes while your tea goes cold.
    Your three Cardiff lorries all leave at half six and all head north first. Two of them pass each other on the A470 before eight. # speaker: you
    Do they now? The cheeky beggars. # speaker: buyer # mood: pleased
    He writes A470?? on a Post-it and sticks it to the monitor.
* [Ask what he'd do with what you find # move: ask # principle: collaboration]
    ~ ask_move(1)
    Happy to. Can I ask first what you'd do with it? Is there a project behind this, or is it curiosity? # speaker: you
    { trust() >= ASK_READY:
        ~ knows_the_mandate = true
        Fair question. Bit of both, honestly. # speaker: buyer # mood: neutral
        Huw, our MD, has told me to "sort transport out" this year. That's the whole brief. Huw doesn't do detail. # speaker: buyer
    - else:
        ~ gave_free += 1
        Does it matter? Curiosity, call it. Go on, have a look. # speaker: buyer # mood: neutral
        You look. He takes notes.
    }
- -> the_failed_drops

=== the_failed_drops
Gareth leans back, and the chair complains about it.
What's really killing us, though, is failed drops. Lorry turns up with a crane-load of plasterboard, and there's a skip where it should park. Or nobody to sign. # speaker: buyer # mood: neutral
So it comes back, and the plasterer rings the branch and calls them words I won't repeat. Forty a week, Bethan reckons. # speaker: buyer
While you're here: how would you fix that? # speaker: buyer # mood: warm
* [Tell him Customer ETAs halves failed drops # move: close # principle: collaboration]
    ~ close_move(1)
    That's our Customer ETAs module. The site gets a text an hour out, and if they're not ready, they say so before the lorry leaves. Customers roughly halve their failed drops. # speaker: you
    Halve them! Bethan would kiss you. Well. She'd make you a brew. # speaker: buyer # mood: pleased
* [Ask what a failed drop costs him, and who ends up paying # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ saw_real_problem = true
    Before I fix anything: what does a failed drop actually cost you? And whose budget does it land on? # speaker: you
    Cost? Diesel, the driver, the crane. Plasterboard that's been round the valleys twice and lost a corner. # speaker: buyer # mood: neutral
    He stops, and turns his mug round on the desk.
    And the branch managers. They promise a builder "any time Tuesday" to win the order, and it's my lorry that turns up to a locked gate. # speaker: buyer # mood: guarded
    Don't put that in your notes, mind. I have to have a pint with them at Christmas. # speaker: buyer
- -> the_llanelli

=== the_llanelli
A knock. A woman in a Dunmore fleece leans round the door with a printout. # sfx: door-knock
Sorry, Gareth. Llanelli's crane lorry is off the road again, and they've got eleven drops this morning. # speaker: Bethan (transport planner)
Bethan, perfect timing. This is the route person. # speaker: buyer # mood: warm
While you're here, could you have a quick look at Llanelli's? Just this morning's. Five minutes. # speaker: buyer # discuss: This is the third free favour Gareth has asked for today. Would you do it? And what, if anything, would you ask for in return?
Bethan holds out the printout. Your phone buzzes: your manager. "How's Dunmore? Got a trial date yet?" # sfx: phone-buzz
* [Tell him a trial would sort Llanelli, and pencil in a start date # move: close # principle: long-term]
    ~ close_move(1)
    ~ trial_pencilled = true
    Honestly? Mornings like this are why you'd want a trial. Let's put one in the diary: Llanelli, from the first of next month. # speaker: you
    The first! Bethan, get the diary out. # speaker: buyer # mood: pleased
    The first is stocktake week. # speaker: Bethan (transport planner)
    We'll manage. We always manage. # speaker: buyer
    You text your manager: "Talking about a trial from the 1st. Nothing on paper yet." One thumbs-up comes back, and then: "Get it on paper." # sfx: notification
* [Pull up a chair and re-plan the eleven drops with Bethan, there and then # move: relate # principle: other-focus]
    ~ serve_self(-1)
    ~ gave_free += 1
    Go on, then. Pull up a chair, Bethan. # speaker: you
    Twenty-five minutes later, nine of the eleven drops are on the one crane lorry that works, and the other two are on a hired flatbed.
    You ring your half-eleven in Port Talbot to say you'll be late. They say not to bother coming.
    Look at that! You're wasted in sales, you are. # speaker: buyer # mood: warm
    Can you come every Tuesday? # speaker: Bethan (transport planner)
* [Say yes, if he'll give you a morning with Bethan and two drivers in return # move: ask # principle: collaboration]
    ~ ask_move(1)
    Happy to. And in return, I'd like a proper morning next week: Bethan and two of your drivers, before the lorries go out. Then I'm not guessing from printouts. # speaker: you
    { trust() >= ASK_READY:
        ~ got_morning = true
        A trade, is it? # speaker: buyer # mood: neutral
        ...Fair enough. Nobody's ever asked for the drivers before. Bethan, find a Tuesday. And ask Dai; he'll talk the ears off anyone. # speaker: buyer # mood: warm
        Bethan pulls up a chair. Twenty minutes later Llanelli is sorted, and there's a Tuesday in her diary with your name on it.
    - else:
        ~ gave_free += 1
        Ooh, terms and conditions! # speaker: buyer # mood: neutral
        Let's see how Llanelli goes first, shall we? Bethan, give them a chair. # speaker: buyer
        You re-plan Llanelli anyway. Nobody mentions next Tuesday again.
    }
- -> the_doorway

=== the_doorway
Gareth walks you out across the yard. A forklift is loading timber onto a flatbed with an inch to spare on either side.
{ gave_free >= 2:
    Brilliant, this. Honest to God, I've had more out of you in an hour than out of our last consultant in a year. # speaker: buyer # mood: warm
- else:
    Well, that's been very useful. Very useful indeed. # speaker: buyer # mood: warm
}
Tell you what. Send me whatever you've got written down{promised_analysis:, and the twelve-branch thing when it's done}, and I'll have a proper think. # speaker: buyer # mood: warm # discuss: Gareth has been friendly and grateful all morning. What do you actually know about his budget, his decision and his timing? What would you ask before you leave?
* [Send the write-up tonight, with a trial order form attached # move: close # principle: long-term]
    ~ close_move(2)
    Will do. I'll send it all tonight, with a trial order form attached, so it's there when you're ready. # speaker: you
    Lovely job. I'll have a look over the weekend. # speaker: buyer # mood: pleased
    -> ending_order_form
* [Ask him straight: is there a budget, and a decision this year? # move: ask # principle: transparency]
    ~ ask_move(1)
    Before I write anything else, can I ask you straight? Is there a budget for this, and a decision this year? And is it yours to make? # speaker: you
    { trust() >= ASK_READY:
        -> ending_straight_answer
    }
    -> ending_deflected
* [Promise him your notes tonight, no strings # move: relate # principle: other-focus]
    ~ serve_self(-1)
    ~ gave_free += 1
    Of course. I'll send my notes tonight. No strings; use them however they help. # speaker: you
    You're a star. An absolute star. # speaker: buyer # mood: warm
    -> ending_thanks

=== ending_order_form
{ agrees_to(trial, 1):
    The order form comes back on Monday, signed: a trial at Llanelli, at the trial price. # sfx: notification
    Your manager rings to say well done. Twice.
    { promised_analysis:
        In March the other eleven branches go out to tender. Section four, "Route design", is your twelve-branch analysis with the Lanecraft logo cropped off.
    - else:
        In March the other eleven branches go out to tender. Section four reads a lot like your email.
    }
    { trial_pencilled:
        The trial starts a week late. The first was stocktake week.
    }
- else:
    The order form comes back a week later, unsigned, with a cheerful email. # sfx: notification
    "MD says anything over twenty-five grand has to go out to three quotes. Sorry, butt! Your notes were a massive help with the spec."
    { promised_analysis:
        The tender pack arrives in March. Section four, "Route design", is your twelve-branch analysis with the Lanecraft logo cropped off.
    - else:
        The tender pack arrives in March. Section four reads a lot like your email.
    }
}
-> END

=== ending_straight_answer
He stops by the gate, and for once he thinks before he answers.
Straight? There's money. {knows_the_mandate:Huw's|Our MD's} put sixty grand against transport in next year's budget, and he signs it off in June. # speaker: buyer # mood: neutral
And if I'm honest, procurement will want three quotes. I was rather hoping you'd write the spec for me. # speaker: buyer # mood: guarded
He laughs, a bit sheepish.
~ make_promise(pilot_plan)
Then let's do it properly. {got_morning:Tuesday with Bethan and the drivers first. Then }I'll bring you a plan for starting at one branch: what we'd need from you, and what you'd get. # speaker: you
And if it goes out to quotes, you tell me before anything of mine goes in a tender pack. # speaker: you
Deal. That's fair, that is. # speaker: buyer # mood: warm
{ saw_real_problem:
    And bring something for the branch managers. If they keep promising "any time Tuesday", no software on earth will save me. # speaker: buyer
}
{ promised_analysis:
    Bethan's twelve branches of job data arrive that afternoon. This time you know what they're for.
}
On the forecast call, Dunmore stays in discovery. Next to it, for the first time, you can write a number and a month: sixty, June.
-> END

=== ending_deflected
Gareth laughs and claps you on the shoulder.
Budget! You sound like {knows_the_mandate:Huw|my MD}. Let's not spoil a nice morning, is it? # speaker: buyer # mood: warm
Send me what you've got and we'll see where we are. # speaker: buyer # mood: neutral
{ promised_analysis:
    Bethan's email arrives before you reach the motorway: a month of jobs from all twelve branches, and a smiley face. # sfx: notification
}
You still don't know if there's a budget. You do know you've got homework.
-> END

=== ending_thanks
Your notes go off at ten that night: four pages{read_cardiff:, with a little map of the A470}.
{ agrees_to(trial, 1):
    Gareth replies inside a minute. "Legend. Diolch! Bethan wants you on Llanelli before that crane lorry dies again. Send me a trial form and I'll sign it." # sfx: notification
    The form comes back signed on Monday, with a smiley face from Bethan next to the start date.
    -> END
}
Gareth replies inside a minute. "Legend. Diolch!" # sfx: notification
{ trust() >= ASK_READY:
    He means it, too. He likes you. Everyone at Dunmore likes you.
}
Then nothing, for a month.
In March a procurement portal sends you a login. The specification for Dunmore's "Transport Review" reads a lot like your notes{read_cardiff:, right down to the A470}.
-> END
