// The tooltip: a finding's details next to its highlight, on hover and on focus. It
// follows its highlight while the editor scrolls and goes when it leaves the view.

import { h, quote } from './dom.js';
import { ICON, message } from './text.js';

export class Tooltip {
  constructor(el) {
    this.el = el;
    this.for = null; // { el, group, mouse }
  }

  show(anchor, group, claims, t, mouse) {
    const tip = this.el;
    tip.className = `tip v-${group.verdict}`;
    tip.replaceChildren(...group.indices.map((k) => {
      const c = claims[k];
      if (!c) return '';
      const dismissed = c.dismissal?.holds ? ` (${t('dismiss.badge')})` : '';
      const lines = [h('b', { text: `${ICON[c.verdict]} ${t(`verdict.${c.verdict}`)}${dismissed}` }), ` ${quote(c.text)}`];
      if (c.fact) {
        const source = `${c.fact.source.publication}${c.fact.source.date ? `, ${c.fact.source.date}` : ''}`;
        lines.push(h('br'), t('tableSays', { display: c.fact.display, asOf: c.fact.as_of }), h('br'), t('sourceLine', { source }));
      }
      lines.push(h('br'), message(c, t));
      if (c.suggestion != null && c.verdict !== 'consistent') lines.push(h('br'), t('suggestion', { suggestion: c.suggestion }));
      return h('p', {}, lines);
    }));
    tip.hidden = false;
    this.for = { el: anchor, group, mouse };
    this.place();
  }

  /** Puts the tooltip below its highlight (above when there is no room), inside the window. */
  place() {
    if (!this.for) return;
    const tip = this.el;
    const r = this.for.el.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.max(4, Math.min(r.left, window.innerWidth - width - 4));
    const below = r.bottom + 6;
    const top = below + height > window.innerHeight && r.top - height - 6 > 0 ? r.top - height - 6 : below;
    // The tooltip is fixed: under a transformed ancestor, correct by its real origin.
    tip.style.left = '0px';
    tip.style.top = '0px';
    const origin = tip.getBoundingClientRect();
    tip.style.left = `${left - origin.left}px`;
    tip.style.top = `${top - origin.top}px`;
  }

  /** Keeps the tooltip on its highlight while visible in `frame`, else hides it. */
  follow(frame) {
    if (!this.for) return;
    const r = this.for.el.getBoundingClientRect();
    const visible = r.bottom > frame.top && r.top < frame.top + frame.height;
    if (visible) this.place();
    else this.hide();
  }

  hide() {
    this.el.hidden = true;
    this.for = null;
  }
}
