// Personas: one knot per buyer. The knot name is the persona id used by `# persona:` in stories.
=== priya_raman
# name: Priya Raman
# role: Head of Operations
# company: Harwood Chilled Freight
# industry: regional chilled-food haulage
# temperament: mirror
# people: drivers
# vehicles: lorries
# jobs: drops
-> DONE

// Samuel Okafor, mid-fifties, Black British, drove a van for years before
// running forty-odd engineers on the road. Forgives a single slip; not a second.
=== samuel_okafor
# name: Samuel Okafor
# role: Operations Director
# company: Calder Heating Services
# industry: boiler and heating field service
# temperament: forgiving
# people: engineers
# vehicles: vans
# jobs: jobs
-> DONE

// Nadia Hussain, early thirties, British Pakistani, builds the rotas for two
// hundred carers. She has been burned by a pushy vendor once: a pressure close
// and she is done with you.
=== nadia_hussain
# name: Nadia Hussain
# role: Head of Scheduling
# company: Brightwell Home Care
# industry: domiciliary home care
# temperament: unforgiving
# people: carers
# vehicles: cars
# jobs: visits
-> DONE

// Gareth Pryce, mid-forties, Welsh, runs the delivery lorries for twelve
// branches. Friendly, takes every free diagnosis you offer, and takes it to a
// tender.
=== gareth_pryce
# name: Gareth Pryce
# role: Head of Logistics
# company: Dunmore Builders' Merchants
# industry: regional builders' merchant
# temperament: exploiter
# people: drivers
# vehicles: lorries
# jobs: deliveries
-> DONE

// Mo Akhtar, late thirties, British Bangladeshi, a former electrician who now
// runs sixty technicians for a facilities-maintenance firm: lifts, lights,
// boilers and doors in other people's buildings. A software firm burned him
// once, so he gives back exactly what he gets: relating warms him, closing
// cools him. A mirror.
=== mo_akhtar
# name: Mo Akhtar
# role: Service Delivery Manager
# company: Kestrel Facilities
# industry: commercial facilities maintenance
# temperament: mirror
# people: technicians
# vehicles: vans
# jobs: call-outs
-> DONE

// Jo Farrow, early fifties, white English, started with one van and a pair of
// clippers and now runs thirty groomers across three counties. She has had a
// bad supplier and a bad year, and talks about both without rancour: she
// pardons one slip, once, and remembers the second.
=== jo_farrow
# name: Jo Farrow
# role: Managing Director
# company: Farrow's Mobile Grooming
# industry: mobile dog grooming
# temperament: forgiving
# people: groomers
# vehicles: grooming vans
# jobs: appointments
-> DONE
