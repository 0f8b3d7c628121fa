INCLUDE include/contract.ink
# title: The Night Shift
# persona: priya_raman
# stage: renewal

// A year on at Harwood. Days took to the planner; nights never did, and a new
// finance director wants to know what the money bought. Flags steer text only.
VAR owed_item = ""
VAR made_slide = false
VAR asked_measure = false
VAR blamed_habit = false
VAR owned_nights = false
VAR sold_premium = false
VAR night_visit = false
VAR quoted_headline = false
-> arrival

// What Priya is asked for: a client renews; without a contract, she would sign one.
=== function priya_offer()
{ is_client:
    ~ return renewal
}
~ return full_contract

// How long Harwood has been on Lanecraft: the term now ending (a year in an ink editor).
=== function since_signing()
{
- term_years >= 3: ~ return "three years"
- term_years == 2: ~ return "two years"
- else: ~ return "a year"
}

=== arrival
Harwood Chilled Freight, {since_signing()} on. Same yard, same forty fridge trailers, and a new sign on the gate: TEMPERATURE LOG BEFORE KEYS.
{ is_client:
    It is {since_signing()} since Harwood signed. The planner runs every evening, and nobody has rung your support line since June.
- else:
    Harwood never signed the full contract. The deal stalled on Graham's desk, and Priya has paid for the planner month by month ever since.
}
{
- meetings_before == 0:
    The account came to you when a colleague left in the summer. This is your first time in the building.
- meetings_before >= 4:
    Dev waves through the glass. You have been here often enough to know which mug not to use.
}
Behind her desk, Priya at the tiller of a small boat on Windermere. Beside it, a new one: the same boat, upside down.
{ pressured_before:
    Half an hour. Last time you were here I came away feeling sold to, so let's not. # speaker: buyer # mood: guarded
- else:
    Come in. The kettle's on, and for once somebody's watching it. # speaker: buyer # mood: warm
}
{ LIST_COUNT(promised) > 0: -> owed }
-> the_question

=== owed
{
- promised ? send_case_study:
    ~ owed_item = "case study"
    Before anything. You promised me a write-up from a haulier our size, what didn't work included. Still waiting. # speaker: buyer # mood: neutral
    It is in your bag: a dairy fleet in Cumbria. Page four is their night shift, and it is not flattering.
- promised ? intro_reference:
    ~ owed_item = "reference"
    Before anything. You said you'd put me in touch with another firm on Trakkor boxes. Still waiting. # speaker: buyer # mood: neutral
    You found one in the spring: Sunil, who runs a dairy fleet in Cumbria. He said yes. You never sent the email.
- promised ? fix_onboarding:
    ~ owed_item = "training"
    Before anything. You said you'd sort our training out properly, at your cost. Nights are still waiting. # speaker: buyer # mood: guarded
- else:
    Before anything. You still owe me something from last time. You know what. # speaker: buyer # mood: guarded
}
* [Make good on it now, and say it's late # move: relate # principle: long-term]
    ~ keep_promise(send_case_study)
    ~ keep_promise(intro_reference)
    ~ keep_promise(fix_onboarding)
    ~ keep_promise(price_hold)
    ~ keep_promise(pilot_plan)
    {
    - owed_item == "case study":
        Here. Sorry it's late. Page four's their night shift. It went badly for them too. # speaker: you
    - owed_item == "reference":
        You're right. I'll email Sunil from the car. He's had the same fight with his night shift. # speaker: you
    - owed_item == "training":
        It's booked, it's on us, and this time nights are in the room. # speaker: you
    - else:
        You're right, and it's overdue. It's sorted this week. # speaker: you
    }
    Late. But here. I'll take that. # speaker: buyer # mood: pleased
* [Say she hardly needs it now, and offer something better # move: close # principle: transparency]
    ~ close_move(1)
    ~ break_promise(send_case_study)
    ~ break_promise(intro_reference)
    ~ break_promise(fix_onboarding)
    ~ break_promise(price_hold)
    ~ break_promise(pilot_plan)
    Honestly, {since_signing()} on, you don't need that. You've got your own data now. I'll put it on one page for whoever asks. # speaker: you
    Fair enough. I suppose it's all worked. # speaker: buyer # mood: neutral
    She makes a small note on her pad. You can't see what it says.
- -> the_question

=== the_question
Right. We've got a new finance director. Martin. Ex-supermarket, reads contracts for fun. # speaker: buyer # mood: neutral
He's going through every supplier over five grand and asking what we got for the money. # speaker: buyer
{ is_client: Yours is on his desk.| Twelve invoices from you and no contract. He's circled them.} And I'm not sure what to tell him. # speaker: buyer # mood: guarded
* [Offer to put together Martin's return-on-investment slide yourself # move: close # principle: other-focus]
    ~ close_move(1)
    ~ made_slide = true
    Leave Martin to me. One slide from our dashboards: miles saved, planning hours, payback. He'll have it Friday. # speaker: you
    Would you? That's one less job for my weekend. # speaker: buyer # mood: pleased
* [Ask how she and Martin will each decide whether it was worth it # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    ~ asked_measure = true
    Before I offer you anything: how will Martin decide it was worth it? And how will you? # speaker: you
    { pressured_before:
        That's a better question than you asked last time. # speaker: buyer # mood: neutral
    }
    Martin's easy. Cost per drop, and whether it went down. # speaker: buyer # mood: neutral
    Me? Same as ever. Drivers home when the rota says they'll be. # speaker: buyer
    On days, yes. On nights... I don't actually know. Nobody's ever checked. # speaker: buyer # mood: guarded
- -> the_year

=== the_year
She turns her screen round.
Days are good. Dev plans tomorrow in forty minutes. He's taken up five-a-side with the rest. # speaker: buyer # mood: pleased
And I've lost two drivers this year, not seven. # speaker: buyer
{ asked_measure: And nights, like I said.|Nights are another story.} Col's loaders still work off the whiteboard, not your load sheets. # speaker: buyer # mood: neutral
You know why. Your onboarding team trained days over two afternoons and sent nights a video link. Nobody has ever told her that.
So why is that, do you think? # speaker: buyer # mood: neutral # discuss: The night-shift roll-out was weak, and your side is partly to blame. Do you say so at a renewal meeting?
* [Reassure her that night shifts are always the last to come round # move: close # principle: transparency]
    ~ close_move(1)
    ~ blamed_habit = true
    Honestly, that's normal. Night shifts are always last to adopt. It's habit, not software. Give Col another quarter. # speaker: you
    Oh, good. I was half expecting you to say it doesn't work at night. # speaker: buyer # mood: pleased
    Col is set in his ways. He still calls the tachograph "the spy". # speaker: buyer
* [Admit the night-shift roll-out was your weak spot # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ push_deal(-1)
    ~ owned_nights = true
    Because we never did it properly. We trained days and sent nights a video. Nobody on our side has ever watched your night loading. That's on us. # speaker: you
    So I've been paying for a system half the depot doesn't use. And you knew. # speaker: buyer # mood: annoyed
    She lets that sit for a moment.
    ...Still. First supplier who's brought me their own bad news before I found it. # speaker: buyer # mood: neutral
- -> the_fix

=== the_fix
{ blamed_habit:
    Martin will still ask what we're doing about nights. "Habit" won't wash with him. # speaker: buyer # mood: neutral
- else:
    So what happens about nights? Martin will ask, and I'd like an answer that isn't "sorry". # speaker: buyer # mood: neutral
}
Your manager's notes for this meeting are in your bag. Across the top, in his writing: "PREMIUM?? 24h support = nights sorted!"
* [Recommend the Premium tier: a round-the-clock support line for nights # move: close # principle: other-focus]
    ~ close_move(2)
    ~ sold_premium = true
    That's exactly what Premium's for. A twenty-four-hour support desk and a named account manager. Col gets someone to ring at three in the morning. # speaker: you
    Someone to ring at three in the morning. Col would love that. He loves ringing people. # speaker: buyer # mood: pleased
    It puts a third on the licence. She writes it down anyway.
* [Offer to come in at four in the morning and watch the night shift load # move: relate # principle: collaboration]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    ~ make_promise(fix_onboarding)
    ~ night_visit = true
    Before you buy anything else: let me come in one night. Four a.m., when loading's at its worst. Whatever I find, we fix the training, at our cost. # speaker: you
    It will cost you a night's sleep, and you'll do your manager's nine o'clock pipeline call on none.
    Four a.m.? You? # speaker: buyer # mood: neutral
    The drivers' breakfast is seven on Thursdays. Nights clock off at six. Nobody's ever stayed up for them. # speaker: buyer # mood: warm
    Bring a coat. The chiller bays are three degrees, and Col doesn't believe in heaters. # speaker: buyer
- -> the_fd

=== the_fd
A knock. A tall man in a good suit and a hi-vis vest somebody has made him wear. # sfx: door-knock
Sorry to barge in. Martin. You're the Lanecraft person? Perfect. # speaker: Martin (the new FD)
One question, and I'm asking everyone. What did we actually get for the money? # speaker: Martin (the new FD)
{ made_slide:
    Priya raises an eyebrow at you. You did say you'd handle Martin.
}
Go on. I'd like to hear this too. # speaker: buyer # mood: neutral # discuss: The finance director wants a number, now. What number could you honestly give him?
* [Give Martin the headline: eleven percent fewer miles, paid back in eight months # move: close # principle: transparency]
    ~ close_move(1)
    ~ quoted_headline = true
    Eleven percent fewer miles, overtime down a fifth. On our model it paid for itself in eight months. # speaker: you
    Eight months. That's a sentence I can take upstairs. # speaker: Martin (the new FD)
    He writes 8 MONTHS on his folder and underlines it twice.
    { asked_measure:
        Priya looks at the number, then at you. It isn't cost per drop, and it isn't drivers home on time.
    }
    Well. That's Martin happy. # speaker: buyer # mood: pleased
* [Tell him days have paid back and nights haven't, and offer to be checked against his figures # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    Honestly? Days have paid for it. Dev plans in forty minutes, not four hours. Nights haven't, yet. # speaker: you
    I could give you our model's number. I'd rather you checked us against { asked_measure: your cost per drop|your own figures}. # speaker: you
    A supplier telling me not to trust his numbers. That's new. # speaker: Martin (the new FD)
    Send me the raw data. No slides. I'll do the sum myself. # speaker: Martin (the new FD)
    He goes. Priya is trying not to smile.
    He'll like you for that. He doesn't like anyone. # speaker: buyer # mood: warm
- -> the_terms

=== the_terms
Martin's footsteps go off down the corridor.
The last page of your manager's notes: three years, twelve percent off, TODAY ONLY in capitals. The quarter closes on Friday.
{ is_client: So. The renewal.| So. Are we making this official?} What are you after? # speaker: buyer # mood: neutral # discuss: The discount is real and the buyer would save money. Is a "today only" three-year deal a favour, or pressure?
* [Offer three years at twelve percent off, if she signs today # move: close # principle: long-term]
    ~ close_move(2)
    Three years, twelve percent off{ sold_premium:, Premium included}. I can only hold it today, though. Quarter end. # speaker: you
    Twelve percent. Martin would frame that. # speaker: buyer # mood: pleased
    -> ending_today_only
* [Ask her to commit for a year, and to judge you on the nights next spring # move: ask # principle: collaboration]
    ~ ask_move(1)
    { is_client: Renew|Sign} for a year, at today's price. Next spring, judge us on nights, by your measure, not mine. # speaker: you
    { agrees_to(priya_offer(), 1):
        { trust() >= ASK_READY: -> ending_pays_back }
        -> ending_one_year
    }
    -> ending_martins_tender
* [Tell her not to sign anything today # move: relate # principle: long-term]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    { night_visit:
        Don't sign anything today. Let me see nights first. If we can't fix them, you should know before you commit. # speaker: you
    - else:
        Don't sign anything today. Let Martin do his sum first. If we don't stand up to it, better you know now. # speaker: you
    }
    -> ending_after_nights

=== four_am
At four on Tuesday the chiller bays smell of wet cardboard. Col walks you to the whiteboard.
Your load sheets list the drops in delivery order. The loaders need them backwards: last drop on first.
For {since_signing()}, Col has copied every plan out in reverse, by hand, every night.
It is a print setting. Your support team changes it by Thursday, at no charge.
->->

=== ending_today_only
{ not agrees_to(priya_offer(), 3):
    Today? I'm not buying a sofa. Leave it with me. # speaker: buyer # mood: guarded
    Martin puts the contract out to tender before the quarter is out. Your "today only" is the first line of his brief.
    -> END
}
{ trust() >= ASK_READY:
    She signs, then puts the pen down a little harder than she needs to.
    You didn't need the "today only". I was going to { is_client: renew|sign} anyway. # speaker: buyer # mood: neutral
    { night_visit:
        -> four_am ->
    }
    It is a good deal, and a slightly cooler relationship. Her emails get shorter.
    -> END
}
{ pressured_before:
    There it is. I wondered when the deadline would turn up. # speaker: buyer # mood: cold
}
She signs before lunch: three years, and the biggest { is_client: renewal|deal} on your team this quarter.
{ quoted_headline or made_slide:
    In March, Martin checks your payback against his own cost per drop. His sum says nineteen months.
}
{ sold_premium:
    The Premium line rings twice all year, both times in daylight.
}
By spring, Priya's replies come from Martin's office, and every invoice gets a query.
Sorry. Anything contractual goes through Martin now. # speaker: buyer # mood: cold
-> END

=== ending_pays_back
A year. Same price. And you'll be judged on nights. # speaker: buyer # mood: warm
Done. { night_visit: And you're here Tuesday at four. I'll warn Col.} # speaker: buyer
{ night_visit:
    -> four_am ->
    Next spring, Martin's review says cost per drop is down nine percent. Priya's says drivers home on time, nights included.
- else:
    Next spring, Martin's review says days have paid for themselves. Nights are still a question, and Priya asks it.
}
On the way out, Priya mentions a woman at her sailing club who runs a dairy fleet{ owned_nights or night_visit:. "I've told her you're the one who came to look at what didn't work."|, and says she might pass on your number.}
-> END

=== ending_martins_tender
{ trust() >= ASK_READY:
    A year, judged on nights. I'd take that. Martin won't. # speaker: buyer # mood: guarded
    Every contract over five grand goes out to tender this year. He likes you. He's doing it anyway. # speaker: buyer
    { night_visit:
        You can still come on Tuesday. If you're in the tender, Col's whiteboard might as well be in it too. # speaker: buyer # mood: neutral
    }
- else:
    A year? Martin's putting everything out to tender this year. I'm not going to fight him for you. # speaker: buyer # mood: cold
}
The tender pack arrives the following week. Section three is headed NIGHT SHIFT.
-> END

=== ending_one_year
{ pressured_before:
    A year. Fine. And I'll be reading every line of it. # speaker: buyer # mood: cold
- else:
    A year. Fine. Send it over. # speaker: buyer # mood: guarded
}
It comes back signed, with Martin's initials beside every number.
Nobody asks you about nights again, and you don't offer. Col's whiteboard stays where it is.
-> END

=== ending_after_nights
You're telling me not to sign? At a renewal? # speaker: buyer # mood: guarded
{ night_visit:
    -> four_am ->
}
Your manager's email has three question marks in the subject line.
{ trust() >= ASK_READY:
    { agrees_to(priya_offer(), 2):
        The week after, Priya rings you herself.
        Two years. Martin's signed it. He wrote "first supplier to find its own fault" on the file. # speaker: buyer # mood: warm
    - else:
        The week after, Priya rings you herself. Martin has put every supplier over five grand out to tender, Lanecraft included.
        You're on the list, and I've told him about nights. He says that's exactly what tenders are for. # speaker: buyer # mood: guarded
    }
- else:
    { agrees_to(priya_offer(), 1):
        In the end she renews for a year, at the old price, by email.
        Thanks for your honesty. We'll review it next year. # speaker: buyer # mood: neutral
    - else:
        In the end Martin puts it out to tender, along with the photocopier and the canteen. Priya's email about it is two lines long. # mood: cold
    }
}
-> END
