INCLUDE include/contract.ink
# title: The Last Ten Percent
# stage: negotiation

// The buyer's board has brought in a buying consultant, and he wants ten percent off.
// Flags steer text only.
VAR gave_discount = false
VAR fake_deadline = false
VAR knows_budget = false
VAR offered_timing = false
VAR waved_terms = false
VAR capped_renewal = false
VAR asked = false
-> the_room

=== the_room
{buyer_company}'s meeting room, which is also where they keep the spare chairs and last year's Christmas tree. A jug of water, three glasses, and a man with a ring binder.
Malcolm Reid. The board bring me in for anything with a contract longer than the coffee machine's. # speaker: Malcolm (their buying consultant)
I've read your proposal twice, which is once more than most people get. # speaker: Malcolm (their buying consultant)
{
- pressured_before:
    Malcolm asked me how we got this far so quickly. I told him you were keen to make your quarter. # speaker: buyer # mood: guarded
- meetings_before >= 3:
    We've sat in this room more often than I've seen my in-laws this year. Let's not fall at the last fence. # speaker: buyer # mood: warm
- else:
    We're nearly there. Let's not fall at the last fence. # speaker: buyer # mood: neutral
}
{ promised ? price_hold: -> the_old_price }
-> the_ten_percent

=== the_old_price
One thing first. You told us the old price would hold if we signed this year. Malcolm has the email. # speaker: buyer # mood: neutral
Printed. Highlighted. # speaker: Malcolm (their buying consultant)
Since then your list price has gone up six percent. Your manager's note on this deal says "new pricing applies", and six percent of this deal is most of your bonus.
* [Honour the old price, whatever the list says now # move: relate # principle: long-term]
    ~ keep_promise(price_hold)
    ~ serve_self(-1)
    I said it, so it stands. The old price is the price. # speaker: you
    Malcolm puts the highlighter away, looking faintly cheated.
    Good. I told him you would. # speaker: buyer # mood: pleased
* [Explain the old price was for an earlier signature # move: close # principle: transparency]
    ~ close_move(1)
    ~ break_promise(price_hold)
    To be fair, that was for a signature back then. The new list applies now. # speaker: you
    Malcolm writes something in the margin of the email and underlines it.
    I told him you'd honour it. I'll remember that I was wrong. # speaker: buyer # mood: cold
- -> the_ten_percent

=== the_ten_percent
Here's where I am. Your number is ten percent more than I'm prepared to recommend. Close the gap and we can talk about whose pen we use. # speaker: Malcolm (their buying consultant)
{buyer_name} studies the water jug, having clearly been told to let Malcolm do the talking.
You can give five percent without a phone call. Your manager has said fifteen, if it lands this quarter. # discuss: Fifteen percent would close it this quarter. What should a discount buy, and what does giving it freely teach the buyer?
* [Offer fifteen percent for a signature before the quarter closes # move: close # principle: long-term]
    ~ close_move(2)
    ~ gave_discount = true
    I can do better than ten. Fifteen percent, if we have a signature before the end of the month. # speaker: you
    Malcolm writes "15" on his pad, slowly, as if it might get away.
    Well. That makes my board meeting a great deal easier. # speaker: buyer # mood: pleased
* [Tell them prices rise next month, so this is the best it gets # move: close # principle: transparency]
    ~ close_move(1)
    ~ fake_deadline = true
    I can't move on price, I'm afraid. And our prices go up on the first, so this is as good as it will ever be. # speaker: you
    Nothing goes up on the first. It was your manager's idea, and it sounded better in his office.
    Everyone's prices go up on the first. It's a remarkable coincidence. # speaker: Malcolm (their buying consultant)
    Then let's not hang about. Malcolm, can we get this done today? # speaker: buyer # mood: pleased
* [Ask what the ten percent has to pay for # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ knows_budget = true
    Can I ask what the ten percent has to pay for? Is it the total that's the problem, or when it lands? # speaker: you
    It pays for ten percent. That's rather the point of it. # speaker: Malcolm (their buying consultant)
    Oh, just tell them, Malcolm. # speaker: buyer # mood: annoyed
    The board set this year's budget before the pay rise. If year one costs more than the line, the whole thing waits a year. # speaker: buyer # mood: guarded
* [Say plainly what you can move and what you can't # move: relate # principle: transparency]
    ~ earn_credibility(1)
    ~ offered_timing = true
    I'll be straight. Ten percent off the licence, no: every firm your size pays this, and I won't have you wondering who got a better deal. # speaker: you
    What I can move is timing. When you pay, and when each area starts paying. # speaker: you
    Everyone says their price is the same for everyone. # speaker: Malcolm (their buying consultant)
    Go on, then. What does timing look like? # speaker: buyer # mood: neutral
- -> the_terms

=== the_terms
Malcolm slides the contract across: your standard terms, three years, every page already initialled by their lawyer.
Legal are happy. I've made a note of the date. # speaker: Malcolm (their buying consultant)
You know clause 9.2 by heart. At each renewal, Lanecraft may raise the price by up to eight percent. Nobody in the room has mentioned it. # discuss: Their lawyer has passed the terms, and clause 9.2 favours you. Is it your job to point it out?
* [Leave the terms alone; their own lawyer has passed them # move: close # principle: transparency]
    ~ close_move(1)
    ~ waved_terms = true
    If your legal team is happy, I'm happy. Shall we go to the order form? # speaker: you
    Music to my ears. One less meeting. # speaker: Malcolm (their buying consultant)
    Lovely. I could do with one thing this month that isn't a fight. # speaker: buyer # mood: pleased
* [Point out clause 9.2 and offer to hold this price at the first renewal # move: relate # principle: long-term]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    ~ make_promise(price_hold)
    ~ capped_renewal = true
    Before anyone signs: clause 9.2 lets us add eight percent at every renewal. I'd rather write in that this price holds at your first one. # speaker: you
    You're negotiating against yourself. I don't know where to look. # speaker: Malcolm (their buying consultant)
    Why tell us? We'd never have spotted it. # speaker: buyer # mood: guarded
    Not this year. You'd have spotted it next year, and never believed me again. # speaker: you
    It means a redraft, and their lawyer wants a week with it. Your manager will call it a week lost.
* [Waive the setup fee in return for the full three years # move: close # principle: long-term]
    ~ close_move(1)
    Tell you what. Commit to the full three years and I'll waive the setup fee. # speaker: you
    Now that I can put in a report. # speaker: Malcolm (their buying consultant)
    Three years and free setup. Nice. # speaker: buyer # mood: pleased
* {knows_budget or offered_timing} [Offer to phase the roll-out, so each area pays from the month it goes live # move: relate # principle: collaboration]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    What if each area starts paying the month its {buyer_people} go live, not the day you sign?{ knows_budget: Year one fits the line your board set.} # speaker: you
    That's not a discount. # speaker: Malcolm (their buying consultant)
    No. It's better. I stop paying for {buyer_people} who aren't even on it yet. # speaker: buyer # mood: warm
    It makes their first year gentler, and your manager's spreadsheet less so. Your forecast will need a conversation.
- -> the_moment

=== the_moment
Malcolm's phone buzzes. He reads it and stands up. # sfx: phone-buzz
Your finance people want me. Five minutes. Don't agree anything without me. # speaker: Malcolm (their buying consultant)
The door closes behind him. {buyer_name} leans in.
Off the record. If I take this to the board on Thursday, am I getting a good deal? # speaker: buyer # mood: neutral # discuss: Off the record, the buyer asks whether this is a good deal. What do you say, and is this the moment to ask for the signature?
* [Say why you think it's fair, and ask for the signature # move: ask # principle: collaboration]
    ~ ask_move(2)
    ~ asked = true
    { capped_renewal:
        I think it's fair, and it stays fair: the price holds at renewal. I'd like your signature on it. # speaker: you
    - else:
        I think it's a fair deal for both of us, and I'd like your signature on it. # speaker: you
    }
    { agrees_to(full_contract, 3):
        { trust() >= ASK_READY: -> ending_agreed }
        -> ending_signed_today
    }
    -> ending_next_quarter
* [Say it's the best they'll get, and it won't survive past Friday # move: close # principle: long-term]
    ~ close_move(1)
    Between us? It's the best you'll get, and it won't be on the table after Friday. # speaker: you
    { pressured_before:
        {buyer_name} has heard "Friday" from you before, and sits back a little.
    }
    { agrees_to(full_contract, 3): -> ending_signed_today }
    -> ending_next_quarter
* [Suggest their own lawyer reads it properly before anyone signs # move: relate # principle: other-focus]
    ~ earn_credibility(1)
    ~ serve_self(-1)
    ~ push_deal(-1)
    I think it's a good deal. But don't take that from the person selling it. Have your lawyer read every clause first. # speaker: you
    -> ending_their_lawyer

=== ending_agreed
{ pressured_before:
    I'll be honest: I came in braced for the hard sell again. # speaker: buyer # mood: neutral
}
It's fair. I'll sign on Thursday, and Malcolm can write his report once he's finished being suspicious. # speaker: buyer # mood: warm
Malcolm comes back, reads your face, then {buyer_name}'s.
Did I miss something? # speaker: Malcolm (their buying consultant)
{ capped_renewal:
    Only the part where they talked themselves out of eight percent. # speaker: buyer # mood: warm
- else:
    Only the good bit. # speaker: buyer # mood: warm
}
The {capped_renewal:redraft|contract} comes back signed the following week, with a sticky note from Malcolm that says "Pleasure." From a man paid to say no, that is practically a hug.
-> END

=== ending_signed_today
When Malcolm comes back, {buyer_name} has already turned to the signature page.
Let's get it done. # speaker: buyer # mood: pleased
It is the biggest signature on your team this quarter, and your manager rings before you've reached the car.
{ waved_terms:
    Clause 9.2 goes into the signed copy untouched. Three years from now, at the renewal, it will do exactly what it says.
}
{ fake_deadline:
    On the first of the month, Malcolm checks your price list. It has not gone up. He prints it out, and highlights it.
}
{ gave_discount:
    Malcolm writes "15%" on the front of his ring binder. At the renewal, he will start at twenty.
- else:
    Malcolm files the contract under R, for renewal. When it comes round, he will start by checking everything you say.
}
-> END

=== ending_their_lawyer
{ trust() >= ASK_READY:
    You're an unusual salesperson. Fine. We'll have it back to you within the month. # speaker: buyer # mood: warm
- else:
    Sensible. We'll be in touch. # speaker: buyer # mood: neutral
}
Their lawyer takes three weeks and finds one typo.
{ agrees_to(full_contract, 3):
    The contract comes back signed a few days before the quarter closes: three years, with the typo corrected in green ink and initialled by Malcolm.
    Your manager's message is one line long, and most of it is exclamation marks.
- else:
    The quarter closes without a signature.
    Your manager's message is one line long: "Next quarter, then?"
}
-> END

=== ending_next_quarter
{
- asked and trust() >= ASK_READY:
    I think it's fair too. But it's the board's signature, not mine, and they won't pick up a pen before Malcolm's written his report. # speaker: buyer # mood: warm
    Malcolm's report takes five weeks, two of them in the Algarve. The quarter closes without a signature.
    {buyer_name} emails on the last day of it: "Still a yes from me. Just a slower one than you'd like." # sfx: notification
- else:
    { asked:
        You would say that, though. It's your deal. # speaker: buyer # mood: guarded
    - else:
        I asked you a straight question, off the record. # speaker: buyer # mood: cold
    }
    When Malcolm comes back, {buyer_name} asks him to get two more quotes, "so we know what good looks like".
    The quarter closes without a signature. The next email from {buyer_company} comes from a procurement portal.
}
-> END
