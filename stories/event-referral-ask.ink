INCLUDE include/contract.ink
# title: A Word in the Right Ear
# event: referral-ask

// Event meeting: a buyer who is pleased with you mentions a peer with the same
// problem. In the campaign it takes the place of a meeting with a client who
// trusts you; played with a prospect, the not-a-client lines carry it. The peer
// is referral_name at referral_company: a real buyer not yet in your territory,
// whom this one knows from the chamber of commerce breakfasts. Nothing here
// assumes their trade or whether they are a he or a she. A referral spends the
// buyer's name, not yours: they only make the introduction (gives_referral) if
// they trust you, you have never pressured them, and you ask for it plainly.
// The flags below steer text only.
VAR offered_voucher = false
VAR heard_value = false
VAR held_back = false
VAR cold_names = false
-> the_good_news

=== the_good_news
Referral month! Every introduction a happy account gives you earns them a fifty-pound voucher. Aim for three names a visit. # speaker: Sam (your manager) # sfx: notification
{ meetings_before < 2:
    It's early days with {buyer_company} to be asking anyone for anything. Sam's message doesn't seem to mind.
}
{buyer_company}, mid-morning. There's cake on the filing cabinet, and the office door is open, which is new. You put your phone face up on the table, out of habit.
{ is_client:
    Monday's plan was done by nine again. Third week running. Nobody's rung me at home in a month about {buyer_people} sat in their {buyer_vehicles} with nowhere to go. # speaker: buyer # mood: pleased
- else:
    We haven't bought anything from you yet, I know. But since we got talking, we plan tomorrow today, not at six tomorrow morning. It's calmer. # speaker: buyer # mood: pleased
}
{ pressured_before:
    Nobody offers you any of the cake.
    As it happens, {referral_name} from {referral_company} rang me yesterday. Same mess we had. # speaker: buyer # mood: neutral
- else:
    Funny thing: {referral_name} rang me yesterday. From {referral_company}; we do the chamber of commerce breakfasts together. Exactly the mess we had, by the sound of it. # speaker: buyer # mood: warm
}
* [Ask who else they know in the same boat # move: close # principle: other-focus]
    ~ close_move(1)
    That's great to hear. Out of interest, who else do you know who's in the same boat? Anyone at all. # speaker: you
    Oh. Well, {referral_name}, obviously. And... give me a minute, I'll think of some. # speaker: buyer # mood: pleased
* [Mention the fifty-pound voucher for every introduction # move: close # principle: long-term]
    ~ close_move(1)
    ~ offered_voucher = true
    Funny you should say that. This month, every introduction you make gets you a fifty-pound voucher. # speaker: you
    Fifty quid each? I know a lot of people. # speaker: buyer # mood: pleased
    ...Is that allowed, though? We've got a policy on gifts. It's laminated. # speaker: buyer # mood: neutral
* [Ask what has actually changed for them, and what hasn't # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    ~ heard_value = true
    Before we get to {referral_name}: what's actually changed for you? And what hasn't? # speaker: you
    { is_client:
        Changed: my evenings. Not changed: the app still logs our {buyer_people} out at the worst possible moment. # speaker: buyer # mood: neutral
    - else:
        Changed: we argue about the plan with numbers now, not volume. Not changed: I can't tell anyone your software works. I haven't bought it. # speaker: buyer # mood: neutral
    }
    I'd tell {referral_name} both halves, if asked. # speaker: buyer # mood: neutral
- -> the_risk

=== the_risk
{buyer_name} cuts a second slice of cake and doesn't eat it.
Thing is, {referral_name} has been burned by a software firm before. If I put you in front of them and it goes badly, that's on me, not you. # speaker: buyer # mood: guarded # discuss: A referral spends the buyer's reputation, not yours. What should you know, or have done, before you ask for one?
{
- LIST_COUNT(broken) > 0:
    And you've told me you'd do things before that never happened. I'd be vouching for that too. # speaker: buyer # mood: guarded
- LIST_COUNT(kept) > 0:
    To be fair, you've done what you said you'd do so far. That counts for something. # speaker: buyer # mood: neutral
}
{ promised ? intro_reference:
    And come to think of it, you still owe me an introduction. # speaker: buyer # mood: neutral # discuss: You owe this buyer an introduction and you are here to ask for one. Which comes first, and does the order matter?
}
* [Reassure them it won't go badly # move: close # principle: long-term]
    ~ close_move(1)
    It won't go badly. We've done dozens of these, and {referral_name} will be in safe hands. # speaker: you
    Good. That's what I wanted to hear. # speaker: buyer # mood: pleased
* [Ask whether they'd actually want to recommend you at all # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    ~ serve_self(-1)
    Then the real question is whether you'd want to. Not whether you'd do it because I asked. No is a perfectly good answer. # speaker: you
    { trust() >= ASK_READY and not pressured_before:
        I would, actually. And I'd tell {referral_name} the bits that don't work. I'd be believed more for it. # speaker: buyer # mood: warm
    - else:
        Honestly? Not yet. Ask me again in six months. # speaker: buyer # mood: neutral
    }
* {promised ? intro_reference} [Make the introduction you owe them before asking for one # move: relate # principle: long-term]
    ~ keep_promise(intro_reference)
    You're right, and it's done. I emailed you both this morning: the customer I said I'd put you in touch with. They're expecting your call. # speaker: you
    You did? Right. That changes the tone of this rather. # speaker: buyer # mood: warm
* {promised ? intro_reference} [Say that introduction is in hand, and get back to the new name # move: close # principle: long-term]
    ~ break_promise(intro_reference)
    ~ close_move(1)
    That one's in hand, don't worry. So: {referral_name}. # speaker: you
    In hand. It was in hand last time. # speaker: buyer # mood: annoyed
- -> the_request

=== the_request
You've had your phone face up on the table all meeting. Go on, then. What's the ask? # speaker: buyer # mood: neutral # discuss: The buyer has invited the ask. Three names, one name, or none: what has this relationship earned?
* [Ask for three names, and permission to say they sent you # move: close # principle: long-term]
    ~ close_move(1)
    Three names would be brilliant. People like {referral_name}. And could I say you sent me? # speaker: you
    -> ending_names
* [Say there's no ask today, and leave the introduction to them # move: relate # principle: other-focus]
    ~ serve_self(-1)
    ~ held_back = true
    No ask. If {referral_name} ever wants to talk, you know where I am. If not, that's fine too. # speaker: you
    -> ending_no_intro
* [Ask for one introduction, to {referral_name}, if they're comfortable with it # move: ask # principle: collaboration]
    ~ ask_move(1)
    Just one. Would you introduce me to {referral_name}? Only if you're comfortable, and tell them the bad bits too. # speaker: you
    { trust() >= ASK_READY and not pressured_before:
        -> ending_intro
    }
    -> ending_no_intro

=== ending_names
{ pressured_before or trust() < ASK_READY:
    ~ cold_names = true
    {buyer_name} writes three names on a sticky note and slides it across without looking up.
    There. Don't tell them it came from me. # speaker: buyer # mood: cold
- else:
    On a sticky note go three names: {referral_name}, a man from the trade association, and a brother-in-law who sells carpets.
    { offered_voucher:
        That's a hundred and fifty quid, if I've done my sums. # speaker: buyer # mood: pleased
    - else:
        I've no idea if the carpet one needs routing. He certainly needs something. # speaker: buyer # mood: pleased
    }
}
Three! That's what I like to see. # speaker: Sam (your manager) # sfx: notification
Your first two calls to {referral_company} go unanswered. On the third, {referral_name} picks up, perfectly polite.
{
- cold_names:
    Sorry, who gave you this number? # speaker: {referral_name} ({referral_company})
- offered_voucher:
    Yes, {buyer_name} mentioned you. Something about a voucher? I'll pass, thanks. # speaker: {referral_name} ({referral_company})
- else:
    Yes, {buyer_name} said you might ring. I'm not really looking at the moment. # speaker: {referral_name} ({referral_company})
}
-> END

=== ending_intro
~ gives_referral()
One name, then. Yes. I'll ring {referral_name} tonight, and the bad bits go with the good. # speaker: buyer # mood: warm
{ not is_client:
    I'll say we haven't bought yet, mind. Just that you're worth an hour. # speaker: buyer # mood: warm
}
One name? I said three. # speaker: Sam (your manager) # sfx: notification
Next morning there's an email from {referral_name} at {referral_company}. "{buyer_name} says you're the one who asks questions. Early next quarter, once our year-end's done?"
You reply to that email before you reply to Sam.
-> END

=== ending_no_intro
{
- held_back and trust() >= ASK_READY and not pressured_before:
    Thanks for not making it awkward. If {referral_name} asks, I'll tell the truth about you. Good and bad. # speaker: buyer # mood: warm
- held_back and pressured_before:
    Good. I wouldn't have, to be honest. # speaker: buyer # mood: guarded
- held_back:
    Fair enough. Thanks for coming out. # speaker: buyer # mood: neutral
- pressured_before:
    I'd rather not. I've known {referral_name} for years, and last time you and I spoke I felt sold to. I won't do that to a friend. # speaker: buyer # mood: cold
- else:
    Not just yet, I think. Let's see how the next few months go first. # speaker: buyer # mood: neutral
}
Zero names? It's referral month. # speaker: Sam (your manager) # sfx: notification
{ held_back and trust() >= ASK_READY and not pressured_before:
    On the way out, {buyer_name} wraps you a slice of cake in a napkin. Nobody introduces you to {referral_name} this quarter, and you don't ask again.
- else:
    On the way out you pass the cake. Nobody offers you a slice, and nobody mentions {referral_name} again.
}
-> END
