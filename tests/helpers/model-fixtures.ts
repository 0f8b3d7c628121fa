/** Small made-up inputs for the model's tests: a buyer and a set of meters, written out in full. */
import type { Meters } from '../../src/engine/narrative/meters';
import type { Persona } from '../../src/engine/personas';

/** A buyer called after their id, of the given temperament. */
export const madeUpPersona = (id: string, temperament: Persona['temperament'] = 'mirror'): Persona => ({
  id,
  name: `${id} Buyer`,
  role: 'Head of Operations',
  company: `${id} Ltd`,
  industry: 'logistics',
  temperament,
  people: 'drivers',
  vehicles: 'vans',
  jobs: 'drops',
});

/** Meters in the contract's order; the deal at 10 unless given. */
export const metersOf = (credibility: number, reliability: number, intimacy: number, self_orientation: number, deal = 10): Meters => ({
  credibility,
  reliability,
  intimacy,
  self_orientation,
  deal,
});
