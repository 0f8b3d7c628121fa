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
