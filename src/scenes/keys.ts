/** Scene keys, named once. */
export const SCENES = {
  boot: 'boot',
  title: 'title',
  conversation: 'conversation',
  end: 'end',
} as const;
