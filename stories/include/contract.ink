// The authoring contract: every conversation starts with
//     INCLUDE include/contract.ink
// It declares the hidden meters and the only functions that may change them.
// The engine writes an account's meters into these variables before a meeting
// and reads them back (and validates them) after it. Never assign a meter
// directly in a story: call a function below.

// --- Trust Equation (Maister, Green and Galford): trust = (C + R + I) / S
VAR credibility = 3       // 0-10  words: accurate, honest, admits what it does not know
VAR reliability = 3       // 0-10  actions: promises kept, over time
VAR intimacy = 2          // 0-10  safety: the buyer can share real problems
VAR self_orientation = 4  // 1-10  whose interests you serve; it divides everything

// --- Deal momentum
VAR deal = 10             // 0-100 how close this deal is to signing this quarter

// --- Commitment ledger: promises made in a meeting come due in later ones.
LIST commitments = send_case_study, intro_reference, pilot_plan, price_hold, fix_onboarding
VAR promised = ()         // made and not yet resolved
VAR kept = ()             // resolved by keeping them
VAR broken = ()           // resolved by breaking them

// --- What the engine tells a story about this account before a meeting.
// Read them to make the buyer remember; never assign them.
VAR buyer_name = "Priya"          // the buyer's first name, for text: {buyer_name}
VAR buyer_company = "Harwood"     // the buyer's company, short form
// A general conversation (no `# persona:`) meets every buyer: name their work with these.
VAR buyer_people = "drivers"      // who does the work out there: drivers, engineers, carers
VAR buyer_vehicles = "vans"       // what they drive: lorries, vans, cars
VAR buyer_jobs = "drops"          // one piece of their work: drops, jobs, visits
VAR quarter = 1                   // 1, 2, 3, ... the campaign's quarter
VAR meetings_before = 0           // meetings you have had with this buyer before this one
VAR pressured_before = false      // you made a closing move on this buyer at your last meeting
VAR is_client = false             // the buyer has signed with you at least once
VAR referred = false              // the buyer came to you through another buyer's recommendation
// The account's history: what you and this buyer have been through.
VAR was_client = false            // signed with you at some time (is_client: and still is)
VAR signed_quarter = 0            // the quarter the current or last contract was signed; 0 if never
VAR term_years = 0                // the current contract's term in years (1-3); 0 if none
VAR renewal_quarter = 0           // the quarter the current contract comes up for renewal; 0 if none
VAR was_lost = false              // the account left you once: this is a win-back
VAR lost_reason = ""              // why it left: "went-quiet", "moved-on", "walked-away", "took-the-work", "exit", "tender", "not-renewed"
VAR last_impression = ""          // the buyer's mood as your last meeting ended (warm ... cold); "" if you have never met
VAR referrals_given = 0           // how many buyers this one has introduced you to
VAR hooks = ""                    // hooks opened in earlier meetings, as ",id,id,": test them with has_hook("id")
// In a referral-ask event only: the buyer this one could introduce you to (someone not yet in your territory).
VAR referral_name = "Mo Akhtar"
VAR referral_company = "Kestrel Facilities"

// --- Step sizes. The engine owns the real values; these defaults let a file
// play on its own in any ink editor.
CONST DEAL_STEP = 8       // deal points per unit of push
CONST ASK_READY = 2       // trust at which an ask stops feeling like pressure

// Trust, as the buyer feels it right now (a decimal number).
// FLOAT() matters: inkjs writes the literal 1.0 to JSON as the integer 1, and
// ink reads `x * 1.0 / s` as `x * (1.0 / s)`, so that spelling divides as integers.
=== function trust()
~ return FLOAT(credibility + reliability + intimacy) / self_orientation

=== function clamp(x, lo, hi)
{
- x < lo: ~ return lo
- x > hi: ~ return hi
- else: ~ return x
}

// A short-term closing move: the deal jumps now, and the buyer notices whose
// interests it served.
=== function close_move(n)
~ push_deal(n * 2)
~ serve_self(n)

// An honest request for commitment. With enough trust it moves the deal
// without costing anything; asked too early it lands like pressure.
=== function ask_move(n)
{ trust() >= ASK_READY:
    ~ push_deal(n * 2)
- else:
    ~ close_move(n)
}

// Relationship moves: raise one component of trust by n (negative lowers it).
=== function earn_credibility(n)
~ credibility = clamp(credibility + n, 0, 10)

=== function earn_reliability(n)
~ reliability = clamp(reliability + n, 0, 10)

=== function earn_intimacy(n)
~ intimacy = clamp(intimacy + n, 0, 10)

// Self-orientation: positive n serves you at the buyer's expense; negative n
// (absorbing a cost, putting their interest first) lowers it.
=== function serve_self(n)
~ self_orientation = clamp(self_orientation + n, 1, 10)

// Deal momentum in steps of DEAL_STEP points; negative n slows the deal.
=== function push_deal(n)
~ deal = clamp(deal + n * DEAL_STEP, 0, 100)

// Promises. Keeping one is what builds reliability; breaking one costs more
// than it would have earned.
=== function make_promise(item)
~ promised += item

=== function keep_promise(item)
{ promised ? item:
    ~ promised -= item
    ~ kept += item
    ~ earn_reliability(2)
}

=== function break_promise(item)
{ promised ? item:
    ~ promised -= item
    ~ broken += item
    ~ earn_reliability(-3)
    ~ serve_self(1)
}

// --- Commercial moments: the model decides, the story asks and tells.
// A story never narrates a signature, a renewal, an expansion or a loss it did
// not ask the model about or declare here. Amounts are never written: the
// model prices what was agreed, and the quarter's results show it.
LIST offers = trial, module, full_contract, expansion, renewal
VAR asked_model = ()      // what this meeting asked the model about
VAR agreed = ()           // what the buyer agreed to (the model said yes)
VAR agreed_years = 0      // the term declared with it, 1-3 years
VAR walked_away = false   // set by buyer_walks_away()
VAR gave_referral = false // set by gives_referral()
VAR opened_hooks = ""     // set by open_hook()
VAR closed_hooks = ""     // set by close_hook()

// The model's answer. In the game the engine decides, from the meters as they
// stand at that line and the world's seeded luck; this fallback only serves
// an ink editor and the checker's playthroughs.
EXTERNAL model_agrees(offer, years)
=== function model_agrees(offer, years)
{ offer == renewal:
    // A renewal rests on trust, not momentum: above the line where a client would tender.
    ~ return trust() >= 1.2
}
~ return deal >= 60 and trust() >= 1

// Ask whether the buyer agrees to `offer` now, for `years` (1-3; ignored for
// an expansion), and branch on the answer:
//     { agrees_to(full_contract, 3): -> signed | - else: -> not_yet }
// A yes is booked at the quarter's end and priced by the model; a no means no
// signature from this buyer this quarter. Either way the room decided.
=== function agrees_to(offer, years)
~ asked_model += offer
~ temp yes = model_agrees(offer, clamp(years, 1, 3))
{ yes:
    ~ agreed += offer
    ~ agreed_years = clamp(years, 1, 3)
}
~ return yes

// Declarations: the buyer ends it here (the account is lost, with this reason
// shown), or passes you the name in referral_name (a new lead next quarter).
=== function buyer_walks_away()
~ walked_away = true

=== function gives_referral()
~ gave_referral = true

// Hooks: something agreed in the room that a later meeting should pick up (an
// hour at a colleague's whiteboard, a spreadsheet sent late at night). Any id
// of letters and underscores; the next meeting with this buyer sees it.
=== function open_hook(id)
~ opened_hooks = opened_hooks + "," + id + ","

=== function close_hook(id)
~ closed_hooks = closed_hooks + "," + id + ","

=== function has_hook(id)
~ temp key = "," + id + ","
~ return (hooks ? key or opened_hooks ? key) and not (closed_hooks ? key)
