INCLUDE include/contract.ink
# title: The Button Nobody Presses
# stage: review

// A client between milestones. Lanecraft's usage report shows the office
// quietly stopped using the automatic re-plan, the feature the deal was sold
// on, and the buyer does not know. The fix is a setting Lanecraft never
// switched on. Telling them embarrasses somebody; not telling them lets the
// account go soft before renewal. Flags steer text only.
VAR hid_it = false
VAR showed_report = false
VAR met_kez_first = false
VAR sold_package = false
VAR switched_on = false
VAR week_of_it = false
VAR pushed_seats = false
VAR trimmed = false
-> the_report

=== the_report
~ temp to_go = renewal_quarter - quarter
A check-in at {buyer_company}. Coffee comes in the good mugs, which is either a compliment or a trap.
The usage report came through this morning. The re-plan button, the one in every demo you have ever given, was pressed four hundred and twelve times in its first month here. Thirty-one in its second. Not once since.
Usage dip at {buyer_company}! Perfect moment for the Adoption Package. # speaker: Sam (your manager) # sfx: notification
{
- not is_client:
    It's the pilot's review today, and the pilot's best feature is sitting untouched.
- renewal_quarter > 0 and to_go == 1:
    Renewal is next quarter. A feature nobody touches is exactly the kind of thing procurement finds.
- to_go > 1:
    Renewal is {to_go} quarters away. Features nobody uses have a way of turning up at renewal, usually on a slide with a red border.
- signed_quarter > 0:
    They signed in quarter {signed_quarter}, and the button stopped being pressed not long after.
}
{ has_hook("monday_morning"):
    Still coming in one Monday? The planners have put a chair out for you. Your name's taped to it. # speaker: buyer # mood: neutral
}
{ has_hook("weekend_sync"):
    Kez checks the weekend sync every Monday, like a smoke alarm. Just so you know we're watching. # speaker: buyer
}
{
- pressured_before:
    No selling today, please. I've had my fill of that from the photocopier people. # speaker: buyer # mood: guarded
- LIST_COUNT(broken) > 0:
    I nearly cancelled this, to be honest. The last thing you said you'd do never turned up. # speaker: buyer # mood: guarded
- LIST_COUNT(kept) > 0:
    You've done everything you said you would. That's why you get the good mugs. # speaker: buyer # mood: warm
- else:
    Everything's fine, as far as I know. Nobody's complained, and round here that's a standing ovation. # speaker: buyer # mood: pleased
}
The report is open on your laptop, angled so that only you can see it. # discuss: You know something about the client's own office that the client doesn't. Who should hear it first, and how?
* [Say usage looks healthy, and move on to the next release # move: close # principle: transparency]
    ~ close_move(1)
    ~ hid_it = true
    Usage looks healthy. Logins are up and the app's been stable all quarter. Can I show you what's coming in the next release? # speaker: you
    Go on. I like a new release. It gives me something to tell the board. # speaker: buyer # mood: pleased
    You close the laptop on the report.
* [Turn the laptop round: show them the report, zeros and all # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ showed_report = true
    There's something you should see. The re-plan button, the one we sold you on: four hundred presses in the first month, none since. I don't know why yet. # speaker: you
    None? We're paying for that button. # speaker: buyer # mood: annoyed
    Kez! Have you got a minute? # speaker: buyer
* [Ask for ten minutes with the planners before you talk about any report # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    ~ met_kez_first = true
    Before we go through anything, could I have ten minutes with your planners? I'd rather hear how it's going from the people who use it. # speaker: you
    Suit yourself. Kez runs the planning desk. She'll tell you exactly what she thinks; she always does. # speaker: buyer # mood: neutral
- -> the_planning_desk

=== the_planning_desk
{
- hid_it:
    Kez, the senior planner, puts her head round the door with the biscuit tin.
    Kez, tell our friend from Lanecraft how good the re-plan is. I want a quote for the board. # speaker: buyer # mood: pleased
    Kez looks at you for a long second.
    We don't use it. Not since the second month. # speaker: Kez (senior planner)
    Slowly, {buyer_name} turns round to face you.
    Did you know that? # speaker: buyer # mood: annoyed
    You did. It's in the report you just closed.
- met_kez_first:
    The planning desk: three screens, a kettle, and a whiteboard covered in names and arrows. Kez, the senior planner, doesn't stop typing.
    You're here about the button. # speaker: Kez (senior planner)
    You haven't said a word about the button.
    Nobody from Lanecraft comes down here unless it's about the button. # speaker: Kez (senior planner)
- else:
    Kez, the senior planner, arrives holding a mug and wearing the face of someone summoned.
    Is this about the button? # speaker: Kez (senior planner)
}
Second month, it took one of our regulars off the one person they trust and gave them to somebody new, to save four miles. # speaker: Kez (senior planner)
The customer rang me. Then rang {buyer_name}. Then rang the local paper. # speaker: Kez (senior planner)
So now we re-plan on the whiteboard. It's slower, but it knows who gets on with whom. # speaker: Kez (senior planner)
You know something Kez doesn't. There is a setting that keeps each customer with the {buyer_people} they know, and it was never switched on when they went live. That was Lanecraft's job.
{ met_kez_first:
    Ten minutes later {buyer_name} joins you at the whiteboard, having heard most of it through the door.
}
So. What do we do about it? # speaker: buyer # mood: neutral # discuss: The fix is a setting your own team forgot to switch on, and your manager wants to sell a training package. What do you say?
* [Recommend the paid Adoption Package: two days to get everyone back on it # move: close # principle: other-focus]
    ~ close_move(1)
    ~ sold_package = true
    This is exactly what our Adoption Package is for. Two days on site, everyone retrained, and a usage report every month afterwards. # speaker: you
    Two days of retraining, for a button that upset a customer? # speaker: Kez (senior planner)
    If it gets us using what we pay for, fine. Send it over. # speaker: buyer # mood: neutral
* [Own it: the setting was never switched on. Switch it on now, with Kez # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ switched_on = true
    That's on us. There's a setting that keeps customers with the people they know, and we never switched it on when you went live. Kez, can I show you? It's two clicks. # speaker: you
    It's four clicks and a password nobody can remember, but ten minutes later it's on, and Kez is scrolling through her regulars with a new expression.
    You're telling me it could do this all along. # speaker: Kez (senior planner)
    It could. We should have shown you on the first day. # speaker: you
* [Ask Kez to give the button one more week with the setting on, and to tell you straight # move: ask # principle: collaboration]
    ~ ask_move(1)
    ~ week_of_it = true
    ~ open_hook("button_on_probation")
    There's a setting that keeps customers with the people they know. Would you give the button one week with it on? If it's still wrong, say so, and I'll stop asking. # speaker: you
    { trust() >= ASK_READY:
        One week. I'm keeping the whiteboard up, just in case. # speaker: Kez (senior planner)
    - else:
        One week. I'm not promising to like it. # speaker: Kez (senior planner)
    }
- -> the_other_team

=== the_other_team
Kez goes back to her desk. {buyer_name} refills both mugs, slowly, which usually means something else is coming.
While we're at it. Your manager keeps emailing me about the little firm we bought in the spring. Eight {buyer_people} and their {buyer_vehicles}, still running on paper and one mobile phone. # speaker: buyer # mood: neutral
Should they be on Lanecraft as well? # speaker: buyer # discuss: The client is underusing what they already bought, and asks about buying more. Which conversation comes first?
* [Sign the new team up now, while you're both in the room # move: close # principle: long-term]
    ~ close_move(2)
    ~ pushed_seats = true
    Yes, and let's do it now while we're both here. One form, and they're live next month. # speaker: you
    { agrees_to(expansion, 1):
        -> seats_agreed
    - else:
        -> seats_not_yet
    }
* [Ask whether they'd want the new team on it, now they've seen the button up close # move: ask # principle: collaboration]
    ~ ask_move(1)
    Would you want them on it? Tell me honestly. If you would, I'd like to add them. And if Kez says the button isn't ready for eight more, I'd listen to Kez. # speaker: you
    { agrees_to(expansion, 1):
        -> seats_agreed
    - else:
        -> seats_not_yet
    }
* [Suggest taking off what they pay for and don't use, before adding anything # move: relate # principle: long-term]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    ~ trimmed = true
    Before we add anything, let's look at what you could take off. You pay for customer text alerts and you've never switched them on. I'd drop them at renewal. # speaker: you
    -> seats_wait

=== seats_agreed
{
- not pushed_seats:
    Yes. Kez will moan, and then she'll run it better than anyone. Put them on. # speaker: buyer # mood: warm
- hid_it:
    Fine. Add them. And next time, show me the report before Kez has to. # speaker: buyer # mood: neutral
- else:
    Go on, then. One form. I'll hold you to the one. # speaker: buyer # mood: pleased
}
The new team goes on the contract before the quarter closes.
{
- switched_on:
    On the new team's first morning, the re-plan moves three {buyer_jobs} and leaves every regular with someone they know. Kez rubs one arrow off the whiteboard.
- week_of_it:
    Kez's week starts on Monday. The whiteboard stays up, just in case.
- sold_package:
    The Adoption Package goes into a folder marked "later". The button stays unpressed, now on more screens.
- else:
    The new team gets the same button the old team doesn't press.
}
-> END

=== seats_not_yet
{
- hid_it:
    I'm not buying more of something you've just let me find out about from Kez. # speaker: buyer # mood: cold
- pushed_seats and (pressured_before or trust() < ASK_READY):
    One form. There's always one form. Not this quarter. # speaker: buyer # mood: annoyed
- pushed_seats:
    While we're both here, one form? I know that one. I've used it on my own customers. Not this quarter. # speaker: buyer # mood: neutral
- trust() >= ASK_READY:
    Not yet. Let's see the team we've got pressing it first. Ask me after Christmas. # speaker: buyer # mood: warm
- else:
    Let me think about it. # speaker: buyer # mood: neutral
}
The new team stays on paper this quarter, and on that one mobile phone.
-> END

// You offered less; whether they buy more anyway is theirs to decide.
=== seats_wait
You're trying to sell me less? Does Sam know you're here? # speaker: buyer # mood: guarded
{ agrees_to(expansion, 1):
    { hid_it:
        ...Fine. Drop the alerts at renewal. And put the new lot on now, before that phone of theirs falls in a puddle. Next time, though, show me the report before Kez has to. # speaker: buyer # mood: neutral
    - else:
        ...Right. Drop the alerts at renewal. And put the new lot on now. A supplier who crosses things off my invoice can add eight people to it. # speaker: buyer # mood: warm
    }
    Fewer alerts AND eight more on the contract? Whatever you said, say it again. # speaker: Sam (your manager) # sfx: notification
    The eight go on the contract before the quarter closes. You came in to take something off the invoice, and left it longer.
- else:
    { trust() >= ASK_READY:
        ...I'll tell you what. When our own people are pressing that button again, come back and ask me about the new lot. I'll probably say yes. # speaker: buyer # mood: warm
    - else:
        Well. I'll think about the alerts. And the new lot. # speaker: buyer # mood: neutral
    }
    Fewer alerts? That's the opposite of the Adoption Package. # speaker: Sam (your manager) # sfx: notification
    Nothing new goes on the contract this quarter.
}
{ switched_on or week_of_it:
    On your way out, the planning desk's whiteboard has one fewer arrow on it than when you came in.
}
-> END
