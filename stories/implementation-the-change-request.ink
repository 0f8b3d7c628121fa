INCLUDE include/contract.ink
# title: The Branch Nobody Mentioned
# stage: implementation

// A few weeks into the rollout, in the quarter after signing, the buyer needs
// changes the contract never covered. Flags steer text only.
VAR charged = false
VAR sold_services = false
VAR absorbed = false
VAR fixed_feed = false
VAR owned_bug = false
VAR quoted_remap = false
VAR asked = false
VAR sold_support = false
-> week_six

// What a signature here would be: a client widens the contract; a pilot (only in an ink editor) becomes the full contract.
=== function wider_offer()
{ is_client:
    ~ return expansion
}
~ return full_contract

=== week_six
{buyer_company}, a few weeks into the rollout. The planning office smells of toner and somebody's reheated curry.
Ines from your onboarding team is already there, laptop open, wearing the face of someone who has been asked a question she can't answer yet.
{ is_client:
    Thanks for coming over. Nothing's on fire. Two things are smouldering. # speaker: buyer # mood: neutral
- else:
    Thanks for coming. Two things are smouldering, and the board decides on the full rollout off the back of this pilot. # speaker: buyer # mood: neutral
}
{ pressured_before:
    And before you ask, no, I'm not ready to talk about the next phase. # speaker: buyer # mood: guarded
}
{ (promised ? fix_onboarding) or (promised ? pilot_plan): -> the_promise }
-> the_new_site

=== the_promise
{
- promised ? (pilot_plan, fix_onboarding):
    Before we start. You promised me a written pilot plan, and the onboarding snags sorted, both by the end of last month. # speaker: buyer # mood: guarded
- promised ? pilot_plan:
    Before we start. You promised me a written pilot plan, with what counts as success, by the end of last month. # speaker: buyer # mood: guarded
- else:
    Before we start. You promised the onboarding snags would be sorted by the end of last month. # speaker: buyer # mood: guarded # discuss: You are weeks late on a promise. What does the buyer need to hear first: the reason, the plan or the apology?
}
It is nearly done. {promised ? pilot_plan:There's a draft plan with three measures in it.|Ines tested a fix on Friday.} Finishing it means another evening, and your manager would like that evening spent on new business.
* [Hand over what you have, own the delay, and name the day it's finished # move: relate # principle: transparency]
    ~ keep_promise(pilot_plan)
    ~ keep_promise(fix_onboarding)
    ~ earn_credibility(1)
    It's late, and that's on me. Here's where it is. The rest is done by Friday, whatever else lands this week. # speaker: you
    Late I can live with. Vague I can't. Friday, then. # speaker: buyer # mood: neutral
* [Explain it's now part of the onboarding package, priced separately # move: close # principle: long-term]
    ~ close_move(1)
    ~ break_promise(pilot_plan)
    ~ break_promise(fix_onboarding)
    We've folded that into our onboarding package now. It's a proper piece of work, so it's priced as one. # speaker: you
    It would be another line on the order form. Your manager would like that.
    So what you promised me is now something you sell. # speaker: buyer # mood: cold
    Ines studies her screen with enormous interest.
- -> the_new_site

=== the_new_site
Right. The smouldering. We've taken over a branch from a firm that went under. Fourteen more {buyer_people}, and all their {buyer_jobs}, from Monday week. # speaker: buyer # mood: neutral
{ is_client: Your contract|The pilot} covers the areas we had when we signed. This is a new one. # speaker: buyer
Technically that's a change request. Setup at list price, and ninety days' notice. # speaker: Ines (your onboarding lead)
So. What's this going to cost me? # speaker: buyer # mood: guarded # discuss: The contract lets you charge for the new branch, and your quarter could use it. Should you?
* [Raise a change order for the new branch at list price # move: close # principle: transparency]
    ~ close_move(1)
    ~ charged = true
    I'll raise a change order today: one new branch, setup at list. You'll have it by five. # speaker: you
    Send it over. It's what the contract says, I suppose. Finance will want a look before anybody signs it. # speaker: buyer # mood: neutral
    Your manager replies to your text before you've put the phone down: "Upsell!! Get it signed." # sfx: notification
* [Offer the services team to run the new branch's onboarding for a fixed fee # move: close # principle: collaboration]
    ~ close_move(1)
    ~ sold_services = true
    Our services team could take the whole branch off your hands: data, training, go-live. Fixed fee, three weeks. # speaker: you
    Off my hands. Best three words I've heard this month. Send me the price. # speaker: buyer # mood: pleased
* [Fold the new branch into the current rollout at no charge # move: relate # principle: long-term]
    ~ serve_self(-1)
    ~ earn_reliability(1)
    ~ absorbed = true
    No change order. It's the same rollout with one more branch on it. We'll fold it in. # speaker: you
    That's my next two Saturdays, then. # speaker: Ines (your onboarding lead)
    Really? I had a fight about this pencilled in for Thursday. # speaker: buyer # mood: warm
- -> the_feed

=== the_feed
Second thing. On Saturday our IT lot changed the export from our main system. Since then every plan's been built off the day before's list. # speaker: buyer # mood: annoyed
Two of our {buyer_people} turned up this morning for {buyer_jobs} that were cancelled yesterday. One of them rang me to describe it. At length. # speaker: buyer # discuss: The fault is mostly theirs, and the contract says re-mapping is billable. Is charging for it fair, or penny-wise?
Ines has already found it: the new export writes its dates the American way. Their change, not yours, though Lanecraft's import didn't notice either.
* [Explain the export changed on their side, and quote for the re-mapping # move: close # principle: transparency]
    ~ close_move(1)
    ~ quoted_remap = true
    Strictly, the export changed on your side, so re-mapping it is chargeable. I'll get you a quote by Friday. # speaker: you
    ...Right. IT did do that without telling anyone. Send the quote. # speaker: buyer # mood: neutral
    {buyer_name} writes QUOTE on a pad and, underneath, less neatly, IT.
* [Have Ines re-map the feed now, while everyone's in the room # move: relate # principle: collaboration]
    ~ earn_reliability(1)
    ~ serve_self(-1)
    ~ fixed_feed = true
    Ines, can you re-map it now? We can argue about whose fault it was some other year. # speaker: you
    Ten minutes and a login. # speaker: Ines (your onboarding lead)
    It takes forty. You text your next appointment that you'll be late, and then that you won't make it at all.
    Tomorrow's plan rebuilds itself from the right list, and every one of the {buyer_jobs} lands where it should.
    Oh, thank God. # speaker: buyer # mood: pleased
* [Admit your import should have caught it, and promise a proper fix # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ make_promise(fix_onboarding)
    ~ owned_bug = true
    It's your export, but our import should have shouted the moment the dates went wrong. It didn't. # speaker: you
    I'll get that check built, for you and for everyone else, and I'll tell you the day it's in. # speaker: you
    You're the first supplier this year to say "our" about a problem. # speaker: buyer # mood: neutral
    Lovely. And tomorrow morning? # speaker: buyer # mood: annoyed
    Tomorrow morning, Ines says, somebody at {buyer_company} will have to check the dates by hand.
- -> the_wrap

=== the_wrap
{buyer_name}'s phone has rung four times since you sat down. It starts again.
{ is_client:
    Right. Where does all this leave us? # speaker: buyer # mood: neutral
- else:
    Right. The board looks at the full rollout in three weeks. Where does all this leave us? # speaker: buyer # mood: neutral
}
* [Ask for backing to put the new branch on the contract too # move: ask # principle: collaboration]
    ~ ask_move(1)
    ~ asked = true
    { is_client:
        I'd like the new branch on the contract too. If you think we've earned it, will you sign the extension? # speaker: you
    - else:
        I'd like you to take the full rollout to the board, new branch and all, with your name behind it. Do you think we've earned that? # speaker: you
    }
    { agrees_to(wider_offer(), 1): -> ending_backing }
    -> ending_later
* [Suggest premium support, so this never happens again # move: close # principle: other-focus]
    ~ close_move(1)
    ~ sold_support = true
    This is exactly what Premium Support is for: a named engineer and a four-hour fix. I can add it to the order today. # speaker: you
    Four hours. Tempting. What does it do to the invoice? # speaker: buyer # mood: pleased
    { agrees_to(wider_offer(), 1): -> ending_paperwork }
    -> ending_later
* [Leave the contract for another day, and book a check-in for go-live # move: relate # principle: long-term]
    ~ earn_intimacy(1)
    ~ push_deal(-1)
    Let's not talk paperwork while your phone's ringing. Can I come back the day the new branch goes live? # speaker: you
    -> ending_go_live

=== ending_backing
{ pressured_before:
    I'll be honest, I expected to be sold to today. # speaker: buyer # mood: neutral
}
{
- absorbed:
    Yes. And I'll tell them about the new branch. I had a fight budgeted for it and never needed it. # speaker: buyer # mood: warm
- owned_bug:
    Yes. You've been straight with me about what went wrong, and that's rarer than working software. # speaker: buyer # mood: warm
- fixed_feed:
    Yes. You fixed the feed first and argued about it never. I noticed. # speaker: buyer # mood: warm
- else:
    Yes. It works, mostly, and when it doesn't, you turn up. # speaker: buyer # mood: warm
}
{
- charged:
    The change order goes through too. {buyer_name} signs it without comment, which is its own kind of comment.
- sold_services:
    The services quote goes through too. Your services team starts on the new branch the Monday after.
}
Before the quarter is out, the {is_client:extension|contract} comes back signed, with a note clipped to the front: "Thank Ines."
-> END

=== ending_paperwork
{ charged or sold_services or quoted_remap:
    Go on, then. Add it. Add all of it. # speaker: buyer # mood: neutral
    {buyer_name} signs everything you send in one go, between two phone calls: {charged:the change order, }{sold_services:the services quote, }{quoted_remap:the re-mapping quote, }and the support tier.
    Best month we've ever billed. I'm not sure I enjoyed it. # speaker: Ines (your onboarding lead)
    From then on, every email from {buyer_name} copies in finance, and every request arrives as a numbered ticket.
    When a firm down the road asks about Lanecraft, {buyer_name} says the software is fine and the invoices are very prompt.
- else:
    Go on, then. Add it. # speaker: buyer # mood: neutral
    {buyer_name} signs the support tier between two phone calls, without reading it.
    Two free Saturdays, then a support contract. Funny sort of month. # speaker: Ines (your onboarding lead)
    When a firm down the road asks about Lanecraft, {buyer_name} says the people are lovely, and to watch out for the support tier.
}
-> END

=== ending_later
{
- asked and trust() >= ASK_READY:
    You've earned it. I'd sign it now if it were mine to sign. # speaker: buyer # mood: warm
    But finance are closing the books, and nothing new gets signed till they come up for air. First thing next quarter. # speaker: buyer
    The quarter closes without it.{ charged: The change order waits in the same tray.}
- asked:
    { pressured_before:
        Same as last time, then. Ask me again when my phone stops ringing. # speaker: buyer # mood: cold
    - else:
        Ask me again when my phone stops ringing. # speaker: buyer # mood: guarded
    }
    The decision slides to next quarter. The minutes say "deferred pending review", which is nobody's favourite phrase.
- sold_support:
    The support tier can wait with the rest. I want to see the new branch run for a month first. # speaker: buyer # mood: neutral
    Nothing goes through this quarter: not the support tier, not {charged or sold_services:the new branch's paperwork|the contract}. Your manager asks what "tempting" meant.
}
-> END

// You never asked; whether the buyer raises the contract at go-live is theirs to decide.
=== ending_go_live
{ trust() >= ASK_READY:
    Go-live it is. I'll hold you to it. # speaker: buyer # mood: warm
    The new branch goes live on the Monday, and the check-in is all smiles and biscuits.
    { agrees_to(wider_offer(), 1):
        { is_client:
            You never did ask me about the paperwork, so I'll ask you. Can we put the new branch on the contract? # speaker: buyer # mood: warm
        - else:
            You never did ask me about the board, so I'll tell you. I'm recommending the full rollout, new branch and all. # speaker: buyer # mood: warm
        }
        Before the quarter is out, the {is_client:extension|contract} comes back signed, with a note clipped to the front: "Thank Ines."
    - else:
        Nobody mentions the contract, and the quarter closes without it.
    }
- else:
    Fine. We'll see how the new branch goes. # speaker: buyer # mood: neutral
    The new branch's go-live is bumpy.
    { agrees_to(wider_offer(), 1):
        It gets there. A week later {buyer_name} emails: {is_client:put the new branch on the contract|the board wants the full rollout}, and could Ines please be at the next go-live. # sfx: notification
        The {is_client:extension|contract} comes back signed before the quarter is out.
    - else:
        Nobody mentions the contract, and the quarter closes without it.
    }
}
-> END
