INCLUDE include/contract.ink
# title: The Last Vendor
# persona: nadia_hussain
# stage: first-meeting

// You sell Lanecraft scheduling software: at Brightwell it would plan carers'
// visits. Nadia once bought a rostering system from a salesman who sold hard
// and delivered nothing, and she is watching for the same moves.
// Flags below steer text only.
VAR scripted = 0            // moves from the playbook she has sat through today
VAR heard_story = false     // she told you what went wrong with Rosterline
VAR saw_the_fix = false     // you watched the coordinators solve a real morning
VAR claimed_month = false   // you told her "results within a month"
VAR admitted = false        // you admitted you don't know what CQC look for
-> arrival

=== arrival
Brightwell Home Care: two rooms above a carpet shop. Phones in the next room, and a whiteboard the length of the wall, thick with coloured magnets.
{
- pressured_before:
    Nadia. We've met. I remember how that went, so let's keep this short. # speaker: buyer # mood: cold
- referred:
    Nadia. I'm told you're one who listens. We'll see. You've got till half ten. # speaker: buyer # mood: guarded
- else:
    Nadia. You've got till half ten. Then I've forty calls to move for tomorrow. # speaker: buyer # mood: guarded
}
On the shelf behind her, a glass award: ROTA PLANNER OF THE YEAR, NORTH WEST. HIGHLY COMMENDED.
Page one of your sales playbook: open with a sincere personal compliment.
* [Compliment her on the award # move: close # principle: other-focus]
    ~ close_move(1)
    ~ scripted += 1
    Is that yours? Planner of the year. That's quite something. # speaker: you
    { pressured_before:
        Highly commended. You admired it last time, too. # speaker: buyer # mood: guarded
    - else:
        Highly commended. The winner had a bigger budget. # speaker: buyer # mood: pleased
        She turns it a little so the engraving faces you. Then she notices herself doing it, and stops.
    }
* [Ask what you're looking at on the whiteboard # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ push_deal(-1)
    Sorry, can I ask what I'm looking at? The board. # speaker: you
    Tomorrow. Every magnet's a carer, every column's a run. Red means a double-up: two carers, one hoist, same minute. # speaker: buyer # mood: neutral
    She moves a yellow magnet two columns along without looking.
    That's Dawn. Her car's in the garage, so she's walking the town-centre calls. # speaker: buyer
    That was five of your minutes, by the way. # speaker: buyer
- -> the_last_vendor

=== the_last_vendor
You open your laptop. She looks at it the way you'd look at a dog that has bitten you before.
Before you start. The last company in that chair sold us Rosterline. # speaker: buyer # mood: guarded
Three-year contract. We're in year two. The coordinators stopped opening it in the first month. # speaker: buyer # discuss: She has told you about the last vendor. Is this the moment to show her you're different, or to find out what "different" would have to mean?
* [Show her how Lanecraft plans a week, so she can see the difference # move: close # principle: collaboration]
    ~ close_move(1)
    ~ scripted += 1
    Then let me show you why this isn't Rosterline. Two minutes. # speaker: you
    A made-up town, two hundred carers, a week of visits. One click, and the week builds itself in forty seconds: double-ups in red, travel in grey.
    ...It kept the double-ups together. # speaker: buyer # mood: pleased
    Rosterline used to send one carer to the hoist and the other to Chorley. # speaker: buyer
* [Ask what went wrong with it, and leave the laptop shut # move: relate # principle: collaboration]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    ~ heard_story = true
    What went wrong with it? The laptop can wait. # speaker: you
    She looks at you for a moment, checking for the catch.
    I never met their salesman. He had lunch with Marcus, our director, twice, and I got a login. # speaker: buyer # mood: guarded
    It planned travel as the crow flies. Our crows don't have to get over the canal. # speaker: buyer
    First week, it sent one carer to a double-up. Mr Aldridge waited forty minutes in bed for the second. # speaker: buyer
    So the coordinators went back to the board. I'd have done the same. # speaker: buyer # mood: neutral
- -> the_interruption

=== the_interruption
A knock. A woman in a lanyard leans round the door, phone pressed to her shoulder. # sfx: door-knock
Sorry, Nadia. Shaz has rung in sick. That leaves the twelve o'clock double-up at Mrs Kowalski's with one carer. # speaker: Kerry (coordinator)
Nadia is already on her feet, reading the board.
Give me two minutes. # speaker: buyer # mood: neutral # discuss: Her morning has just gone wrong in front of you. Is this a chance to show the product, or a chance for something else?
* [Show them how Lanecraft would find cover in seconds # move: close # principle: other-focus]
    ~ close_move(1)
    ~ scripted += 1
    This is exactly what it's for. Mark Shaz as sick and it finds the cover. Look. # speaker: you
    You turn the laptop round. In the made-up town, a made-up carer gets a green tick.
    Ooh. Does it ring them for you as well? # speaker: Kerry (coordinator)
    It's quicker than us, I'll give it that. # speaker: buyer # mood: pleased
    Then she sends Kerry back to the phone to find a real one.
* [Close the laptop and watch how they solve it # move: relate # principle: collaboration]
    ~ earn_intimacy(1)
    ~ saw_the_fix = true
    You close the laptop and keep quiet.
    It takes them ninety seconds. Tony finishes early at the Grange, Dawn moves her lunch, and someone rings Mrs Kowalski's daughter.
    Tony's not down as hoist-trained anywhere. He did the course in May. # speaker: buyer # mood: neutral
    That's the thing these systems never know. # speaker: buyer
* [Offer to wait outside while they sort it out # move: relate # principle: other-focus]
    ~ serve_self(-1)
    ~ push_deal(-1)
    I'll get out of your way. Shout when you're ready. # speaker: you
    You spend eleven minutes on the landing, between a fire extinguisher and a box of gloves.
    Sorry. That was your demo time gone. # speaker: buyer # mood: neutral
- -> the_two_questions

=== the_two_questions
{ scripted >= 3:
    She sits down again and looks at you the way she looked at the laptop.
}
If I took this to Marcus, he'd ask two things. First, how long before it makes a difference. # speaker: buyer # mood: neutral
Second, will it stand up when CQC come. Last time they asked why Mrs Begum had nineteen different carers in a month. # speaker: buyer
You know route planning. About CQC you know only that people lower their voices when they say it.
* [Tell her most care providers see results within a month # move: close # principle: transparency]
    ~ close_move(1)
    ~ scripted += 1
    ~ claimed_month = true
    Most care providers we work with see results within a month. And continuity's a setting: same faces, same clients. # speaker: you
    A month. Marcus would like a month. # speaker: buyer # mood: pleased
    She writes ONE MONTH on her pad. Underneath, smaller, she writes: Rosterline, three weeks.
* [Admit you don't know what CQC look for, and ask her # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ admitted = true
    Honestly? I don't know what CQC look for in a rota, and I'd rather not guess in front of you. What did they want? # speaker: you
    You're the first one who's asked. # speaker: buyer # mood: neutral
    The same faces for the same people. Proof the carers get paid for their travel. And nobody's visit cut short to make a run fit. # speaker: buyer
    { heard_story:
        Rosterline thought fifteen minutes was fifteen minutes. Mr Aldridge lives up four flights. # speaker: buyer
    }
    Then I can't tell you how long yet. Not till I've seen a real week. # speaker: you
    That's a worse answer for Marcus. It's a better one for me. # speaker: buyer # mood: warm
- -> the_next_step

=== the_next_step
Through the wall, Kerry: "No, Tony, the other Mrs Kowalski."
It's twenty-five past. So what happens now? # speaker: buyer # mood: neutral # discuss: She asks what happens next. Who would you want to see next, and why them?
* [Ask her to introduce you to Marcus, since the budget is his # move: close # principle: collaboration]
    ~ close_move(2)
    Could you introduce me to Marcus? If the budget's his, it saves you carrying this upstairs. # speaker: you
    -> ending_marcus
* [Offer to spend a morning with Kerry and the coordinators first # move: relate # principle: collaboration]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    Before anyone talks about price, could I sit with Kerry's team for a morning? From six, when the sick calls start. # speaker: you
    -> ending_coordinators
* [Ask her to send you one real week to plan # move: ask # principle: collaboration]
    ~ ask_move(1)
    Would you send me one real week? I'll plan it our way, and you tell me where it's wrong. # speaker: you
    { trust() >= ASK_READY: -> ending_real_week }
    -> ending_brochure

=== ending_marcus
She puts her pen down.
{ heard_story:
    I've just told you what happened the last time someone went to Marcus. # speaker: buyer # mood: cold
- else:
    Marcus. Everyone gets round to Marcus in the end. # speaker: buyer # mood: cold
}
His PA does his diary. I'll send you her email. # speaker: buyer
Marcus replies within the hour and books lunch at the Italian on the corner. {claimed_month:He loves the one-month figure.|He's very keen.}
Nadia is copied in. She doesn't reply, and she doesn't come to lunch.
-> END

=== ending_coordinators
{ trust() >= ASK_READY:
    Six o'clock? Nobody's ever volunteered for six o'clock. # speaker: buyer # mood: warm
    Bring your own mug. The kitchen ones have tea in the glaze. # speaker: buyer
- else:
    The coordinators. Right. Kerry will enjoy an audience. # speaker: buyer # mood: neutral
}
{ claimed_month:
    Tell them the one-month thing. They could do with a laugh. # speaker: buyer # mood: guarded
}
Tuesday, six a.m. The first sick call comes at four minutes past. By eight you have four pages of notes, and none of them is about software.
{ saw_the_fix:
    One line is underlined twice: TONY IS HOIST-TRAINED. WHO ELSE IS, THAT NOBODY WROTE DOWN?
}
{ trust() >= ASK_READY:
    A fortnight later, Marcus hears about you. From Kerry.
- else:
    Nadia's thank-you email is two lines long, and says she'll be in touch when budgets are set.
}
-> END

=== ending_real_week
{ heard_story or saw_the_fix:
    One real week. I'll send you last week, then. The bad one. # speaker: buyer # mood: pleased
- else:
    Fine. One week. If it sends anyone to Chorley, we're done. # speaker: buyer # mood: neutral
}
It arrives at eleven that night: four hundred visits in a spreadsheet, with tabs called HOIST, NO DOGS and NOT GARY. # sfx: notification
{ admitted:
    At the bottom she has typed: "You asked about CQC. Column M is why."
- else:
    At the bottom she has typed: "Don't make it pretty. Make it right."
}
-> END

=== ending_brochure
I'll think about it. Leave me something to read. # speaker: buyer # mood: guarded
{ scripted >= 3:
    She says it the way you'd say it to someone selling double glazing on the doorstep.
}
You email her that afternoon. A week later: "Thanks. We'll review our options when Rosterline ends."
Rosterline has fourteen months to run.
-> END
