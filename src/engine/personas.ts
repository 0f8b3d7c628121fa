/**
 * Personas are declared in `stories/personas.ink`, one knot per buyer with
 * knot tags (name, role, industry, temperament), so trainers add buyers
 * without TypeScript.
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
    const { name, role, company, industry, temperament } = tags;
    if (!name || !role || !company || !industry || !temperament) {
      problems.push(`persona "${id}" needs name, role, company, industry and temperament tags`);
      continue;
    }
    personas.push({ id, name, role, company, industry, temperament });
  }
  return { personas, problems };
}

/** How a story speaks of a buyer: the contract's `buyer_name` (first name) and `buyer_company` (first word). */
export function personaVariables(persona: Persona): { buyer_name: string; buyer_company: string } {
  return { buyer_name: persona.name.split(' ')[0]!, buyer_company: persona.company.split(' ')[0]! };
}
