/**
 * Ant Design's Select renders its option list as `role="listbox"` with no accessible name (rc-select
 * passes only `role` and `id` to it), so a screen reader announces an unnamed list and axe reports
 * `aria-input-field-name`. The combobox that opens it carries our `aria-label` and points at the list
 * by id; this copies that name onto the list whenever one appears.
 */
export function nameSelectListboxes(root: HTMLElement = document.body): MutationObserver {
  const name = (listbox: Element) => {
    if (listbox.hasAttribute('aria-label') || listbox.hasAttribute('aria-labelledby')) return;
    // rc-select names the list `<combobox id>_list`; aria-controls is only there while it is open.
    const owner =
      document.getElementById(listbox.id.replace(/_list$/, '')) ??
      document.querySelector(`[aria-controls="${CSS.escape(listbox.id)}"]`);
    const label = owner?.getAttribute('aria-label');
    const labelledBy = owner?.getAttribute('aria-labelledby');
    if (label) listbox.setAttribute('aria-label', label);
    else if (labelledBy) listbox.setAttribute('aria-labelledby', labelledBy);
  };
  const scan = (node: ParentNode) => {
    for (const listbox of node.querySelectorAll('[role="listbox"][id]')) name(listbox);
  };
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations)
      for (const added of m.addedNodes)
        if (added instanceof Element) {
          if (added.matches('[role="listbox"][id]')) name(added);
          scan(added);
        }
  });
  observer.observe(root, { childList: true, subtree: true });
  scan(root);
  return observer;
}
