INCLUDE include/contract.ink
# title: The Procurement Call
# persona: nadia_hussain
# stage: negotiation

// Late in the deal: a video call with Nadia and her finance lead, three days before
// your quarter closes. price_hold comes due here if it was promised, and can be
// promised here if it was not. Flags below steer text only.
VAR pressures = 0            // pressure closes in this meeting
VAR held_price = false       // kept an earlier price_hold here
VAR broke_price = false      // broke an earlier price_hold here
VAR offered_hold = false     // promised price_hold here
VAR gave_discount = false
VAR phased = false
VAR six_weeks = false
VAR told_timeline = false
VAR knows_board = false
VAR presenting = false
-> the_call

=== the_call
Tuesday, four o'clock, a video call. Nadia at her desk, the rota board behind her. Helen Clarke, finance, in her car, camera pointing mostly at her chin.
Your quarter closes on Friday. Your manager has Brightwell on the forecast, in green.
{
- pressured_before:
    Helen's here because I asked her to be. After last time, I wanted a witness. # speaker: buyer # mood: cold
- meetings_before >= 3:
    You've been up our stairs more often than the window cleaner. Let's finish this properly. # speaker: buyer # mood: neutral
- else:
    Helen's here for the money. I'm here to make sure nobody promises anything daft. # speaker: buyer # mood: neutral
}
{ promised ? price_hold: -> the_held_price }
-> the_money

=== the_held_price
Helen shares her screen: your latest quote, with this year's price list applied. Seven percent up.
Nadia tells me you said the price would hold. This isn't held. # speaker: Helen (finance lead)
Your manager's note on the quote says "new list applies". Holding the old price takes seven percent off the deal, and a slice off your bonus.
* [Tell Helen the price you gave Nadia stands # move: relate # principle: long-term]
    ~ keep_promise(price_hold)
    ~ serve_self(-1)
    ~ held_price = true
    Nadia's right. I said it would hold, so it holds. You'll have a corrected quote tonight. # speaker: you
    Oh. I had a whole paragraph ready. # speaker: Helen (finance lead)
    { pressured_before:
        Well. That's one thing you said that turned out to be true. # speaker: buyer # mood: neutral
    - else:
        I told her you would. # speaker: buyer # mood: pleased
    }
* [Explain that the new list applies to everyone now # move: close # principle: transparency]
    ~ close_move(1)
    ~ break_promise(price_hold)
    ~ broke_price = true
    The list went up for everyone this month, I'm afraid. The quote's right as it stands. # speaker: you
    It keeps seven percent on your forecast, and your manager off the phone.
    Helen types something. You'd guess it's a note, and you'd guess right.
    You said it would hold. I told Marcus it would hold. # speaker: buyer # mood: cold
- -> the_money

=== the_money
So it's {broke_price:twenty-four thousand four hundred|twenty-two thousand eight hundred} a year. Here's my problem. # speaker: Helen (finance lead)
Over twenty-one thousand a year, it goes to our board. The board doesn't meet till the 9th. # speaker: Helen (finance lead)
The 9th is next quarter. Fifteen percent would bring it under her limit, and your manager has already said yes to fifteen, if it lands by Friday.
Don't look at me. It's Helen's budget. # speaker: buyer # discuss: Finance has told you exactly what it would take to sign this week. What would you offer, and what would it cost, and whom?
* [Offer fifteen percent if it's signed by Friday # move: close # principle: long-term]
    ~ close_move(2)
    ~ pressures += 1
    ~ gave_discount = true
    I can get you under it. Fifteen percent, if it's signed by Friday. # speaker: you
    Fifteen? That's under. I could sign that Friday morning. # speaker: Helen (finance lead)
    Helen is already writing it down. Nadia's face doesn't move.
    { pressured_before:
        And there it is. # speaker: buyer # mood: cold
    - else:
        Rosterline had a Friday, too. # speaker: buyer # mood: guarded
    }
* [Offer to phase it: two patches now, the rest in the autumn # move: relate # principle: collaboration]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ phased = true
    What if we don't cut the price, and cut the size? Town centre and Moorside first. The other patches in the autumn, same rate. # speaker: you
    It's still a three-year contract, so it still goes to the board. But it's a far easier board. # speaker: Helen (finance lead)
    Half the carers to retrain if it goes wrong. I like that. # speaker: buyer # mood: neutral
    It also shrinks the number on your forecast, and your manager reads forecasts the way Helen reads quotes.
* {not held_price and not broke_price} [Offer to hold this price at their first renewal, instead of a discount # move: relate # principle: long-term]
    ~ make_promise(price_hold)
    ~ serve_self(-1)
    ~ offered_hold = true
    I can't get you under twenty-one this week. I can put in writing that this price holds at your first renewal. # speaker: you
    Year two is year-two Helen's problem. But I'll take it in writing. # speaker: Helen (finance lead)
    {
    - broken ? price_hold:
        You've held a price for me before. In a manner of speaking. # speaker: buyer # mood: guarded
    - kept ? price_hold:
        You held the last one. Go on, then. # speaker: buyer # mood: pleased
    - else:
        In writing, yes. Everything Rosterline promised was said over lunch. # speaker: buyer # mood: neutral
    }
    It almost certainly means the board on the 9th, and Brightwell sliding out of your quarter.
- -> the_timeline

=== the_timeline
Helen shares a spreadsheet. Row fourteen: AGENCY COVER SAVED, from March.
Your proposal says live in six weeks. So we stop paying agency cover in March? # speaker: Helen (finance lead)
Six weeks is the software. Two hundred carers' skills, every client's preferences, the council's call monitoring, a month of running both rotas side by side: honestly, four months.
* [Say six weeks is what you plan for # move: close # principle: transparency]
    ~ close_move(1)
    ~ six_weeks = true
    Six weeks is what we plan for. Row fourteen looks right to me. # speaker: you
    Lovely. I'd hate to redo that row. # speaker: Helen (finance lead)
    { pressures > 0 or broke_price:
        Nadia writes "6 weeks" on her pad, and draws a box round it.
    - else:
        Six weeks. Rosterline said three. # speaker: buyer # mood: guarded
    }
* [Tell them what the four months are made of # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ push_deal(-1)
    ~ told_timeline = true
    Six weeks is the software. It's four months before you can drop the agency, and for the first of those you run both rotas. # speaker: you
    The council's call monitoring has to be linked, and someone who knows the carers has to check every skill we import. # speaker: you
    That moves my savings into next year. Thanks for that. # speaker: Helen (finance lead)
    Both rotas. So the whiteboard stays up till we trust it. # speaker: buyer # mood: neutral
    Kerry will be relieved. So am I, actually. # speaker: buyer # mood: pleased
- -> the_board

=== the_board
{ gave_discount:
    Helen can sign it, then. I'm still the one the board asks when it goes wrong. # speaker: buyer # mood: guarded
- else:
    At the board, Marcus will ask me why this isn't Rosterline again. He signed that one. # speaker: buyer # mood: neutral
}
* [Offer to present to the board yourself # move: close # principle: collaboration]
    ~ close_move(1)
    ~ presenting = true
    { gave_discount:
        Then let me present it at the board on the 9th. They should hear it from the people delivering it. # speaker: you
        Can't hurt. They'll want to know what I've signed. # speaker: Helen (finance lead)
    - else:
        Why don't I come and present it? I've done plenty of boards. You shouldn't have to carry it alone. # speaker: you
        That would help, honestly. Boards like a face. # speaker: Helen (finance lead)
    }
    Marcus does love a presentation. He loved the last one. # speaker: buyer # mood: guarded
* [Ask what her board will need to see from her # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ knows_board = true
    What will they need to see? From you, I mean, not from me. # speaker: you
    Nadia takes a moment.
    That I haven't been sold to again. # speaker: buyer # mood: neutral
    Missed visits down. The council fined us for eleven last quarter. And carers staying: we lose one a week. # speaker: buyer
    Something I can check in three months. Not a slide. # speaker: buyer # mood: warm
- -> the_signature

=== the_signature
I've got the auditors at half past. Nadia, you know where I am. # speaker: Helen (finance lead)
Helen's square goes black. Your phone lights up: your manager. "Brightwell in by Friday?" # sfx: notification
{ pressures > 0 or broke_price:
    So. Go on, then. What are you going to ask me? # speaker: buyer # mood: cold # discuss: She has asked you straight out what you are going to ask for. What would you ask, and what would you do if she said "not yet"?
- else:
    So. What are you going to ask me? # speaker: buyer # mood: neutral # discuss: She has asked you straight out what you are going to ask for. What would you ask, and what would you do if she said "not yet"?
}
* [Ask her to sign today, while everything is agreed # move: close # principle: long-term]
    ~ close_move(2)
    ~ pressures += 1
    We've agreed everything that matters. I can send the e-signature now. It's five minutes. # speaker: you
    { agrees_to(full_contract, 3): -> ending_signed_cold }
    -> ending_done
* [Ask whether she'll recommend it, and what's missing if not # move: ask # principle: collaboration]
    ~ ask_move(1)
    Will you recommend it? And if not yet, what's missing? # speaker: you
    { trust() >= ASK_READY: -> ending_recommend }
    -> ending_not_yet
* [Tell her there's no rush, and that your quarter is your problem # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    { gave_discount:
        No rush from me. The fifteen stands after Friday, too. If the board should see it, let them. # speaker: you
    - else:
        No rush from me. My quarter ends on Friday, but that's my problem, not yours. # speaker: you
    }
    -> ending_no_rush

=== ending_signed_cold
{ pressured_before:
    I told you last time what would happen if you pushed me again. I meant it. # speaker: buyer # mood: cold
- else:
    Twice in one call. # speaker: buyer # mood: cold
}
Helen wants it, and I won't keep Kerry on a whiteboard because of you. But I'm done dealing with you. # speaker: buyer
{ gave_discount:
    Helen signs at twelve minutes past nine on Friday. It's the biggest signature on your team this quarter.
- else:
    Helen, who wants it more than she minds how, gets the chair of the board to sign it off from a lay-by. It comes back at twelve minutes past nine on Friday.
}
From Monday, every email from Nadia is copied to Helen, and signed off "Regards".
{ six_weeks:
    In week seven, Helen asks why she is still paying for agency cover.{ broke_price: She brings her note from Tuesday, printed out.}
}
Nadia's last words to you that week are that when this comes up for renewal, she will write the tender herself.
-> END

=== ending_done
{ pressured_before:
    No. I told you last time what would happen if you pushed me. # speaker: buyer # mood: cold
- else:
    No. That's exactly what the last one did, and I said I wouldn't be done that way twice. # speaker: buyer # mood: cold
}
It goes to the board on the 9th, and I'll tell them what I think. # speaker: buyer
{ presenting:
    You are not invited to present.
}
A week after the board, Helen emails: Brightwell would like two more quotes, "to see what the market looks like".
-> END

=== ending_recommend
{
- pressures > 0:
    I'll recommend it. The software, not the Friday. # speaker: buyer # mood: guarded
- pressured_before:
    I'll recommend it. You were straight with me today. I haven't forgotten the other time, mind. # speaker: buyer # mood: neutral
- else:
    Yes. I'll recommend it on the 9th. # speaker: buyer # mood: warm
}
{ knows_board:
    Bring me numbers I can check in three months: missed visits, and carers who stay. I'll do the rest. # speaker: buyer
- else:
    What's missing is the proof. Show me a real week planned properly, and I'll put my name to it. # speaker: buyer
}
{ told_timeline:
    And put the four months in writing, so nobody's surprised in March. Least of all Helen. # speaker: buyer # mood: warm
}
{ agrees_to(full_contract, 3):
    { gave_discount:
        Helen signs on Friday, inside your quarter, with Nadia's recommendation stapled to the front.
    - else:
        Helen doesn't wait for the 9th. She rings the chair, reads him Nadia's email, and the contract comes back signed on Thursday night.
    }
- else:
    It goes to the board on the 9th, nine days into next quarter, with Nadia's recommendation on the front. Your manager calls it a slip.
}
{ six_weeks:
    Helen's row fourteen still says March. In March, that will be your problem.
}
{ phased:
    Two patches, not six. The rest are pencilled in for the autumn, in Nadia's handwriting.
}
{ offered_hold:
    The renewal clause now says the price holds. Nadia has initialled it twice.
}
That afternoon she sends a photo of the whiteboard. One column now says LANECRAFT.
-> END

=== ending_not_yet
{ pressured_before or pressures > 0:
    Not yet. And I'm not sure you're the one I'd tell. # speaker: buyer # mood: cold
- else:
    Not yet. You'd like it by Friday. I can hear it in your voice. # speaker: buyer # mood: guarded
}
{gave_discount:Fifteen percent or not, this|It} goes to the board on the 9th. We'll be in touch after. # speaker: buyer
{ agrees_to(full_contract, 3):
    Helen, it turns out, is less sentimental. On Thursday she gets the chair to sign it off by email, and copies Nadia in. Nadia replies to nobody.
- else:
    The quarter closes without Brightwell. The next email comes from Helen, and it asks for your best and final price.
}
-> END

=== ending_no_rush
{
- gave_discount:
    Thanks. But you can't un-say Friday. # speaker: buyer # mood: guarded
    { agrees_to(full_contract, 3):
        Helen signs on Friday anyway. Nadia's thank-you email is one line long.
    - else:
        Helen decides the board should see it after all, and the quarter closes without Brightwell. Nadia's email about it is one line long.
    }
- trust() >= ASK_READY:
    { pressured_before:
        Last time it was all Fridays with you. Noted. # speaker: buyer # mood: neutral
    - else:
        I nearly asked you to go away and come back after the 9th. You got there first. # speaker: buyer # mood: warm
    }
    { knows_board:
        I'll take it to the board with missed visits and carers staying on the front page. # speaker: buyer
    }
    { agrees_to(full_contract, 3):
        Helen doesn't wait for the 9th after all. She rings the chair from the car park, and the contract comes back signed on Thursday night.
        Nadia forwards it to you with one line on top: "You said there was no rush. There wasn't."
    - else:
        It goes to the board on the 9th, nine days into next quarter. Your manager calls it a slip, then a lesson, then a slip again.
    }
- else:
    Fine. We'll see what the board says on the 9th. # speaker: buyer # mood: neutral
    { agrees_to(full_contract, 3):
        Helen, who has a budget to spend before anyone changes it, doesn't wait for the board. On Thursday the chair signs it off from his phone, and Brightwell lands inside your quarter.
        Nadia's email about it is addressed to Helen, and copies you in.
    - else:
        The quarter closes without Brightwell. Helen's email after the board asks for one more call, "to tidy up the numbers".
    }
}
-> END
