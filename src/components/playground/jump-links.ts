/**
 * The "parts of the playground" links above the panes. Each part sits in a
 * pane that scrolls on its own (or down the page on a phone); a link brings
 * its heading into view and moves focus there, so the next Tab continues from
 * it. Handled here rather than as a plain #fragment because the playground's
 * hash is its share link.
 */
export function setupJumpLinks(root: ParentNode = document): void {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)');
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-jump]')) {
    link.addEventListener('click', (event) => {
      const target = document.getElementById(link.hash.slice(1));
      if (!target) return;
      event.preventDefault();
      target.scrollIntoView({ block: 'start', behavior: reduce.matches ? 'auto' : 'smooth' });
      target.focus({ preventScroll: true });
    });
  }
}
