INCLUDE include/contract.ink
# title: Twenty Percent Cheaper
# event: competitor-price

// Event meeting: the buyer has a rival's quote, twenty percent under yours. It
// takes the place of a meeting in proposal or negotiation, so your proposal is
// on the desk too (played with a client, the quote is a reason to leave at
// renewal). A general conversation: any buyer, so the work is named with
// {buyer_people} and {buyer_jobs}, never one trade's words.
// The flags below steer text only.
VAR matched = false
VAR rubbished = false
VAR compared = false
VAR admitted_fit = false
VAR overclaimed = false
VAR chose_now = false   // the model's answer when you asked them to choose you
VAR ran_both = false    // you suggested the side-by-side week and never asked
-> the_quote

// What a signature would be: a client renews; anyone else signs the contract.
=== function price_offer()
{ is_client:
    ~ return renewal
}
~ return full_contract

=== the_quote
{buyer_name}'s office at {buyer_company}. On the desk, squared neatly to the edge, sits a quote on someone else's letterhead.
{ pressured_before:
    I'll say this first. Last time, I felt hurried. Today I'd like facts, not offers. # speaker: buyer # mood: guarded
- else:
    { meetings_before >= 3:
        I've known you long enough to show you this, rather than just go with them. # speaker: buyer # mood: neutral
    }
}
{ is_client:
    Your renewal's coming up, and Plotwell have been in. Same job, they say, for twenty percent less. # speaker: buyer # mood: neutral
    We've been happy enough with you. But "happy enough" doesn't explain twenty percent to my MD. # speaker: buyer # mood: neutral
- else:
    Plotwell came in on Tuesday. Planning, tracking, an app for the {buyer_people}, the lot. Twenty percent under your proposal. # speaker: buyer # mood: neutral
    So. Tell me why I'd pay you more. # speaker: buyer # mood: neutral # discuss: A rival is twenty percent cheaper. Is matching the price the safe move, or the one that tells the buyer your price was never real?
}
You know Plotwell: newer, cheaper, and keen. Their salespeople wear trainers to meetings.
* [Match their price, here and now # move: close # principle: transparency]
    ~ close_move(1)
    ~ matched = true
    If that's the number, I'll match it. Today, in writing. # speaker: you
    Well. That was quicker than I expected. # speaker: buyer # mood: pleased
    {buyer_name} looks from the quote to you, as if wondering what else had twenty percent folded up inside it.
* [Tell them what you've heard about Plotwell's customers # move: close # principle: other-focus]
    ~ close_move(1)
    ~ rubbished = true
    I'd be careful. We've picked up a few of Plotwell's customers this year, and none of them left because things were going well. # speaker: you
    Really? That's useful to know. Which ones? # speaker: buyer # mood: pleased
    You name a pest control firm in Doncaster. You're fairly sure it was one of theirs.
* [Ask to go through both quotes side by side # move: relate # principle: collaboration]
    ~ earn_credibility(1)
    ~ compared = true
    Before I say anything about price, can we put the two side by side? I'd like to see what their twenty percent actually buys. # speaker: you
    I was rather hoping you'd just drop your price. # speaker: buyer # mood: annoyed
    ...Fine. Pull your chair round. # speaker: buyer # mood: neutral
- -> the_gap

=== the_gap
{ compared:
    Line by line, the gap shrinks. Plotwell's price has no onboarding in it, and their live tracking is "available on request".
    Their app is simpler, though. I had two of our {buyer_people} try it, and they liked it better than yours. # speaker: buyer # mood: neutral
- else:
    The thing is, their app's simpler. I had two of our {buyer_people} try it, and they liked it better than yours. # speaker: buyer # mood: neutral
}
And most days, the plan holds. Do we even need what you do? # speaker: buyer # mood: guarded # discuss: The rival may genuinely suit this buyer better for part of the job. Should you say so, and what might it cost you?
* [Say Plotwell's re-planning is years behind yours # move: close # principle: transparency]
    ~ close_move(1)
    ~ overclaimed = true
    Their planning's fine on a quiet Tuesday. But when somebody rings in sick at seven, their re-planning is years behind ours. # speaker: you
    Years? That's the kind of thing I can say upstairs. # speaker: buyer # mood: pleased
* [Say that on days the plan holds, Plotwell may suit them better # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    ~ admitted_fit = true
    Honestly? On a day the plan holds, Plotwell will do the job, and your {buyer_people} already like Plotwell's app. # speaker: you
    Where we earn our price is the day that goes wrong. If you don't have many of those, you may not need us. # speaker: you
    You're supposed to be selling to me. # speaker: buyer # mood: annoyed
    ...Though about a third of our days do go wrong. That's the third that keeps me up. # speaker: buyer # mood: neutral
* {promised ? send_case_study} [Hand over the write-up you promised, failures and all # move: relate # principle: transparency]
    ~ keep_promise(send_case_study)
    ~ earn_credibility(1)
    Then this might help. It's the write-up I promised you: a firm like yours, including the two months it went badly and why. # speaker: you
    You actually brought it. With the bad bits in. # speaker: buyer # mood: pleased
    {buyer_name} reads the bad bits first.
* {promised ? send_case_study} [Say the write-up is still with legal, and get back to price # move: close # principle: long-term]
    ~ break_promise(send_case_study)
    ~ close_move(1)
    The write-up I mentioned is still with our legal team, sorry. But on price, I think we can find a way. # speaker: you
    Still with legal. Right. # speaker: buyer # mood: annoyed
- -> the_decision

=== the_decision
{buyer_name} taps the Plotwell quote with a pen.
So what do you want me to do? # speaker: buyer # mood: neutral # discuss: The rival will probably come back lower. Does pushing for a signature this week protect the deal, or your quarter?
* [Push to sign this week, before Plotwell come back lower # move: close # principle: long-term]
    ~ close_move(1)
    Sign with us this week. Give Plotwell a fortnight and they'll come back lower, and you'll be doing this all again. # speaker: you
    { agrees_to(price_offer(), 1):
        -> ending_signed
    }
    Lower again? Then maybe I should wait for that. # speaker: buyer # mood: guarded
    -> ending_side_by_side
* [Suggest running both on the same real week # move: relate # principle: collaboration]
    ~ earn_intimacy(1)
    ~ push_deal(-1)
    ~ ran_both = true
    Run both on the same week. Your real {buyer_jobs}, your real bad Tuesday. Then you'll know which one's worth the money. # speaker: you
    A whole week? My MD wanted this settled by Friday. # speaker: buyer # mood: annoyed
    -> ending_side_by_side
* [Ask them to choose you at your price, if the comparison holds up # move: ask # principle: collaboration]
    ~ ask_move(1)
    { matched:
        I'd like you to choose us because the comparison holds up, not because I matched them. If it does, will you go ahead? # speaker: you
    - else:
        I'd like you to choose us at our price, if the comparison holds up. If it does, will you go ahead? # speaker: you
    }
    ~ chose_now = agrees_to(price_offer(), 1)
    { trust() >= ASK_READY:
        -> ending_chosen
    }
    { chose_now:
        -> ending_signed
    }
    That sounds like a yes-or-no question with a deadline in it. # speaker: buyer # mood: guarded
    -> ending_side_by_side

=== ending_signed
Fine. Send it over. # speaker: buyer # mood: pleased
{ matched:
    It comes back signed by Friday, at Plotwell's price. Sam asks where the margin went; you use the word "strategic" three times.
- else:
    It comes back signed by Friday, at your price, less a "goodwill" discount {buyer_name} asks for on the way out.
}
{
- rubbished:
    A month later, {buyer_name} mentions ringing the pest control firm in Doncaster. It had never used Plotwell.
    I'd rather you'd just said you didn't know. # speaker: buyer # mood: cold
- overclaimed:
    On the first bad Tuesday, three {buyer_people} ring in sick and the re-plan takes twenty minutes. {buyer_name} rings you, not support.
    Years ahead, you said. # speaker: buyer # mood: guarded
- else:
    Plotwell rang again, by the way. Now they're thirty under. I said I'd mention it. # speaker: buyer # mood: neutral
}
-> END

=== ending_chosen
{ admitted_fit:
    Yes. Because you told me where you weren't the answer, I believe you about where you are. # speaker: buyer # mood: warm
- else:
    Yes, if it holds up. And so far it's holding. # speaker: buyer # mood: neutral
}
{ matched:
    At the price you matched, mind. I'm not giving that back. # speaker: buyer # mood: pleased
- else:
    At your price. I'll explain the twenty percent to my MD myself. # speaker: buyer # mood: warm
}
{ overclaimed:
    One more thing. Bring someone technical next time. I'd like to hear "years behind" from someone who builds it. # speaker: buyer # mood: guarded
}
{ chose_now:
    You leave with a date for the paperwork, inside the quarter. On the way out, {buyer_name} drops the Plotwell quote in the recycling.
- else:
    But my MD won't sign a thing until he's seen both on a real week. So it's next quarter, and you're the one to beat. # speaker: buyer # mood: neutral
    On the way out, {buyer_name} puts the Plotwell quote in a drawer. Not the bin. Not yet.
}
-> END

=== ending_side_by_side
{ admitted_fit or compared:
    All right. One week, both systems, same {buyer_jobs}. If Plotwell wins the quiet days, I'll tell you. If you win the bad days, I'll tell you that too. # speaker: buyer # mood: neutral
- else:
    I'll run them side by side next month and let you know. # speaker: buyer # mood: guarded
}
{ ran_both:
    // You never asked; whether the week ends in a signature is the buyer's to decide.
    { agrees_to(price_offer(), 1): -> bake_off_won }
}
A week of running both pushes the decision into next quarter. Sam's reply to your update is one word: "Bake-off?" # sfx: notification
{ trust() >= ASK_READY:
    {buyer_name} sends the dates that evening, with a note: bring your worst Tuesday.
- else:
    The dates arrive from somebody in {buyer_company}'s office, copied to Plotwell by mistake.
}
-> END

= bake_off_won
The week starts on the Monday. On the Tuesday, as if booked, two {buyer_people} ring in sick before seven.
{ overclaimed:
    Your re-plan is not years ahead. It is about twenty minutes ahead, which on a bad Tuesday turns out to be enough.
- else:
    Your re-plan has the day sorted before the kettle boils. Plotwell's is still asking which postcode it should start from.
}
{buyer_name} rings on the Thursday.
My MD's seen enough. Send the paperwork over. # speaker: buyer # mood: pleased
The {is_client:renewal|contract} comes back signed before the quarter closes, at {matched:the price you matched|your price}. Sam asks why nobody mentioned a bake-off until it was won.
-> END
