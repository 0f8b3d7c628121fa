/**
 * Personas are declared in `stories/personas.ink`, one knot per buyer with
 * knot tags (name, role, company, industry, temperament, and the words for
 * their people, vehicles and jobs), so trainers add buyers without TypeScript.
 */
import { Story } from 'inkjs';
import type { CompiledStory } from './narrative/runner';
import { type Temperament, parseTags } from './narrative/tags';

export interface Persona {
  /** The knot name, used by `# persona:` in stories. */
  id: string;
  name: string;
  role: string;
  company: string;
  industry: string;
  temperament: Temperament;
  /** How a general conversation names this buyer's work: `carers` in `cars` doing `visits`. */
  people: string;
  vehicles: string;
  jobs: string;
}

/** Knot names at the top level of compiled ink JSON. */
function knotNames(json: string): string[] {
  const root = (JSON.parse(json) as { root?: unknown[] }).root;
  const named = Array.isArray(root) ? root.at(-1) : null;
  if (!named || typeof named !== 'object') return [];
  return Object.keys(named).filter((key) => key !== 'global decl' && !key.startsWith('#'));
}

/** Reads every persona, with a problem message for each incomplete one. */
export function readPersonas(compiled: CompiledStory): { personas: Persona[]; problems: string[] } {
  const story = new Story(compiled.json);
  const personas: Persona[] = [];
  const problems: string[] = [];
  for (const id of knotNames(compiled.json)) {
    const { tags, problems: tagProblems } = parseTags(story.TagsForContentAtPath(id), 'persona');
    problems.push(...tagProblems.map((p) => `persona "${id}": ${p.message}`));
    const { name, role, company, industry, temperament, people, vehicles, jobs } = tags;
    if (!name || !role || !company || !industry || !temperament || !people || !vehicles || !jobs) {
      problems.push(`persona "${id}" needs name, role, company, industry, temperament, people, vehicles and jobs tags`);
      continue;
    }
    personas.push({ id, name, role, company, industry, temperament, people, vehicles, jobs });
  }
  return { personas, problems };
}

/** The contract's buyer variables: first name, company (first word), and the words for their people, vehicles and jobs. */
export function personaVariables(persona: Persona): Record<'buyer_name' | 'buyer_company' | 'buyer_people' | 'buyer_vehicles' | 'buyer_jobs', string> {
  return {
    buyer_name: persona.name.split(' ')[0]!,
    buyer_company: persona.company.split(' ')[0]!,
    buyer_people: persona.people,
    buyer_vehicles: persona.vehicles,
    buyer_jobs: persona.jobs,
  };
}
