INCLUDE include/contract.ink
# title: Four Hours a Night
# persona: priya_raman
# stage: first-meeting

// You sell Lanecraft route-planning software. Flags below steer text only.
VAR saw_real_problem = false
VAR overclaimed = false
VAR quoted_number = false
VAR pushed_price = false
-> arrival

=== arrival
Harwood Chilled Freight, the depot office. Forty fridge trailers in the yard and a kettle nobody is watching.
Sorry. A driver's rung in sick and the Leeds run goes in twenty minutes. You're the Lanecraft person? # speaker: buyer # mood: neutral
Behind her, a framed photo: Priya at the tiller of a small boat, soaked and grinning. Her coffee has grown a skin.
* [Ask about the sailing photo # move: close # principle: other-focus]
    ~ close_move(1)
    Is that you on the boat? That looks like proper weather. # speaker: you
    Ha! Windermere, last August. We came last, but the right way up. # speaker: buyer # mood: pleased
* [Ask whether now is still a good time # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    You've clearly got a morning on. Is this still a good time, or shall I come back? # speaker: you
    Honestly? No. But you've driven out here, so you get twenty minutes. # speaker: buyer # mood: neutral
    She turns her phone face down on the desk.
- -> the_brief

=== the_brief
Here's the problem. Dev and one other planner build tomorrow's routes every evening, in a spreadsheet. It takes four hours. # speaker: buyer
My MD wants that down to minutes. He's seen your adverts. # speaker: buyer # mood: neutral
* [Open the laptop and show her the auto-planner # move: close # principle: collaboration]
    ~ close_move(1)
    Then let me show you this. Two hundred drops for a haulier your size, planned in about ninety seconds. # speaker: you
    Okay. That's quite something. Dev would weep. # speaker: buyer # mood: pleased
* [Ask what happens to the plan once it leaves the office # move: relate # principle: collaboration]
    ~ earn_intimacy(1)
    ~ saw_real_problem = true
    What happens to the plan once it leaves this office? # speaker: you
    It goes to the drivers. That's rather the point of a plan. # speaker: buyer # mood: annoyed
    And by ten it's wrong. A dock runs late, someone's stuck on the M62, and Dev redoes it by phone. # speaker: buyer # mood: guarded
    So drivers meant to finish at four get home at nine. I've lost seven since March. # speaker: buyer # mood: guarded
- -> the_trackers

=== the_trackers
Before we go any further: our lorries run Trakkor boxes, ten years old. The last vendor couldn't read them. # speaker: buyer # mood: guarded # discuss: You have never heard of Trakkor. Is saying so a weakness in a first meeting, or the most credible thing you can say?
You have never heard of Trakkor. Your slides say Lanecraft connects to all the major trackers.
* [Tell her most customers are connected within a week # move: close # principle: transparency]
    ~ close_move(1)
    ~ overclaimed = true
    Trackers are what our integrations team does all day. Most customers are live within a week. # speaker: you
    Good. That's exactly where the last lot fell over. # speaker: buyer # mood: pleased
* [Say you don't know that model, and offer to find out # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ make_promise(intro_reference)
    I don't know Trakkor, and I'd rather find out than guess. If a customer of ours runs them, I'll put you in touch. # speaker: you
    Hm. The last one said yes and meant no, so that's progress. # speaker: buyer # mood: neutral
- -> the_number

=== the_number
Last thing. If I take this upstairs, Graham will ask what it's worth. Give me a number. # speaker: buyer # mood: neutral # discuss: She has asked for a number. What would you tell her, and what would you want to know first?
* [Give her the headline: 18% fewer miles, payback inside a year # move: close # principle: other-focus]
    ~ close_move(1)
    ~ quoted_number = true
    Across our customers, about eighteen percent fewer miles. On eighty vehicles that pays back inside a year. # speaker: you
    Eighteen percent. Graham will like that. # speaker: buyer # mood: pleased
    She writes 18% on her pad and underlines it twice.
* [Ask how she'll judge, a year from now, whether it was worth it # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    I can give you our brochure figure. But a year from now, how would you know this had been worth it? # speaker: you
    I was rather hoping you'd tell me that. # speaker: buyer # mood: annoyed
    { saw_real_problem:
        Honestly? Keeping drivers. If they got home when the rota said, I'd live with four hours of planning. # speaker: buyer # mood: warm
    - else:
        ...Fine. Drivers home when we said they'd be. I've lost seven since March, and the spreadsheet's only part of why. # speaker: buyer # mood: guarded
        ~ saw_real_problem = true
    }
* [Offer a write-up from a similar haulier instead of a figure # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ make_promise(send_case_study)
    I'd rather not hand you a brochure number to defend. Let me send you a write-up from a haulier your size, including what didn't work. # speaker: you
    What didn't work? Now that I'd actually read. # speaker: buyer # mood: neutral
- -> the_doorway

=== the_doorway
A knock, and a man in a fleece leans round the door. # sfx: door-knock
Sorry, Priya. Marek's broken down on the A59 and Fenwick's want their chilled by eleven. # speaker: Dev (her planner)
Right. I've got to go and play Tetris with lorries. What do you need from me? # speaker: buyer # mood: neutral # discuss: She is in a hurry and asks what you need. What would you ask for, and why?
* [Mention the quarter-end price on the planning module # move: close # principle: long-term]
    ~ close_move(2)
    ~ pushed_price = true
    One thing. Sign for the planning module by the thirtieth and I can do our quarter-end price: thirty percent off. # speaker: you
    Thirty percent? # speaker: buyer # mood: pleased
    She stops with one hand on the door handle.
    { agrees_to(module, 1): -> ending_small_deal }
    -> ending_tender
* [Ask for an hour with her team next week # move: ask # principle: collaboration]
    ~ ask_move(1)
    { saw_real_problem:
        Could I have an hour next week with Dev and two of your drivers? I'd like to see where the day goes wrong. # speaker: you
    - else:
        Could I have an hour next week with you and Dev, to go through the planning properly? # speaker: you
    }
    { trust() >= ASK_READY:
        -> ending_working_session
    }
    -> ending_tender
* [Tell her to go, and say you'll follow up by email # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    Go, honestly. I'll email you a summary tonight, and you can tell me what I got wrong. # speaker: you
    -> ending_stall

=== ending_working_session
{ saw_real_problem:
    The drivers? Not the spreadsheet? # speaker: buyer # mood: neutral
    Thursday, seven, before the first wave goes out. Bring bacon rolls and they'll talk till lunch. # speaker: buyer # mood: warm
- else:
    Thursday at ten. Show Dev what you showed me and we'll see if it survives him. # speaker: buyer # mood: neutral
}
{ overclaimed:
    And bring your integrations person. You said a week for the Trakkor boxes; I'd like to hear them say it. # speaker: buyer # mood: guarded
}
{ saw_real_problem:
    In the car park you write THURSDAY: DRIVERS on your pad, and underline the second word.
- else:
    In the car park you write THURSDAY: DEMO on your pad. It feels like progress.
}
-> END

=== ending_small_deal
Send it over today. Planning module only, for a year, and then we'll see. # speaker: buyer # mood: neutral
{ overclaimed or quoted_number:
    I've told Graham {quoted_number:eighteen percent|it'll read the Trakkor boxes in a week}. Don't make me a liar. # speaker: buyer # mood: guarded
}
It is signed by Friday, the fastest deal on your team this quarter.
When you suggest a catch-up in the new year, her assistant replies that all contact should go through procurement.
-> END

=== ending_tender
{ pushed_price:
    Thirty percent's nice, but I can't sign for something Graham hasn't seen. Put it in writing; it'll go in the spring tender. # speaker: buyer # mood: neutral
- else:
    { agrees_to(trial, 1):
        An hour? I haven't got an hour till Easter. Send me a trial instead, and Dev can try to break it himself. # speaker: buyer # mood: neutral
        The trial agreement comes back signed on Friday, with DEV TO TEST written across the top in marker.
        -> END
    }
    I'll be straight with you, I've got three of you lot to see. We'll probably run a tender in the spring. # speaker: buyer # mood: guarded
}
Three weeks later a procurement portal sends you a login and a sixty-question spreadsheet.
{ overclaimed:
    Question fourteen asks, in capitals, about Trakkor compatibility.
}
-> END

=== ending_stall
Thanks. Really. # speaker: buyer # mood: warm
{ agrees_to(trial, 1):
    Her reply comes next morning. Graham has read your summary and wants the planning module on trial: "Send me whatever I have to sign." # sfx: notification
    It is signed before the quarter is out, and Dev rings to ask where the manual is.
    -> END
}
{ intimacy >= 5:
    Her reply comes next morning: friendly, grateful, and with no date in it. "Let's pick this up when things calm down." # sfx: notification
- else:
    Her reply comes next morning, two lines long. "Thanks, will be in touch." # sfx: notification
}
Things at Harwood do not calm down.
-> END
