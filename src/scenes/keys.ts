/** Scene keys, named once. */
export const SCENES = {
  boot: 'boot',
  title: 'title',
  conversation: 'conversation',
  end: 'end',
  quarter: 'quarter',
  results: 'results',
  debrief: 'debrief',
  writer: 'writer',
  team: 'team',
} as const;
