/**
 * Builds DOM elements from data. Text is only ever set as text (textContent),
 * never parsed as HTML: story text comes from trainers and loaded files.
 */
type Child = Node | string | null | undefined | false;

export interface ElementProps {
  className?: string;
  id?: string;
  /** Attributes set with setAttribute (aria-*, role, type, ...). */
  attrs?: Record<string, string>;
  onClick?: (event: Event) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.id) el.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) el.setAttribute(name, value);
  if (props.onClick) el.addEventListener('click', props.onClick);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** Replaces everything inside `parent` with `children`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

/**
 * A data table in a scrolling region of its own, named by its caption, so a
 * wide table never widens the page and stays reachable by keyboard.
 */
export function scrollingTable(captionId: string, table: HTMLTableElement): HTMLDivElement {
  return h('div', { className: 'table-wrap', attrs: { role: 'region', tabindex: '0', 'aria-labelledby': captionId } }, table);
}

/**
 * A button that opens the browser's file picker (the input itself stays
 * hidden) and hands over the files chosen; picking the same file again works.
 */
export function filePicker(
  label: string,
  options: { accept: string; multiple?: boolean; className?: string },
  onFiles: (files: File[]) => void,
): { button: HTMLButtonElement; input: HTMLInputElement } {
  const input = h('input', {
    className: 'file-input',
    attrs: { type: 'file', accept: options.accept, 'aria-label': label, ...(options.multiple ? { multiple: '' } : {}) },
  });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) onFiles(files);
  });
  const button = h('button', { className: options.className ?? 'secondary', attrs: { type: 'button' }, onClick: () => input.click() }, label);
  return { button, input };
}
