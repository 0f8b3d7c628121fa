INCLUDE include/contract.ink
# title: Something for the Board
# persona: gareth_pryce
# stage: proposal

// Gareth wants "the full design, with the numbers, so I can show the board".
// You suspect it is going to a tender where a cheaper rival will build it.
// Flags below steer text only.
VAR shared_all = false        // you handed over the route-by-route design
VAR drew_the_line = false     // you said what you would and would not share
VAR tender_admitted = false
VAR big_bang = false
VAR pilot = false
VAR presenting = false
VAR briefed_him = false
VAR board_yes = false         // the model's answer when you asked for the decision
-> arrival

// What a signature here would be: the one-branch pilot is a trial; otherwise the whole contract.
=== function gareth_offer()
{ pilot:
    ~ return trial
}
~ return full_contract

=== arrival
Dunmore's head office, up the stairs from the Bridgend branch. The meeting room looks out over the timber racks, and there's a framed photo of the first Dunmore lorry on the wall.
{ meetings_before > 2:
    Sit down, sit down. You've been here so often Bethan's put you on the Christmas card list. # speaker: buyer # mood: warm
- else:
    Sit down, sit down. Bethan's promised Welsh cakes, so this is an important meeting. # speaker: buyer # mood: warm
}
{ pressured_before:
    And none of your "this week only" today, mind. I'm still getting stick for the last one. # speaker: buyer # mood: neutral
}
{
- (broken ? send_case_study) or (broken ? intro_reference):
    Not that I'm keeping score, but that thing you were going to send me never came. # speaker: buyer # mood: neutral
- (kept ? send_case_study) or (kept ? intro_reference):
    That stuff you sent me was handy, by the way. Huw read it. Huw doesn't read anything. # speaker: buyer # mood: warm
}
{ is_client:
    Swansea's happy with your planner, so you're not starting from nothing. Don't tell Bethan I said that. # speaker: buyer
}
{ promised ? pilot_plan:
    And you said you'd bring a plan for starting at one branch. I've told Bethan it's coming. # speaker: buyer # mood: warm
}
-> the_design

=== the_design
Right. The board meets on the twentieth, so I need the full design. Which branch covers which postcodes, the routes, which lorry goes where. With the numbers. # speaker: buyer # mood: neutral
Everything, so I can show the board. # speaker: buyer # mood: warm # discuss: Gareth wants your full design to show his board. What would you hand over now, what would you keep back, and how would you say so?
On his desk, half under a mug, is a form with a procurement logo on it. You can't read the rest upside down.
* [Promise him the whole design by Friday, numbers and all # move: close # principle: other-focus]
    ~ close_move(1)
    ~ shared_all = true
    Consider it done. The postcode map, every route, the savings branch by branch. You'll have it Friday. # speaker: you
    Friday! Champion. I said to Huw, they're good, this lot. # speaker: buyer # mood: pleased
    You start working out when you'll sleep.
* [Tell him what you'll share before he commits, and what you won't # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    ~ drew_the_line = true
    I'll be straight with you. For the board, you'll get the problem, the size of the saving, and how we'd get there. # speaker: you
    The route-by-route design is the work itself. That comes once you've chosen us. I'd rather say so now than be cagey later. # speaker: you
    Oh. Right. Bit cloak and dagger, isn't it? # speaker: buyer # mood: guarded
    He glances at the form under his mug, and moves the mug.
    No, fair enough. I don't give a builder trade prices before he's opened an account. # speaker: buyer # mood: neutral
* [Ask him plainly whether this is going to tender # move: ask # principle: transparency]
    ~ ask_move(1)
    Can I ask you something plainly first? Is this going out to tender? # speaker: you
    { trust() >= ASK_READY:
        ~ tender_admitted = true
        He puffs out his cheeks.
        ...Carys in procurement. Anything over fifty grand goes to three quotes. I was going to tell you. Probably. Eventually. # speaker: buyer # mood: guarded
        But you're the one who's actually been out in our yard. That counts for something with me. # speaker: buyer # mood: warm
    - else:
        Tender? Duw, no. Well. Procurement like to have a look at things. It's mostly for the board. # speaker: buyer # mood: warm
        He smiles, and slides the form a little further under the mug.
    }
- -> the_start

=== the_start
And Huw will ask how we'd start. We can't switch twelve branches over at once. # speaker: buyer # mood: neutral
Spring's bedlam. Every builder in South Wales wants his blocks yesterday. # speaker: buyer
{ promised ? pilot_plan:
    Which is where your plan comes in, I'm hoping. # speaker: buyer # mood: warm
    The pilot plan is in your bag: three pages, finished at one o'clock this morning. It would make this a one-branch deal for a quarter.
- else:
    Your order form, already filled in, says TWELVE BRANCHES in the box for sites.
}
* [Pitch all twelve branches at once: the board sees the full saving # move: close # principle: long-term]
    ~ close_move(1)
    ~ big_bang = true
    { promised ? pilot_plan:
        ~ break_promise(pilot_plan)
        You leave the pilot plan in your bag.
    }
    Honestly? Do all twelve in one go. One go-live, one training fortnight, and Huw sees the whole saving in year one instead of a trickle. # speaker: you
    { broken ? pilot_plan:
        The whole saving. Lovely. And the one-branch plan? # speaker: buyer # mood: neutral
        Overtaken by events. This is better for you. # speaker: you
        Right you are, then. # speaker: buyer # mood: neutral
    - else:
        The whole saving in year one. Huw likes a big number. # speaker: buyer # mood: pleased
    }
* [Propose starting at one branch, with a plan for how # move: relate # principle: collaboration]
    ~ earn_credibility(1)
    ~ push_deal(-1)
    ~ pilot = true
    { promised ? pilot_plan:
        ~ keep_promise(pilot_plan)
        Start at one branch. Here's the plan I promised you. # speaker: you
        You put three pages on the table: twelve weeks at Llanelli, who does what each week, and what counts as working before anyone says it is.
        It's written for doing it with us. Use it to hold us to it. # speaker: you
        You actually brought it. Bethan's going to frame this. # speaker: buyer # mood: warm
    - else:
        ~ make_promise(pilot_plan)
        Start at one branch. Twelve weeks, somewhere with bad mornings. If it doesn't work, you stop, and you've lost a quarter, not a year. # speaker: you
        It's a smaller order for me, I know. I'll write you the plan for it before the board meets: who does what each week, and what counts as working. # speaker: you
        Llanelli, then. If it survives Llanelli, it'll survive anything. # speaker: buyer # mood: warm
    }
- -> the_board

=== the_board
Bethan comes in with a plate of Welsh cakes, and takes two on her way out.
Now, the board. Don't you worry about that. I'll present it. I know how to talk to Huw. # speaker: buyer # mood: warm # discuss: Gareth offers to present your work to his board himself. What could be lost if you let him, and is it fair to ask to be in the room?
* [Let him present, and send him slides with every number in # move: close # principle: collaboration]
    ~ close_move(1)
    ~ shared_all = true
    { drew_the_line:
        Fair enough, you know them. And forget what I said earlier. I'll build you a deck with every route and every saving, branch by branch. # speaker: you
    - else:
        Fair enough, you know them. I'll build you a deck with every route and every saving, branch by branch. Lift whatever you need. # speaker: you
    }
    Less work for me. I like you more every week. # speaker: buyer # mood: pleased
* [Ask for twenty minutes in front of the board yourself # move: ask # principle: collaboration]
    ~ ask_move(1)
    Could I have twenty minutes with the board myself? Not to pitch. So when Huw asks the awkward question, the person who can answer it is in the room. # speaker: you
    { trust() >= ASK_READY:
        ~ presenting = true
        Twenty minutes. # speaker: buyer # mood: neutral
        ...Huw does hate slides he can't argue with. Go on, then. Half nine on the twentieth. Bring your own clicker; ours is held together with tape. # speaker: buyer # mood: warm
    - else:
        Ah, no. Huw doesn't have suppliers in the boardroom. Family firm; he's funny like that. # speaker: buyer # mood: neutral
        Just send me the slides and I'll do you proud. # speaker: buyer # mood: warm
    }
* [Offer him an hour beforehand to rehearse Huw's questions # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    ~ briefed_him = true
    Then let me give you an hour before the twentieth. We'll go through every question Huw's going to throw at you, so you're not up there on your own. # speaker: you
    You'd do that? On your own time? # speaker: buyer # mood: warm
    Only if Bethan does more Welsh cakes. # speaker: you
- -> the_next_step

=== the_next_step
Your phone buzzes against the table. Your manager: "Can I call Dunmore for this quarter? Yes or no." # sfx: phone-buzz
{ shared_all:
    Gareth pats the proposal like a dog that's done well.
- else:
    Gareth brushes crumbs off the proposal.
}
Lovely. So what happens now, then? # speaker: buyer # mood: warm
* [Tell him this price is only good this week # move: close # principle: long-term]
    ~ close_move(2)
    One thing you should know. This price is only good this week; it's our quarter end. Sign before Friday and it's locked in. # speaker: you
    -> ending_this_week
* [Ask what happens if the board says yes, and whether you'll hear first if it goes to quotes # move: ask # principle: transparency]
    ~ ask_move(1)
    Straight question. If the board says yes on the twentieth, do we sign that week? # speaker: you
    { tender_admitted:
        And when Carys gets her three quotes, will you tell me first, before anything of mine goes in a tender pack? # speaker: you
    - else:
        And if it goes out to quotes, will you tell me first, before anything of mine goes in a tender pack? # speaker: you
    }
    ~ board_yes = agrees_to(gareth_offer(), 1)
    { trust() >= ASK_READY:
        -> ending_committed
    }
    -> ending_laughed_off
* [Tell him to take his time with the board; there's no rush # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    Take your time with the board. Let Huw pull it apart. There's no rush from my side. # speaker: you
    That's good of you. Honestly, that's a weight off. # speaker: buyer # mood: warm
    -> ending_no_rush

=== ending_this_week
{ agrees_to(gareth_offer(), 1): -> signed_this_week }
{ pressured_before:
    Gareth laughs, but not for long.
    There it is again. You're like my brother-in-law with his caravan: every week's the last week. # speaker: buyer # mood: neutral
    I'll pass it to Carys. She does the tenders. # speaker: buyer # mood: guarded
    -> tender_pack
}
This week? Bless you. Nothing at Dunmore happens in a week. The board doesn't meet till the twentieth. # speaker: buyer # mood: neutral
It'll have to go to Carys in procurement. She'll want a couple of other prices anyway. # speaker: buyer
-> tender_pack

= signed_this_week
{ pressured_before:
    There it is again. Every week's the last week with you. # speaker: buyer # mood: neutral
    Still. Huw does love a bargain. Let me have a word. # speaker: buyer # mood: neutral
- else:
    This week? Ooh. Let me have a word with Huw. # speaker: buyer # mood: pleased
}
Huw signs on Thursday{pilot:, for a Llanelli pilot first|, for all twelve branches}. Your manager writes DUNMORE on the team whiteboard, in red, and underlines it.
{
- shared_all:
    In the spring, Carys from procurement emails. A firm from Bristol has offered to "look after the Dunmore route design" for half your support fee. Can you match it? It is your design. # mood: guarded
- big_bang:
    Go-live week, four branches go wrong at once. Gareth spends it on the phone to branch managers, very politely, and not to you. # mood: guarded
- else:
    At the kick-off, Gareth tells the story of your Friday price to the whole room. He tells it as a joke. # mood: neutral
}
-> END

=== ending_committed
Fair question. # speaker: buyer # mood: neutral
He looks at the procurement form, then at you, and puts the mug down on top of it.
If Huw says yes on the twentieth, I'll sign{pilot: the pilot} that week. # speaker: buyer # mood: warm
{ tender_admitted:
    Carys can have her three quotes for the file, after. I'll tell her we've got a preferred supplier, and she can shout at me. # speaker: buyer
- else:
    And if procurement want quotes, you'll hear it from me first. Before anything of yours goes anywhere. # speaker: buyer
}
{ presenting:
    And you're in the room on the twentieth, so Huw's awkward questions are all yours. # speaker: buyer # mood: pleased
}
{
- kept ? pilot_plan:
    Bethan has your pilot plan pinned up in the transport office before you've reached your car.
- pilot:
    Just get me that plan before the twentieth. Huw will want to see it on paper. # speaker: buyer
- broken ? pilot_plan:
    And next time you say you'll bring something, bring it, is it? # speaker: buyer # mood: neutral
}
{ board_yes:
    On the twentieth Huw says yes in eleven minutes, and Gareth signs{pilot: the pilot} the same week, just inside your quarter. Your manager asks what you did differently. You say: asked.
- else:
    On the forecast call you put Dunmore down for next month, not this one. It's the first number you've believed all quarter.
}
-> END

=== ending_laughed_off
Gareth laughs.
Now you sound like {tender_admitted:Carys|our procurement lot}. Let's see what the board says first, is it? # speaker: buyer # mood: neutral
{ shared_all:
    And I'll still have that design off you, mind. # speaker: buyer # mood: warm
}
{ board_yes:
    The board says yes on the twentieth, to nobody's surprise more than Gareth's. He signs{pilot: the pilot} that week, inside your quarter, and rings to ask when the design is coming.
    -> END
}
-> tender_pack

// You never asked; whether the board goes straight to a signature is Gareth's and Huw's to decide.
=== ending_no_rush
{ briefed_him:
    Your hour with Gareth goes well. He asks good questions, and writes your answers down word for word.
}
{ agrees_to(gareth_offer(), 1):
    { briefed_him:
        After the board, he rings you, sounding very pleased with himself. "Huw asked every question you said he would, in the same order. Yes before the Welsh cakes went round." # sfx: phone-buzz
    - else:
        After the board, he rings you, sounding slightly surprised. "Huw's said yes. No quotes, either: he says Carys has enough spreadsheets." # sfx: phone-buzz
    }
    No rush, you said. Huw took that as a challenge. I'll sign{pilot: the pilot} this week. # speaker: buyer # mood: pleased
    Gareth signs on the Friday, inside your quarter. Bethan posts you a Welsh cake, which arrives in three pieces.
    -> END
}
{ trust() >= ASK_READY:
    After the board, he rings you, sounding genuinely sorry. "They loved it. Huw wants to test the market. Nothing personal." # sfx: phone-buzz
- else:
    After the board, a two-line email. "Great feedback! Next steps to follow." # sfx: notification
}
-> tender_pack

=== tender_pack
{ shared_all:
    Three weeks later the tender pack arrives. Appendix B, "Proposed route design", is yours, down to the last postcode. The logo has been cropped off. # sfx: notification
    A firm from Bristol bids to build it for a third less.
- else:
    Three weeks later the tender pack arrives. It asks every bidder to describe their approach. # sfx: notification
    { drew_the_line or pilot:
        Yours is the only bid that names a branch, and says what Dunmore would have to change. It stands out a mile.
    - else:
        Three other firms describe theirs. Yours is good. So are theirs, and theirs are cheaper.
    }
}
-> END
